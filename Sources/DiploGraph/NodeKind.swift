/// What a node of the graph stands for.
public enum NodeKind: String, Codable, CaseIterable, Sendable, Comparable {
    /// A person who holds or acts for a state office: head of state, minister, envoy.
    case leader
    /// A sovereign state or territory, identified by its ISO 3166-1 alpha-3 code.
    case state
    /// A treaty, accord, deal, memorandum or any other agreement between parties.
    case agreement
    /// An international organisation or forum (UN, EU, NATO, APEC …). Never a state.
    case organization

    /// Whether nodes of this kind can act: leaders, states and organisations.
    public var isActor: Bool { self != .agreement }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
