import DiploGraph

/// What the actor knowledge base says about the people a document names, at the document's
/// date: who a name is, and which state they served then.
struct KnownPeople {
    /// What the knowledge base makes of a name.
    enum Answer: Equatable {
        /// One person.
        case person(ActorID)
        /// Several people fit, all of one state (two presidents Bush, undated): the state is
        /// known, the person is not.
        case state(String)
        /// Nobody, or people of different states.
        case unknown
    }

    let base: ActorKnowledgeBase
    /// The document's date; `nil` takes every person's affiliations over all dates (or over
    /// the ``era``).
    let date: Day?
    /// For a document without a date: the days on which most of the people it names with a
    /// title held office together (see ``era(of:)``); `nil` when it names none the base knows.
    var era: ClosedRange<Day>?
    /// The states the document names (once its sentences are read): between several people of
    /// one name, the one who served a state the text names is meant.
    var documentStates: Set<String> = []

    /// The people read from the base so far: a document asks about the same few many times.
    private let read = ReadPeople()

    init(base: ActorKnowledgeBase, date: Day?) {
        self.base = base
        self.date = date
    }

    /// Person `id`, read from the base once per document.
    func actor(_ id: ActorID) -> Actor {
        if let known = read.people[id] { return known }
        let actor = base.actor(id)
        read.people[id] = actor
        return actor
    }

    /// Whether person `id` held government or military office on the date, else during the
    /// era, else ever.
    func holdsOffice(_ id: ActorID) -> Bool {
        actor(id).affiliations.contains { affiliation in
            guard affiliation.role.isOffice else { return false }
            if let date { return affiliation.holds(on: date) }
            if let era { return Self.span(of: affiliation).overlaps(era) }
            return true
        }
    }

    /// The days on which the most of `people` held office at once: "President X" and "Prime
    /// Minister Y" named in one text date it to the years both served, so that a president of
    /// another decade named in passing is not taken for a leader of the day. `nil` when none
    /// of them ever held office.
    func era(of people: Set<ActorID>) -> ClosedRange<Day>? {
        // Each person's spans of office, then a sweep over their ends: +1 at a start, −1 after
        // an end; the first stretch with the highest count wins.
        var events: [(day: Day, delta: Int)] = []
        for id in people.sorted() {
            let spans = actor(id).affiliations.filter(\.role.isOffice).map(Self.span(of:)).sorted { $0.lowerBound < $1.lowerBound }
            // Overlapping spans of one person count once.
            var merged: [ClosedRange<Day>] = []
            for span in spans {
                if let last = merged.last, span.lowerBound <= last.upperBound {
                    merged[merged.count - 1] = last.lowerBound...max(last.upperBound, span.upperBound)
                } else {
                    merged.append(span)
                }
            }
            for span in merged {
                events.append((span.lowerBound, 1))
                events.append((span.upperBound, -1))
            }
        }
        // Starts before ends on one day, so that spans that touch overlap.
        events.sort { ($0.day, -$0.delta) < ($1.day, -$1.delta) }
        var count = 0
        var best = 0
        var era: ClosedRange<Day>?
        for (n, event) in events.enumerated() {
            count += event.delta
            guard event.delta > 0, count > best else { continue }
            best = count
            // The stretch runs to the first end after this start (every start has one).
            if let end = events[(n + 1)...].first(where: { $0.delta < 0 }) { era = event.day...end.day }
        }
        return era
    }

    /// An affiliation's span, open ends as far as days go.
    static func span(of affiliation: Affiliation) -> ClosedRange<Day> {
        (affiliation.from ?? Day.earliest)...(affiliation.until ?? Day.latest)
    }

    /// The person (or state) the people `ids`, filed under one name, stand for.
    ///
    /// Between several people who fit, those of sovereign states are preferred to those of
    /// dependent territories, then those of a state in ``documentStates``.
    ///
    /// - Parameters:
    ///   - statedState: The state the text names beside the person, if any: only people who
    ///     ever served it fit.
    ///   - mustHoldOffice: Whether only people in government or military office on the date
    ///     fit (a name with no title makes a leader only then); otherwise office-holders are
    ///     preferred and anyone fits when none holds office.
    func answer(for ids: [ActorID], statedState: String?, mustHoldOffice: Bool) -> Answer {
        var candidates = ids
        if let statedState {
            candidates = candidates.filter { id in actor(id).affiliations.contains { $0.state == statedState } }
        }
        let inOffice = candidates.filter(holdsOffice)
        var pool = mustHoldOffice || !inOffice.isEmpty ? inOffice : candidates
        // Between several, a state's official before a dependent territory's, and one of a state
        // the document names before the others.
        if pool.count > 1 {
            let ofStates = pool.filter { state(of: $0).map(Sovereignty.isState) ?? false }
            if !ofStates.isEmpty { pool = ofStates }
        }
        if pool.count > 1 {
            let named = pool.filter { state(of: $0).map(documentStates.contains) ?? false }
            if !named.isEmpty { pool = named }
        }
        if pool.count == 1 { return .person(pool[0]) }
        let states = Set(pool.map { state(of: $0) })
        if states.count == 1, let only = states.first, let only { return .state(only) }
        return .unknown
    }

    /// The state person `id` served on the date (any affiliation), or over all dates when the
    /// date is unknown or falls outside every affiliation.
    func state(of id: ActorID) -> String? {
        let affiliations = actor(id).affiliations
        if let date, let state = ActorKnowledgeBase.affiliation(among: affiliations, on: date)?.state { return state }
        return ActorKnowledgeBase.affiliation(among: affiliations, on: nil)?.state
    }

    /// The people filed under exactly the tokens `range` of a sentence, if any.
    func people(named range: Range<Int>, keys: TokenNameKeys) -> [ActorID] {
        base.names(startingAt: range.lowerBound, in: keys).first { $0.end == range.upperBound }?.actors ?? []
    }
}

/// The people a ``KnownPeople`` has read, kept for the rest of its document.
private final class ReadPeople {
    var people: [ActorID: Actor] = [:]
}
