/// An edge as the graph JSON writes it, its ends still text (see ``NodeRecord``).
struct EdgeRecord: Decodable {
    var source: String
    var target: String
    var relation: Relation
    var evidence: [Evidence]
    var change: Change?
    var previousCount: Int?
    var count: Int?
    var seen: ClosedRange<Day>?

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
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        target = try c.decode(String.self, forKey: .target)
        relation = try c.decode(Relation.self, forKey: .relation)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        change = try c.decodeIfPresent(Change.self, forKey: .change)
        previousCount = try c.decodeWholeNumberIfPresent(forKey: .previousCount, atLeast: 0)
        count = try c.decodeWholeNumberIfPresent(forKey: .count, atLeast: 1)
        seen = try c.decodeSeenDaysIfPresent(first: .firstSeen, last: .lastSeen)
    }
}
