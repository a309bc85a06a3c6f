/// Merging: the same entity from two places becomes one node, the same relation one edge.
///
/// Every choice here is order-independent (a union, or a pick by a total order), so merging
/// graphs in any order or grouping gives the same graph.
extension Graph {
    /// Adds every node, edge and document (with its date and headline) of `other` to this graph.
    public mutating func merge(_ other: Graph) {
        for node in other.nodes { add(node) }
        for edge in other.edges { add(edge) }
        addDocuments(of: other)
    }

    /// This graph merged with `other`.
    public func merging(_ other: Graph) -> Graph {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// One graph from many: the merge of all of them.
    public static func merged<S: Sequence>(_ graphs: S) -> Graph where S.Element == Graph {
        var accumulator = GraphAccumulator()
        for graph in graphs { accumulator.add(graph) }
        return accumulator.graph()
    }
}

extension Node {
    /// This node and `other` (same identifier) as one: the fuller label wins, the other becomes
    /// an alias; topics, aliases and evidence are united, and the days seen joined; a leader's
    /// state is the one most of the places read support (``Node/stateSupport``).
    func merged(with other: Node) -> Node {
        let label = Node.preferred(self.label, other.label)
        let support = Node.summed(supportedStates, other.supportedStates)
        var merged = Node(
            id: id,
            kind: kind,
            label: label,
            code: Node.preferredOptional(code, other.code),
            state: Node.majorityState(of: support),
            title: Node.preferredOptional(title, other.title),
            topics: topics + other.topics,
            aliases: aliases + other.aliases + [self.label, other.label].filter { $0 != label },
            evidence: evidence + other.evidence,
            change: Change.combined(change, other.change),
            stateSupport: support,
            seen: SeenDays.joined(seen, other.seen)
        )
        merged.count = Evidence.mergedCount(
            count, other.count, listed: evidence.count + other.evidence.count, distinct: merged.evidence.count)
        return merged
    }

    /// The support of two nodes for their states, added up (saturating at `Int.max`).
    static func summed(_ a: [String: Int], _ b: [String: Int]) -> [String: Int] {
        a.merging(b) { SaturatingCount.sum($0, $1) }
    }

    /// The longer of two names; between equally long ones the smaller in code-point order.
    static func preferred(_ a: String, _ b: String) -> String {
        if a.count != b.count { return a.count > b.count ? a : b }
        return min(a, b)
    }

    static func preferredOptional(_ a: String?, _ b: String?) -> String? {
        switch (a, b) {
        case let (a?, b?): return preferred(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }
}

extension Edge {
    /// This edge and `other` (same key) as one, with the evidence and the days seen of both.
    /// Diff markers combine as in ``Change``; of two previous counts the larger is kept.
    func merged(with other: Edge) -> Edge {
        var merged = Edge(source: source, target: target, relation: relation, evidence: evidence + other.evidence,
                          change: Change.combined(change, other.change),
                          previousCount: Edge.larger(previousCount, other.previousCount),
                          seen: SeenDays.joined(seen, other.seen))
        merged.count = Evidence.mergedCount(
            count, other.count, listed: evidence.count + other.evidence.count, distinct: merged.evidence.count)
        return merged
    }

    /// The larger of two optional counts, or the one that is there.
    static func larger(_ a: Int?, _ b: Int?) -> Int? {
        switch (a, b) {
        case let (a?, b?): return max(a, b)
        default: return a ?? b
        }
    }
}

extension Evidence {
    /// The count of the union of two evidence lists, each of which may have been shortened from
    /// a larger count: the two counts, less the records both lists hold (`listed` records in the
    /// two lists, `distinct` once united, as the merged node or edge already worked out). Exact
    /// whenever neither list was shortened, or when the two come from different documents.
    ///
    /// A count past `Int.max` saturates: the result is `Int.max`. (The shared records are taken
    /// off `aCount`, which counts them, before the sum, so a saturated sum stays `Int.max`.)
    static func mergedCount(_ aCount: Int, _ bCount: Int, listed: Int, distinct: Int) -> Int {
        SaturatingCount.sum(aCount - (listed - distinct), bCount)
    }
}
