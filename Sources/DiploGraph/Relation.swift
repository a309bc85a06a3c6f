/// The closed vocabulary of relations an edge can carry.
///
/// Every relation reads "source RELATION target": `leader:lee urged leader:xi`,
/// `leader:xi leads state:CHN`, `state:KOR party_to agreement:…`.
public enum Relation: String, Codable, CaseIterable, Sendable, Comparable {
    case leads
    case met
    case visited
    case urged
    case welcomed
    case proposed
    case signed
    case partyTo = "party_to"
    case alliedWith = "allied_with"
    case dependsOn = "depends_on"
    case cooperatesWith = "cooperates_with"
    case supports
    case criticized
    case rejected
    case threatened
    case negotiated
    case praised
    case accused
    case sanctioned
    case attacked
    case opposed
    case warned
    case called
    case aided
    case discussed
    case coerced
    /// Restrictions eased, troops withdrawn, prisoners released, sanctions lifted: PLOVER's
    /// RETREAT.
    case eased

    /// Relations that read the same both ways ("A met B" is "B met A"): drawn without arrowheads,
    /// and stored with the two ends in a canonical order.
    public var isSymmetric: Bool {
        switch self {
        case .met, .alliedWith, .cooperatesWith, .negotiated, .discussed: return true
        default: return false
        }
    }

    /// Whether this relation counts as an interaction between two actors (everything but `leads`,
    /// which states an office rather than an act, and `party_to`, which ties a party to an agreement).
    public var isInteraction: Bool { self != .leads && self != .partyTo }

    /// The PLOVER event type of an edge with this relation: one fixed type per relation, `nil`
    /// for `leads` and `party_to`, which are no events (see `scripts/RELATIONS.md`).
    public var plover: PloverType? {
        switch self {
        case .leads, .partyTo: return nil
        case .met, .visited, .negotiated, .discussed, .called: return .consult
        case .urged: return .request
        case .welcomed, .praised, .supports, .signed: return .support
        case .proposed: return .agree
        case .alliedWith, .dependsOn, .cooperatesWith: return .cooperate
        case .criticized, .accused, .opposed: return .accuse
        case .rejected: return .reject
        case .threatened, .warned: return .threaten
        case .sanctioned: return .sanction
        case .coerced: return .coerce
        case .eased: return .retreat
        case .attacked: return .assault
        case .aided: return .aid
        }
    }

    /// The relation as people read it, for drawings and tables: the vocabulary id with spaces
    /// for underscores ("party to", "cooperates with", "depends on", "allied with"; "met" stays
    /// "met"). Every drawing (DOT edge labels and so SVG, PNG and PDF, the legend, tooltips) and
    /// the report's tables show this; the data formats (JSON, CSV, GraphML) and the DOT's
    /// `class` and `relation` attributes keep ``rawValue``, the id programs match.
    public var label: String {
        switch self {
        case .partyTo: return "party to"
        case .alliedWith: return "allied with"
        case .dependsOn: return "depends on"
        case .cooperatesWith: return "cooperates with"
        default: return rawValue
        }
    }

    public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.rawValue < rhs.rawValue }
}
