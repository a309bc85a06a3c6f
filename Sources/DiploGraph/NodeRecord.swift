/// A node as the graph JSON writes it, its identifiers still text: what reading a graph decodes
/// first, so that an identifier without a kind is reported by the contract's checks, in their
/// order and words (``Graph/validate()``), rather than where it is decoded.
struct NodeRecord: Decodable {
    var id: String
    var kind: NodeKind
    var label: String
    var code: String?
    var state: String?
    var title: String?
    var topics: [String]
    var aliases: [String]
    var evidence: [Evidence]
    var change: Change?
    var count: Int?
    var stateSupport: [String: Int]
    var seen: ClosedRange<Day>?

    private enum CodingKeys: String, CodingKey {
        case id, kind, label, code, state, title, topics, aliases, evidence, change, count
        case stateSupport = "state_support"
        case firstSeen = "first_seen", lastSeen = "last_seen"
    }

    /// The coding key of `id` (for errors about identifiers).
    static var idKey: any CodingKey { CodingKeys.id }

    /// Reads a node from the graph JSON.
    ///
    /// - Throws: `DecodingError` at the field at fault; a `count` must be a whole number of at
    ///   least 1; `first_seen` and `last_seen` come together, in order.
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(NodeKind.self, forKey: .kind)
        label = try c.decode(String.self, forKey: .label)
        code = try c.decodeIfPresent(String.self, forKey: .code)
        state = try c.decodeIfPresent(String.self, forKey: .state)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        change = try c.decodeIfPresent(Change.self, forKey: .change)
        count = try c.decodeWholeNumberIfPresent(forKey: .count, atLeast: 1)
        stateSupport = try Self.decodeStateSupport(c)
        seen = try c.decodeSeenDaysIfPresent(first: .firstSeen, last: .lastSeen)
    }

    /// `state_support`: counts of at least 1 (the decoder names the field when one is not).
    private static func decodeStateSupport(_ c: KeyedDecodingContainer<CodingKeys>) throws -> [String: Int] {
        guard let support = try c.decodeIfPresent([String: Int].self, forKey: .stateSupport) else { return [:] }
        if let low = support.first(where: { $0.value < 1 }) {
            throw c.outOfContract(.stateSupport, "the count of \"\(low.key)\" must be at least 1, not \(low.value)")
        }
        return support
    }
}
