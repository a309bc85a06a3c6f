import DiploGraph

/// Coreference for leaders within a document: "Lee", "President Lee" and "Lee Jae Myung" are one
/// person; each person gets one state, from the text first and from prior knowledge last.
struct LeaderResolver {
    /// States whose leaders' names put the family name first (so "Lee Jae Myung" is "Lee").
    static let familyNameFirst: Set<String> = ["CHN", "KOR", "PRK", "TWN", "HKG", "MAC", "VNM", "KHM", "MNG", "SGP"]

    private(set) var entities: [LeaderEntity] = []
    /// Entities by their name (`full`), by every shorter tail of it (`tail`: "Jae Myung",
    /// "Myung" of "Lee Jae Myung") and, for names of several words, by the first word (`head`);
    /// names they had before stay indexed. Every entity compatible with some words is under one
    /// of the keys `match` looks up, and few others are: a document naming a thousand Smiths
    /// compares "Anna Smith" with the entities that can be her, not with every Smith.
    private var byName: [NameKey: [Int]] = [:]
    /// Entities by the person of the knowledge base they are.
    private var byActor: [ActorID: Int] = [:]

    private enum NameKey: Hashable {
        case full(ArraySlice<String>), tail(ArraySlice<String>), head(String)
    }

    private mutating func index(_ entity: Int) {
        let words = entities[entity].words
        guard let first = words.first else { return }
        byName[.full(words[...]), default: []].append(entity)
        for length in 1..<words.count { byName[.tail(words.suffix(length)), default: []].append(entity) }
        if words.count > 1 { byName[.head(first), default: []].append(entity) }
    }

    /// Adds a mention, merging it into the entity it names or creating a new one.
    /// - Returns: the index of the entity.
    @discardableResult
    mutating func add(_ mention: LeaderMention) -> Int {
        let words = mention.name.split(separator: " ").map(String.init)
        let index: Int
        // The entity of the same person of the knowledge base, else one whose names fit.
        if let existing = mention.actor.flatMap({ byActor[$0] }) ?? match(words, state: mention.state, actor: mention.actor) {
            index = existing
            if words.count > entities[index].words.count {
                entities[index].name = mention.name
                entities[index].words = words
                self.index(index)
            }
        } else {
            entities.append(LeaderEntity(name: mention.name, words: words, forms: []))
            index = entities.count - 1
            self.index(index)
        }
        if let actor = mention.actor, entities[index].actor == nil {
            entities[index].actor = actor
            entities[index].canonicalName = mention.canonicalName
            byActor[actor] = index
        }
        if entities[index].knownState == nil || mention.actor != nil, let known = mention.knownState {
            entities[index].knownState = known
        }
        entities[index].forms.insert(mention.name)
        if let title = mention.title { entities[index].titles[title, default: 0] += 1 }
        if let state = mention.state { entities[index].statedStates[state, default: 0] += 1 }
        return index
    }

    /// The entity whose names are compatible with `words`: equal, or one a first-or-last-word
    /// part of the other, no conflicting state and not another person of the knowledge base.
    /// When several are, the first of those named exactly `words`, if any.
    func match(_ words: [String], state: String?, actor: ActorID? = nil) -> Int? {
        // Only the entities indexed under these keys can match (all of them when `words` is empty):
        // the same name; a longer name these words end, or begin when they are one word; a
        // shorter name that ends them, or that is their first word.
        var keys: [NameKey] = []
        if let first = words.first {
            keys = [.full(words[...]), .tail(words[...])]
            if words.count == 1 { keys.append(.head(first)) }
            for length in 1..<words.count { keys.append(.full(words.suffix(length))) }
            if words.count > 1 { keys.append(.full(words.prefix(1))) }
        }
        func isCompatible(_ i: Int) -> Bool {
            let entity = entities[i]
            if let actor, let other = entity.actor, other != actor { return false }
            if let state, let known = entity.statedStates.keys.first, !entity.statedStates.keys.contains(state), known != state {
                return false
            }
            return entity.words == words || Self.isPart(words, of: entity.words) || Self.isPart(entity.words, of: words)
        }
        // One compatible entity is the answer; a second one is enough to know there are several.
        var steps = 0
        defer { WorkMeter.record(steps) }
        var found: Int?
        var several = false
        let possible = words.isEmpty ? [Array(entities.indices)] : keys.map { byName[$0] ?? [] }
        search: for list in possible {
            for i in list where i != found {
                steps += 1
                guard isCompatible(i) else { continue }
                if found == nil { found = i } else { several = true; break search }
            }
        }
        guard several else { return found }
        // Several: the first named exactly so (all of them are under the name itself).
        return (words.isEmpty ? Array(entities.indices) : byName[.full(words[...])] ?? [])
            .filter { entities[$0].words == words && isCompatible($0) }.min()
    }

    /// Whether `short` is the first word(s) or the last word(s) of `long`.
    static func isPart(_ short: [String], of long: [String]) -> Bool {
        guard short.count < long.count, !short.isEmpty else { return false }
        // "Blair" of "Tony Blair"; "Lee" of "Lee Jae Myung" (family name first).
        return Array(long.suffix(short.count)) == short || (short.count == 1 && long.first == short.first)
    }

    /// Assigns each entity a state, from the first of: the state most often stated beside them
    /// in the text; the actor knowledge base at the document's date; the state their title
    /// belongs to. People none of these place take the state named nearest to their mentions,
    /// when one stands out, else the document's main state.
    mutating func assignStates(nearbyState: (Int, Set<String>) -> String?, mainState: String?) {
        var pending: [Int] = []
        for i in entities.indices {
            if let best = entities[i].statedStates.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                entities[i].state = best.key
                entities[i].stateRule = "stated"
            } else if let known = entities[i].knownState {
                entities[i].state = known
                entities[i].stateRule = "knowledge-base"
            } else if let title = entities[i].titles.keys.sorted().first(where: { OfficeTitles.stateOfTitle[$0.lowercased()] != nil }) {
                entities[i].state = OfficeTitles.stateOfTitle[title.lowercased()]
                entities[i].stateRule = "title"
            } else {
                pending.append(i)
            }
        }
        // The rest from context, where states already held by someone else count for less.
        // (A pending entity has no state yet, so the states held by others are all states held.)
        var held = Set(entities.compactMap(\.state))
        for i in pending {
            defer { if let state = entities[i].state { held.insert(state) } }
            if let nearby = nearbyState(i, held) {
                entities[i].state = nearby
                entities[i].stateRule = "nearby-state"
            } else if let mainState {
                entities[i].state = mainState
                entities[i].stateRule = "document-context"
            }
        }
    }

    /// Records who entity `index` is, found after its mentions were added: the person of the
    /// knowledge base (if one), their name there, and the state it gives.
    mutating func identify(_ index: Int, as actor: ActorID?, name: String?, state: String?) {
        if let actor {
            entities[index].actor = actor
            entities[index].canonicalName = name
            if byActor[actor] == nil { byActor[actor] = index }
        }
        entities[index].knownState = state
    }

    /// Records that a title mention with a state ("the US president") names entity `index`.
    mutating func noteStatedTitle(_ state: String, for index: Int) {
        entities[index].statedStates[state, default: 0] += 1
    }
}
