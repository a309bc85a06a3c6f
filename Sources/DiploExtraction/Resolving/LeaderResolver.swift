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
        if let existing = match(words, state: mention.state) {
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
        entities[index].forms.insert(mention.name)
        if let title = mention.title { entities[index].titles[title, default: 0] += 1 }
        if let state = mention.state { entities[index].statedStates[state, default: 0] += 1 }
        return index
    }

    /// The entity whose names are compatible with `words`: equal, or one a first-or-last-word
    /// part of the other, and no conflicting state. When several are, the first of those named
    /// exactly `words`, if any.
    func match(_ words: [String], state: String?) -> Int? {
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

    /// Assigns each entity a state: the state most often stated beside them; else the state
    /// their title belongs to; else the office-holder list; else the state named nearest to
    /// their mentions; else the document's main state.
    mutating func assignStates(officeHolders: [String: OfficeHolder], nearbyState: (Int, Set<String>) -> String?, mainState: String?) {
        var pending: [Int] = []
        for i in entities.indices {
            if let best = entities[i].statedStates.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                entities[i].state = best.key
                entities[i].stateRule = "stated"
            } else if let title = entities[i].titles.keys.sorted().first(where: { OfficeTitles.stateOfTitle[$0.lowercased()] != nil }) {
                entities[i].state = OfficeTitles.stateOfTitle[title.lowercased()]
                entities[i].stateRule = "title"
            } else if let holder = officeHolders[entities[i].name] ?? entities[i].forms.lazy.compactMap({ officeHolders[$0] }).first {
                entities[i].state = holder.code
                entities[i].stateRule = "office-holder"
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

    /// Records that a title mention with a state ("the US president") names entity `index`.
    mutating func noteStatedTitle(_ state: String, for index: Int) {
        entities[index].statedStates[state, default: 0] += 1
    }
}
