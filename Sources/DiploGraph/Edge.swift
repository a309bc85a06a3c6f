/// A relation between two nodes: "source RELATION target", with the sentences that support it.
public struct Edge: Hashable, Decodable, Sendable {
    /// The identifier of the node the relation starts from.
    public var source: NodeID
    /// The identifier of the node the relation points to.
    public var target: NodeID
    /// What the relation is.
    public var relation: Relation
    /// The sentences that support the relation, sorted and without repeats: all of them, or the
    /// first ones when a graph keeps a limited number (``GraphAccumulator/init(evidenceLimit:)``).
    public var evidence: [Evidence]
    /// Whether the edge was added, removed or changed its weight, in a graph made by
    /// ``Graph/diff(old:new:)``; `nil` (and absent from the JSON) everywhere else.
    public var change: Change?
    /// The edge's evidence count in the old graph, on edges whose `change` is `.changed`
    /// (JSON key `previous_count`); `nil` everywhere else.
    public var previousCount: Int?

    /// How many distinct pieces of evidence support the edge: `evidence.count`, or more when the
    /// evidence list was shortened to a graph's evidence limit. Merging adds counts up to
    /// `Int.max` and stays there.
    public var count: Int

    /// The days the relation was seen: from the date of the earliest document it was read in to
    /// that of the latest; `nil` when none of them is dated. Kept as evidence is added and
    /// merged, so it holds even when the evidence list was shortened (see ``SeenDays``).
    public var seen: ClosedRange<Day>?

    /// The date of the earliest document the relation was read in (JSON `first_seen`), if known.
    public var firstSeen: Day? { seen?.lowerBound }
    /// The date of the latest document the relation was read in (JSON `last_seen`), if known.
    public var lastSeen: Day? { seen?.upperBound }

    /// How many distinct documents the kept evidence comes from.
    public var documentCount: Int { Set(evidence.map(\.document)).count }

    /// The key that makes two edges "the same relation": ends and relation.
    public var key: Key { Key(source: source, relation: relation, target: target) }

    /// Creates an edge. A symmetric relation stores its ends in sorted order, so that
    /// "A met B" and "B met A" are one edge.
    public init(
        source: NodeID, target: NodeID, relation: Relation, evidence: [Evidence] = [],
        change: Change? = nil, previousCount: Int? = nil, count: Int? = nil, seen: ClosedRange<Day>? = nil
    ) {
        if relation.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.relation = relation
        self.evidence = Evidence.sortedUnique(evidence)
        self.count = max(count ?? 0, self.evidence.count)
        self.change = change
        self.previousCount = previousCount
        self.seen = seen
    }

    /// Identifies an edge by its ends and relation.
    public struct Key: Hashable, Comparable, Sendable {
        /// The identifier of the source node.
        public var source: NodeID
        /// The relation.
        public var relation: Relation
        /// The identifier of the target node.
        public var target: NodeID

        /// Orders keys by source, relation and target.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            // As the tuples (source, relation's name, target) compare, without building them.
            if lhs.source != rhs.source { return lhs.source < rhs.source }
            if lhs.relation != rhs.relation { return lhs.relation < rhs.relation }
            return lhs.target < rhs.target
        }
    }

    /// Reads an edge from the graph JSON (see ``EdgeRecord``).
    ///
    /// - Throws: `DecodingError` at the field at fault, also when an end does not start with a
    ///   kind and a colon.
    public init(from decoder: any Decoder) throws {
        let record = try EdgeRecord(from: decoder)
        guard let edge = Edge(record) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "\"\(record.source)\" or \"\(record.target)\" is no node identifier (kind:key)"))
        }
        self = edge
    }

    /// The edge `record` reads, or `nil` when one of its ends does not start with a kind and a
    /// colon.
    init?(_ record: EdgeRecord) {
        guard let source = NodeID(record.source), let target = NodeID(record.target) else { return nil }
        self.init(source: source, target: target, relation: record.relation, evidence: record.evidence,
                  change: record.change, previousCount: record.previousCount, count: record.count, seen: record.seen)
    }
}
