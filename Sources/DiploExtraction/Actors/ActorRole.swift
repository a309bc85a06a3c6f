/// What a person did for a state or organisation during an affiliation: the role part of a
/// CAMEO actor code (`USAGOV` → government, `RUSMIL` → military).
public enum ActorRole: String, Sendable, Hashable, CaseIterable {
    /// Government: heads of state and of government, ministers, officials (CAMEO `GOV`).
    case government
    /// Armed forces (`MIL`).
    case military
    /// Political elite out of office: former leaders, party figures (`ELI`).
    case elite
    /// Opposition (`OPP`).
    case opposition
    /// Rebels and insurgents (`REB`, `INS`, `UAF`).
    case rebel
    /// Members of a legislature (`LEG`, `GOVLEG`).
    case legislature
    /// Judges (`JUD`, `GOVJUD`).
    case judiciary
    /// Business (`BUS`).
    case business
    /// Media (`MED`).
    case media
    /// Officials of an international organisation (`IGO…`); such an affiliation has no state.
    case international
    /// Any other role (police, intelligence, occupation authorities…).
    case other

    /// How strongly the role ties a person to acting for their state: government first, then
    /// military, then the rest (used to choose among affiliations that hold on the same day).
    var precedence: Int {
        switch self {
        case .government: return 0
        case .military: return 1
        default: return 2
        }
    }

    /// Whether the role is holding office: government or military.
    public var isOffice: Bool { self == .government || self == .military }
}
