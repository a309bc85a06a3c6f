/// Merging: the same entity from two places becomes one node, the same relation one edge, by
/// ``GraphAccumulator``'s policy (the picks it makes are below).
///
/// Every choice is order-independent (a union, or a pick by a total order), so merging graphs
/// in any order or grouping gives the same graph.
extension Graph {
    /// Adds every node, edge and document (with its date and headline) of `other` to this graph.
    public mutating func merge(_ other: Graph) {
        self = Graph.merged([self, other])
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
    /// The support of two nodes for their states, added up (saturating at `Int.max`).
    static func summed(_ a: [NodeID: Int], _ b: [NodeID: Int]) -> [NodeID: Int] {
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
    /// The larger of two optional counts, or the one that is there.
    static func larger(_ a: Int?, _ b: Int?) -> Int? {
        switch (a, b) {
        case let (a?, b?): return max(a, b)
        default: return a ?? b
        }
    }
}
