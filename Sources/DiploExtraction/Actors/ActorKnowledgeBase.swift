import DiploGraph

/// A dated knowledge base of political actors: who a name is, and which state they served on a
/// given day. Compiled by `scripts/generate-actors.py` from PETRARCH2's Phoenix dictionaries,
/// the gazetteer's office holders and a hand-written overlay (see `scripts/ACTORS.md`); a user's
/// overlay file can add people (``init(overlay:source:)``).
///
/// Loading parses nothing: the embedded alias and family-name indexes are binary-searched in
/// place and a person's record is read when asked for.
public struct ActorKnowledgeBase: Sendable {
    /// The embedded knowledge base.
    public static let shared = ActorKnowledgeBase()

    /// The most words in any name or alias, so a matcher knows how far to look ahead.
    public let maxKeyWords: Int
    /// People of a user overlay that are not built in, numbered after the built-in ones.
    private let addedPeople: [Actor]
    /// Built-in people changed by a user overlay.
    private let overriddenPeople: [ActorID: Actor]
    /// The keys of a user overlay's names.
    private let addedKeys: [UInt64: [ActorID]]
    /// The keys of the proper prefixes of a user overlay's names.
    private let addedPrefixes: Set<UInt64>
    /// The one-word keys of the family names of a user overlay's people (see ``FamilyName``).
    let addedFamilyNames: [UInt64: [ActorID]]

    private init() {
        maxKeyWords = ActorData.maxKeyWords
        addedPeople = []
        overriddenPeople = [:]
        addedKeys = [:]
        addedPrefixes = []
        addedFamilyNames = [:]
    }

    init(base: ActorKnowledgeBase, added: [Actor], overridden: [ActorID: Actor], keys: [UInt64: [ActorID]],
         prefixes: Set<UInt64>, familyNames: [UInt64: [ActorID]], maxKeyWords: Int) {
        self.maxKeyWords = max(base.maxKeyWords, maxKeyWords)
        addedPeople = base.addedPeople + added
        overriddenPeople = base.overriddenPeople.merging(overridden) { _, new in new }
        addedKeys = base.addedKeys.merging(keys) { old, new in Array(Set(old + new)).sorted() }
        addedPrefixes = base.addedPrefixes.union(prefixes)
        addedFamilyNames = base.addedFamilyNames.merging(familyNames) { old, new in Array(Set(old + new)).sorted() }
    }

    /// The number of built-in people.
    public var builtInCount: Int { EmbeddedActorTable.count }

    /// The number of people, built-in and added.
    public var count: Int { builtInCount + addedPeople.count }

    /// The person `id` (an id from this knowledge base).
    public func actor(_ id: ActorID) -> Actor {
        if let overridden = overriddenPeople[id] { return overridden }
        if id.rawValue >= builtInCount { return addedPeople[id.rawValue - builtInCount] }
        return EmbeddedActorTable.actor(id.rawValue)
    }

    /// The people filed under a name key (see ``NameKey``), ascending, and whether a longer
    /// name starts with the key's words.
    func lookUp(_ key: UInt64) -> (people: [ActorID], isPrefix: Bool) {
        let builtIn = EmbeddedActorTable.lookUp(key)
        guard !addedKeys.isEmpty || !addedPrefixes.isEmpty else { return builtIn }
        let people = addedKeys[key].map { Array(Set(builtIn.people + $0)).sorted() } ?? builtIn.people
        return (people, builtIn.isPrefix || addedPrefixes.contains(key))
    }

    /// The people with `name` as their name or an alias, folded (case, diacritics, `.`, `'` and
    /// hyphens do not matter: "lee jae myung" finds Lee Jae-myung).
    public func actors(named name: String) -> [ActorID] {
        guard let key = NameKey.key(of: name) else { return [] }
        return lookUp(key).people
    }

    /// The affiliation that places person `id` on `day`.
    ///
    /// With a day: among the affiliations whose span holds the day (open ends count), a
    /// government one before a military one before the rest; among equals the latest begun,
    /// then the state code. `nil` when none holds. With no day: over all dates, the state with
    /// the most government or military affiliations (if none has any, the most affiliations),
    /// ties broken by the earliest first day and then the code; its role is government if the
    /// person ever had a government affiliation there, else the best role held there, and its
    /// span runs from the earliest first day to the latest last day (open if any end is open).
    /// A person with affiliations only to international organisations gets the first of them.
    public func affiliation(of id: ActorID, on day: Day?) -> Affiliation? {
        Self.affiliation(among: actor(id).affiliations, on: day)
    }

    /// The affiliation among `affiliations` (one person's) that places the person on `day`, by
    /// the rules of ``affiliation(of:on:)``: for callers that hold the person already.
    public static func affiliation(among affiliations: [Affiliation], on day: Day?) -> Affiliation? {
        if let day {
            return affiliations.filter { $0.holds(on: day) }.min { a, b in
                if a.role.precedence != b.role.precedence { return a.role.precedence < b.role.precedence }
                if a.from != b.from { return Self.isEarlier(b.from, a.from) }
                return (a.state ?? "") < (b.state ?? "")
            }
        }
        let byState = Dictionary(grouping: affiliations.filter { $0.state != nil }, by: { $0.state! })
        guard !byState.isEmpty else { return affiliations.first }
        struct Score { let state: String; let office: Int; let all: Int; let first: Day? }
        let scores = byState.map { state, held in
            Score(state: state, office: held.filter(\.role.isOffice).count, all: held.count,
                  first: held.map(\.from).min(by: Self.isEarlier) ?? nil)
        }
        let anyOffice = scores.contains { $0.office > 0 }
        let best = scores.min { a, b in
            let (x, y) = anyOffice ? (a.office, b.office) : (a.all, b.all)
            if x != y { return x > y }
            if a.first != b.first { return Self.isEarlier(a.first, b.first) }
            return a.state < b.state
        }!
        let held = byState[best.state]!
        let role = held.map(\.role).min { ($0.precedence, $0.rawValue) < ($1.precedence, $1.rawValue) }!
        let spans = held.filter { $0.role == role }
        let from = spans.contains { $0.from == nil } ? nil : spans.compactMap(\.from).min()
        let until = spans.contains { $0.until == nil } ? nil : spans.compactMap(\.until).max()
        return Affiliation(state: best.state, role: role, from: from, until: until)
    }

    /// Whether person `id` holds a government or military affiliation on `day`; with no day,
    /// whether they ever held one.
    public func isInOffice(_ id: ActorID, on day: Day?) -> Bool {
        actor(id).affiliations.contains { $0.role.isOffice && (day.map($0.holds(on:)) ?? true) }
    }

    /// Whether optional day `a` comes before `b`, an open start (`nil`) before every day.
    private static func isEarlier(_ a: Day?, _ b: Day?) -> Bool {
        switch (a, b) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (a?, b?): return a < b
        }
    }
}
