import DiploGraph

/// How the words before a trigger frame its deed: done ("signed"), only planned or intended
/// ("plans to visit", "will meet", "would sign"), nearly done ("close to signing"), threatened
/// ("threatened to cut ties with"), or undone ("slashes aid to", "suspended talks with"). A
/// diagram shows deeds; plans are drawn as what they are: an intent (`proposed`) or a threat
/// (`threatened`), never as the deed itself; cooperation undone is a sanction.
///
/// The raw value is the case's name, which ends an evidence's rule (`verb:visit:planned`): read
/// from a constant, where interpolating the case would reflect on it for every relation.
enum DeedModality: String, Equatable {
    case done, planned, nearlyDone, threatened, reversed
    /// What another says an actor must do ("Chile must sign", "should be ready to meet"): the
    /// appeal is the speaker's (see `RelationFinder.reportedSpeech`), the deed nobody's yet.
    case obliged

    /// Verbs that undo what follows: "slashes aid to", "suspended talks with", "cut ties with",
    /// "withdrew from the pact", "lifted sanctions on". Cooperation undone is a sanction; an
    /// agreement left, rejected; a sanction lifted, nothing (the lifting is `eased`).
    static let reversals: WordSet = [
        "cut", "cuts", "cutting", "slash", "slashes", "slashed", "slashing", "suspend", "suspends", "suspended",
        "suspending", "halt", "halts", "halted", "halting", "freeze", "freezes", "froze", "frozen", "freezing",
        "end", "ends", "ended", "ending", "scrap", "scraps", "scrapped", "cancel", "cancels", "cancelled", "canceled",
        "reduce", "reduces", "reduced", "reducing", "stop", "stops", "stopped", "stopping", "axe", "axes", "axed",
        "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "abandon", "abandons", "abandoned",
        "downgrade", "downgrades", "downgraded", "sever", "severs", "severed",
        "lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed",
    ]
    /// Words between a reversal and what it undoes ("cut all military aid to").
    static let reversalFillers: WordSet = [
        "its", "their", "his", "her", "the", "all", "some", "most", "military", "economic", "financial",
        "diplomatic", "development", "foreign", "humanitarian", "from", "out", "of", "off", "further",
    ]

    /// Verbs that, before "to", make what follows an intention ("plans to", "hopes to").
    static let intentions: WordSet = [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "hope", "hopes", "hoped",
        "want", "wants", "wanted", "aim", "aims", "aimed", "seek", "seeks", "sought", "expected", "expects",
        "set", "poised", "ready", "willing", "prepared", "likely", "due", "scheduled", "going", "try", "tries",
        "tried", "trying", "pledged", "pledges", "promised", "promises", "vowed", "vows", "offered", "offers",
    ]
    /// Verbs that, before "to", make what follows a threat ("threatened to cut ties with").
    static let threats: WordSet = ["threaten", "threatens", "threatened", "threatening", "warned", "warns"]
    /// Words that, before "to", make what follows nearly done ("close to signing").
    static let nearness: WordSet = ["close", "closer", "near", "nearer"]
    /// Auxiliaries that make a deed future or hypothetical ("will meet", "could sign").
    static let modals: WordSet = ["will", "would", "could", "might", "may", "shall", "'ll"]
    /// Words that make a deed an obligation ("must sign", "should meet", "ought to", "needs to");
    /// also what makes "X said Y must …" an appeal (`RelationFinder.reportedSpeech`).
    static let obligations: WordSet = ["must", "should", "ought", "need", "needs"]
    /// Words that may stand between the frame and the deed ("will soon visit", "plans to
    /// formally sign").
    static let fillers: WordSet = ["soon", "also", "formally", "jointly", "finally", "again", "personally", "then", "later", "not", "be", "officially"]

    /// The frame of the trigger at token `i`.
    static func of(triggerAt i: Int, in tokens: [Token]) -> DeedModality {
        var r = i - 1
        while r >= 0, i - r <= 4, reversalFillers.contains(wordAt: r, in: tokens) { r -= 1 }
        if r >= 0, i - r <= 4, reversals.contains(wordAt: r, in: tokens) { return .reversed }
        var k = i - 1
        var steps = 0
        // One verb may stand between the frame and a noun trigger: "plans to send aid to".
        var verbSkipped = false
        while k >= 0, steps < 5 {
            let word = tokens[k].lower
            if obligations.contains(word) { return .obliged }
            if modals.contains(word) { return .planned }
            if word == "to", k > 0 {
                let before = tokens[k - 1].lower
                if obligations.contains(before) { return .obliged }
                if nearness.contains(before) { return .nearlyDone }
                if threats.contains(before) { return .threatened }
                // "must be ready to mediate": an obligation, not an intent.
                if intentions.contains(before) { return isObliged(before: k - 1, in: tokens) ? .obliged : .planned }
                return .done
            }
            if !fillers.contains(word) {
                guard !verbSkipped, k == i - 1, tokens[k].isLowercaseWord else { return .done }
                verbSkipped = true
            }
            k -= 1
            steps += 1
        }
        return .done
    }

    /// Whether an obligation stands within three words before token `k` ("must be ready").
    private static func isObliged(before k: Int, in tokens: [Token]) -> Bool {
        var j = k - 1
        while j >= 0, k - j <= 3 {
            if obligations.contains(wordAt: j, in: tokens) { return true }
            j -= 1
        }
        return false
    }

    /// Relations that do harm: threatened when only intended.
    static let hostile: Set<Relation> = [.attacked, .sanctioned, .coerced]
    /// Relations that are deeds of cooperation: an intent (`proposed`) when only intended.
    static let cooperative: Set<Relation> = [
        .met, .visited, .signed, .aided, .supports, .cooperatesWith, .negotiated, .discussed, .welcomed, .praised, .alliedWith,
        .eased,
    ]

    /// What `relation` becomes under this frame, or `nil` when nothing is drawn.
    func relation(for relation: Relation) -> Relation? {
        switch self {
        case .done:
            return relation
        case _ where relation == .partyTo:
            // The parties of a planned agreement are its parties still.
            return relation
        case .reversed:
            if relation == .signed { return .rejected }
            return Self.cooperative.contains(relation) ? .sanctioned : nil
        case .obliged:
            return nil
        case .nearlyDone where relation == .signed || relation == .cooperatesWith:
            return .negotiated
        case .planned, .nearlyDone, .threatened:
            if Self.hostile.contains(relation) { return .threatened }
            if Self.cooperative.contains(relation) { return self == .threatened ? nil : .proposed }
            return nil
        }
    }
}
