/// One entity of the graph: a leader, a state, an agreement or an organisation.
public struct Node: Hashable, Decodable, Sendable {
    /// Stable identifier such as `state:KOR` or `leader:lee-jae-myung`.
    public var id: NodeID
    /// What the node stands for.
    public var kind: NodeKind
    /// The name shown in diagrams ("South Korea", "Lee Jae Myung", "won-yuan currency exchange").
    public var label: String
    /// ISO 3166-1 alpha-3 code, on state nodes.
    public var code: StateCode?
    /// The identifier of the state a leader serves, on leader nodes (`state:KOR`): an identifier
    /// rather than a code, because it names a node of the graph (``Graph/node(_:)``) and is
    /// written so in the JSON.
    public var state: NodeID?
    /// The office as written ("President", "Foreign Secretary"), on leader nodes.
    public var title: String?
    /// Topics of an agreement ("innovation", "elderly care").
    public var topics: [String]
    /// Other names the text used for the same entity ("Lee", "President Lee").
    public var aliases: [String]
    /// The places the entity was read, sorted: all of them, or the first ones when a graph keeps
    /// a limited number (``GraphAccumulator/init(evidenceLimit:)``).
    public var evidence: [Evidence]
    /// How many distinct places the entity was read: `evidence.count`, or more when the evidence
    /// list was shortened. In the JSON (`count`) only when it differs from the evidence listed.
    /// Merging adds counts up to `Int.max` and stays there.
    public var count: Int
    /// Whether the node was added or removed, in a graph made by ``Graph/diff(old:new:)``;
    /// `nil` (and absent from the JSON) everywhere else.
    public var change: Change?
    /// For a leader read with more than one state (in different documents of a corpus), how many
    /// places support each: state identifier → count. ``state`` is then the most supported one,
    /// ties going to the smaller identifier (see ``majorityState(of:)``). Empty when every place
    /// read supports the one ``state`` — nearly always. In the JSON as `state_support`, only when
    /// not empty.
    public var stateSupport: [NodeID: Int]
    /// The days the entity was seen: from the date of the earliest document it was read in to
    /// that of the latest; `nil` when none of them is dated. Kept as evidence is added and
    /// merged, so it holds even when the evidence list was shortened (see ``SeenDays``).
    public var seen: ClosedRange<Day>?

    /// The date of the earliest document the entity was read in (JSON `first_seen`), if known.
    public var firstSeen: Day? { seen?.lowerBound }
    /// The date of the latest document the entity was read in (JSON `last_seen`), if known.
    public var lastSeen: Day? { seen?.upperBound }

    /// Creates a node. Topics, aliases and evidence are kept sorted and without repeats.
    public init(
        id: NodeID, kind: NodeKind, label: String, code: StateCode? = nil, state: NodeID? = nil,
        title: String? = nil, topics: [String] = [], aliases: [String] = [], evidence: [Evidence] = [],
        change: Change? = nil, count: Int? = nil, stateSupport: [NodeID: Int] = [:], seen: ClosedRange<Day>? = nil
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.code = code
        self.state = state
        self.title = title
        // One element or none (most nodes as extracted) is sorted and without repeats already.
        self.topics = topics.count <= 1 ? topics : Array(Set(topics)).sorted()
        self.aliases = aliases.count <= 1 ? aliases.filter { $0 != label } : Array(Set(aliases).subtracting([label])).sorted()
        self.evidence = Evidence.sortedUnique(evidence)
        self.count = max(count ?? 0, self.evidence.count)
        self.change = change
        self.stateSupport = stateSupport.count > 1 ? stateSupport : [:]
        self.seen = seen
    }

    /// How many places support each state: ``stateSupport``, or all of ``count`` for ``state``.
    var supportedStates: [NodeID: Int] {
        if !stateSupport.isEmpty { return stateSupport }
        guard let state else { return [:] }
        return [state: count]
    }

    /// The state most places support; between equally supported ones, the smaller identifier.
    public static func majorityState(of support: [NodeID: Int]) -> NodeID? {
        support.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// Reads a node from the graph JSON (see ``NodeRecord``).
    ///
    /// - Throws: `DecodingError` at the field at fault, also when an identifier does not start
    ///   with a kind and a colon.
    public init(from decoder: any Decoder) throws {
        let record = try NodeRecord(from: decoder)
        guard let node = Node(record) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "\"\(record.id)\" is no node identifier (kind:key)"))
        }
        self = node
    }

    /// The node `record` reads, or `nil` when one of its identifiers does not start with a kind
    /// and a colon.
    init?(_ record: NodeRecord) {
        guard let id = NodeID(record.id) else { return nil }
        var state: NodeID?
        if let text = record.state {
            guard let parsed = NodeID(text) else { return nil }
            state = parsed
        }
        var support: [NodeID: Int] = [:]
        support.reserveCapacity(record.stateSupport.count)
        for (text, count) in record.stateSupport {
            guard let parsed = NodeID(text) else { return nil }
            support[parsed] = count
        }
        self.init(
            id: id, kind: record.kind, label: record.label, code: record.code.map(StateCode.init(rawValue:)),
            state: state, title: record.title, topics: record.topics, aliases: record.aliases,
            evidence: record.evidence, change: record.change, count: record.count, stateSupport: support,
            seen: record.seen)
    }
}
