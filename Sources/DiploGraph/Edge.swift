/// A relation between two nodes: "source RELATION target", with the sentences that support it.
public struct Edge: Hashable, Decodable, Sendable {
    /// The identifier of the node the relation starts from.
    public var source: String
    /// The identifier of the node the relation points to.
    public var target: String
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
        source: String, target: String, relation: Relation, evidence: [Evidence] = [],
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
        public var source: String
        /// The relation.
        public var relation: Relation
        /// The identifier of the target node.
        public var target: String

        /// Orders keys by source, relation and target.
        public static func < (lhs: Key, rhs: Key) -> Bool {
            // As the tuples (source, relation's name, target) compare, without building them.
            if lhs.source != rhs.source { return lhs.source < rhs.source }
            if lhs.relation != rhs.relation { return lhs.relation < rhs.relation }
            return lhs.target < rhs.target
        }
    }

    private enum CodingKeys: String, CodingKey {
        case source, target, relation, count, evidence, change, plover
        case previousCount = "previous_count"
        case firstSeen = "first_seen", lastSeen = "last_seen"
    }

    /// Reads an edge from the graph JSON; `plover` is ignored (it follows from the relation, and
    /// graphs written before it existed lack it). `count` is read when it exceeds the evidence (a graph
    /// whose evidence was limited); otherwise it is the number of evidence records.
    ///
    /// - Throws: `DecodingError` at the field at fault; `count` must be a whole number of at
    ///   least 1, `previous_count` one of at least 0; `first_seen` and `last_seen` come together,
    ///   in order.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try c.decode(String.self, forKey: .source),
            target: try c.decode(String.self, forKey: .target),
            relation: try c.decode(Relation.self, forKey: .relation),
            evidence: try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? [],
            change: try c.decodeIfPresent(Change.self, forKey: .change),
            previousCount: try c.decodeWholeNumberIfPresent(forKey: .previousCount, atLeast: 0),
            count: try c.decodeWholeNumberIfPresent(forKey: .count, atLeast: 1),
            seen: try c.decodeSeenDaysIfPresent(first: .firstSeen, last: .lastSeen)
        )
    }
}
