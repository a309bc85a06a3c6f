import DiploGraph

/// One sentence with everything recognised in it.
struct AnalysedSentence {
    let sentence: Sentence
    var states: [StateMention] = []
    var organizations: [OrganizationMention] = []
    var leaders: [(mention: LeaderMention, entity: Int)] = []
    var titles: [LeaderRecognizer.TitleMention] = []
    var agreements: [AgreementMention] = []
    /// Spans naming people who do not act for a state ("former Danish prime minister X").
    var inactive: [Range<Int>] = []
}

/// The document-level pass: recognition in every sentence, then resolution across sentences
/// (which "Korea", which leader a surname or "the president" means, each leader's state).
struct DocumentAnalysis {
    let gazetteer: Gazetteer
    let officeHolders: OfficeHolderIndex
    private(set) var sentences: [AnalysedSentence] = []
    private(set) var resolver = LeaderResolver()
    /// The state the document is most about (most mentions), for leaders with no other clue.
    private(set) var mainState: String?

    init(sentences: [Sentence], gazetteer: Gazetteer, officeHolders: OfficeHolderIndex) {
        self.gazetteer = gazetteer
        self.officeHolders = officeHolders
        // Pass 1: states named without ambiguity decide the ambiguous ones.
        var recognizer = StateRecognizer(gazetteer: gazetteer)
        var confirmed: Set<String> = []
        // A sentence whose states did not depend on the confirmed ones keeps its first reading.
        var firstReadings: [[StateMention]?] = []
        firstReadings.reserveCapacity(sentences.count)
        for sentence in sentences {
            var consulted = false
            let mentions = recognizer.mentions(in: sentence.tokens, consultedConfirmedStates: &consulted)
            // (The states of "China-UK" share one token: its text is looked up once.)
            var previous: (tokens: Range<Int>, unambiguous: Bool)?
            for mention in mentions {
                var unambiguous = previous?.tokens == mention.tokens ? previous!.unambiguous : false
                if previous?.tokens != mention.tokens {
                    let form = sentence.tokens.surface(mention.tokens)
                    WorkMeter.record(form.utf8.count)
                    unambiguous = !(gazetteer.entries(for: form).first?.isAmbiguous ?? true)
                }
                previous = (mention.tokens, unambiguous)
                if unambiguous { confirmed.insert(mention.code) }
            }
            firstReadings.append(consulted ? nil : mentions)
        }
        recognizer.confirmedStates = confirmed
        // Pass 2: everything, sentence by sentence.
        var stateCounts: [String: Int] = [:]
        for (s, sentence) in sentences.enumerated() {
            WorkMeter.record(sentence.tokens.count)
            var analysed = AnalysedSentence(sentence: sentence)
            analysed.organizations = OrganizationRecognizer().mentions(in: sentence.tokens)
            let stateMentions = firstReadings[s] ?? recognizer.mentions(in: sentence.tokens)
            let organizationSpans = TokenSpans(analysed.organizations.map(\.tokens), tokenCount: sentence.tokens.count)
            analysed.states = stateMentions.filter { !organizationSpans.overlaps($0.tokens) }
            for state in analysed.states { stateCounts[state.code, default: 0] += 1 }
            let leaderRecognizer = LeaderRecognizer(
                states: analysed.states, organizations: analysed.organizations, tokenCount: sentence.tokens.count)
            let (leaders, titles, inactive) = leaderRecognizer.mentions(in: sentence.tokens)
            analysed.inactive = inactive
            for mention in leaders + officeHolderMentions(sentence.tokens, excluding: leaders, recognizer: leaderRecognizer) {
                analysed.leaders.append((mention, resolver.add(mention)))
            }
            analysed.titles = titles
            let agreementRecognizer = AgreementRecognizer(
                states: analysed.states, organizations: analysed.organizations, tokenCount: sentence.tokens.count)
            let agreements = agreementRecognizer.mentions(in: sentence.tokens)
            analysed.agreements = (agreements + agreementRecognizer.actionMentions(in: sentence.tokens, excluding: agreements))
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            self.sentences.append(analysed)
        }
        dropStatesThatAreLeaderNames()
        mainState = stateCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        bindUntitledPeople()
        var holdersByName: [String: OfficeHolder] = [:]
        for entity in resolver.entities {
            for form in entity.forms.union([entity.name]) {
                if let holder = officeHolders.holder(named: form) { holdersByName[form] = holder }
            }
        }
        // Bare surnames first, so that context around every mention decides a state …
        var aliases = aliasIndex()
        for index in self.sentences.indices { addAliasMentions(index, aliases: aliases) }
        let sentencesSoFar = self.sentences
        var mentionedIn: [Int: [Int]] = [:]
        for (s, analysed) in sentencesSoFar.enumerated() {
            for entity in Set(analysed.leaders.map(\.entity)) { mentionedIn[entity, default: []].append(s) }
        }
        var facts = [StateFacts?](repeating: nil, count: sentencesSoFar.count)
        resolver.assignStates(officeHolders: holdersByName, nearbyState: {
            Self.nearbyState(of: $0, heldByOthers: $1, in: sentencesSoFar, mentionedIn: mentionedIn[$0] ?? [], facts: &facts)
        }, mainState: mainState)
        // … then again, for family names that only a state makes known ("Lee" of "Lee Jae Myung").
        aliases = aliasIndex()
        for index in self.sentences.indices { addAliasMentions(index, aliases: aliases) }
    }

    /// "The prime minister said …" with no prime minister named anywhere, and "Mr Blair" named
    /// again and again: the title belongs to the person the document names most with an
    /// honorific. The person becomes a leader with that title (and its state, when stated).
    private mutating func bindUntitledPeople() {
        // "the US president" names the one president whose state the text has not stated.
        // (Entities' titles do not change here: the holders of each title are found once, and
        // what is asked of them is kept up to date as states are noted, not asked of each again.)
        let lowerTitles = resolver.entities.map { $0.titles.keys.map { $0.lowercased() } }
        var holdersOfTitle: [String: TitleHolders] = [:]
        var titlesHeld: [Int: [String]] = [:]
        func note(_ state: String, for entity: Int) {
            let stated = resolver.entities[entity].statedStates
            resolver.noteStatedTitle(state, for: entity)
            for title in titlesHeld[entity] ?? [] {
                if stated[state] == nil { holdersOfTitle[title]!.statedCount[state, default: 0] += 1 }
                if stated.isEmpty { holdersOfTitle[title]!.open.remove(entity) }
            }
        }
        for analysed in sentences {
            for title in analysed.titles {
                guard let state = title.state else { continue }
                if holdersOfTitle[title.title] == nil {
                    let holders = lowerTitles.indices.filter { i in lowerTitles[i].contains { $0.hasSuffix(title.title) } }
                    holdersOfTitle[title.title] = TitleHolders(holders, of: resolver.entities)
                    for holder in holders { titlesHeld[holder, default: []].append(title.title) }
                }
                let holders = holdersOfTitle[title.title]!
                if holders.all.count == 1, resolver.entities[holders.all[0]].statedStates.isEmpty {
                    note(state, for: holders.all[0])
                } else if holders.statedCount[state, default: 0] == 0, holders.open.count == 1, let only = holders.open.first {
                    note(state, for: only)
                }
            }
        }
        var people: [String: (count: Int, full: String, sentence: Int)] = [:]
        for (s, analysed) in sentences.enumerated() {
            let tokens = analysed.sentence.tokens
            var states = LazyStateSpans(analysed)
            for i in tokens.indices.dropLast() where OfficeTitles.honorifics.contains(tokens[i].lower) {
                guard tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
                      !LeaderRecognizer.nameStopwords.contains(tokens[i + 1].text),
                      !states.covers(i + 1) else { continue }
                let surname = tokens[i + 1].text
                guard resolver.match([surname], state: nil) == nil else { continue }
                people[surname, default: (0, surname, s)].count += 1
            }
        }
        guard !people.isEmpty else { return }
        // The full name: a capitalised word right before the surname somewhere in the document.
        // For each surname, the first sentence whose first such word qualifies; found for all
        // surnames in one pass over the sentences.
        var named: Set<String> = []
        for analysed in sentences where named.count < people.count {
            let tokens = analysed.sentence.tokens
            var states = LazyStateSpans(analysed)
            var firstInSentence: [String: Int] = [:]
            for k in tokens.indices.dropFirst() where people[tokens[k].text] != nil && firstInSentence[tokens[k].text] == nil
                && tokens[k - 1].isCapitalized && tokens[k - 1].kind == .word {
                firstInSentence[tokens[k].text] = k
            }
            for (surname, k) in firstInSentence where !named.contains(surname) {
                if !LeaderRecognizer.nameStopwords.contains(tokens[k - 1].text), !OfficeTitles.honorifics.contains(tokens[k - 1].lower),
                   !OfficeTitles.titles.contains(tokens[k - 1].lower), !states.covers(k - 1) {
                    people[surname]!.full = "\(tokens[k - 1].text) \(surname)"
                    named.insert(surname)
                }
            }
        }
        var bound: Set<String> = []
        // Both answers below change only when a title is bound: remembered until then.
        var knownTitles: [String: Bool] = [:]
        var mostNamed: (String, (count: Int, full: String, sentence: Int))??
        for analysed in sentences {
            for title in analysed.titles where OfficeTitles.bindableTitles.contains(title.title) && !bound.contains(title.title) {
                // Someone already holds this title without a state named beside it: "the prime
                // minister" is them. Foreign office-holders are named with their state.
                let known = knownTitles[title.title] ?? resolver.entities.contains { entity in
                    entity.statedStates.isEmpty && entity.titles.keys.contains { $0.lowercased() == title.title }
                }
                knownTitles[title.title] = known
                guard !known else { continue }
                if mostNamed == nil {
                    mostNamed = .some(people.filter({ $0.value.count >= 2 })
                        .max(by: { ($0.value.count, $1.value.sentence, $1.key) < ($1.value.count, $0.value.sentence, $0.key) }).map { ($0.key, $0.value) })
                }
                guard let (_, person) = mostNamed! else { continue }
                knownTitles = [:]
                mostNamed = nil
                resolver.add(LeaderMention(tokens: title.tokens, nameTokens: title.tokens, name: person.full,
                                           title: title.title.capitalizedWords,
                                           state: title.state, rule: "title-coreference"))
                bound.insert(title.title)
                people[person.full.split(separator: " ").last.map(String.init) ?? ""] = nil
            }
        }
    }

    /// The state named closest to a leader's mentions, in the same sentence or the ones around
    /// it, leaving out states that qualify another leader ("Italian Prime Minister …") and
    /// places after a preposition ("a trip to Iraq"); `nil` when two states are equally close.
    /// `mentionedIn`: the indices of the sentences that mention the entity, in order. `facts`
    /// keeps what was worked out about each sentence's states, for the next entity.
    static func nearbyState(
        of entity: Int, heldByOthers: Set<String>, in sentences: [AnalysedSentence], mentionedIn: [Int], facts: inout [StateFacts?]
    ) -> String? {
        var scores: [String: Double] = [:]
        for s in mentionedIn {
            for offset in -1...1 {
                let other = s + offset
                guard sentences.indices.contains(other) else { continue }
                let known = facts[other] ?? StateFacts(sentences[other])
                facts[other] = known
                for (n, state) in sentences[other].states.enumerated() {
                    let overlapping = known.overlappingEntity[n]
                    if overlapping == StateFacts.severalEntities || (overlapping >= 0 && overlapping != entity) { continue }
                    if known.quotedOrGoverned[n] { continue }
                    let weight = (offset == 0 ? 2.0 : 1.0) * (state.form == .seat ? 2.0 : 1.0) * (heldByOthers.contains(state.code) ? 0.2 : 1.0)
                    scores[state.code, default: 0] += weight
                }
            }
        }
        // Unambiguous only: a state that ties with another is no answer.
        let ranked = scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, ranked[1].value >= best.value { return nil }
        return best.key
    }

    /// Whether state mention `n` follows a preposition or a relation verb ("with Iran, Iraq and
    /// China", "pressing the US"): then it names a place or a counterpart, not someone's own state.
    /// A list inherits what governs its first member: `previousIs` is the answer for mention `n - 1`.
    static func isGovernedOrObject(_ n: Int, in states: [StateMention], tokens: [Token], previousIs previous: Bool) -> Bool {
        var k = states[n].tokens.lowerBound - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k >= 0 else { return false }
        if RelationFinder.prepositions.contains(tokens[k].lower) || RelationLexicon.byFirstWord[tokens[k].lower] != nil { return true }
        if tokens[k].text == "," || tokens[k].lower == "and" || tokens[k].lower == "or", n > 0,
           states[n - 1].tokens.upperBound == k {
            return previous
        }
        return false
    }

    /// "Prime Minister Luís Montenegro … Montenegro said": a state name that is the surname of a
    /// leader the document names (and not the leader's own state) is that leader.
    private mutating func dropStatesThatAreLeaderNames() {
        var surnames: [String: Set<String>] = [:]
        for entity in resolver.entities where entity.words.count >= 2 {
            surnames[entity.words.last!, default: []].formUnion(entity.statedStates.keys)
        }
        guard !surnames.isEmpty else { return }
        for index in sentences.indices {
            let tokens = sentences[index].sentence.tokens
            // (The states of "China-UK" share one token: its text is looked up once.)
            var previous: (tokens: Range<Int>, stated: Set<String>?)?
            sentences[index].states.removeAll { state in
                guard state.form == .name else { return false }
                let stated = previous?.tokens == state.tokens ? previous!.stated : surnames[tokens.surface(state.tokens)]
                previous = (state.tokens, stated)
                guard let stated else { return false }
                return !stated.contains(state.code)
            }
        }
    }

    /// Full names of office holders that no title pattern caught ("Xi Jinping said …").
    private func officeHolderMentions(_ tokens: [Token], excluding leaders: [LeaderMention], recognizer: LeaderRecognizer) -> [LeaderMention] {
        var result: [LeaderMention] = []
        let leaderSpans = TokenSpans(leaders.map(\.tokens), tokenCount: tokens.count)
        var i = 0
        while i < tokens.count {
            guard recognizer.isNameWord(tokens, i), !leaderSpans.covers(i),
                  let end = recognizer.nameEnd(tokens, from: i), end - i >= 2 else { i += 1; continue }
            let name = tokens.surface(i..<end)
            if let holder = officeHolders.holder(named: name) {
                result.append(LeaderMention(tokens: i..<end, nameTokens: i..<end, name: name, title: holder.title, state: holder.code, rule: "office-holder"))
            }
            i = end
        }
        return result
    }

    /// Every name form of every known leader, with the forms that name more than one.
    private func aliasIndex() -> (entity: [String: Int], ambiguous: Set<String>, prefixes: PrefixSet) {
        var aliasToEntity: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for (e, entity) in resolver.entities.enumerated() {
            for alias in entity.aliases {
                if let other = aliasToEntity[alias], other != e { ambiguous.insert(alias) }
                aliasToEntity[alias] = e
            }
        }
        return (aliasToEntity, ambiguous, PrefixSet(aliasToEntity.keys))
    }

    private mutating func addAliasMentions(_ index: Int, aliases: (entity: [String: Int], ambiguous: Set<String>, prefixes: PrefixSet)) {
        let tokens = sentences[index].sentence.tokens
        let taken = TokenSpans(sentences[index].leaders.map(\.mention.tokens) + sentences[index].states.map(\.tokens)
            + sentences[index].organizations.map(\.tokens), tokenCount: tokens.count)
        let (aliasToEntity, ambiguous, prefixes) = aliases
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, !taken.covers(i) else { i += 1; continue }
            var matched = false
            // The spans that are aliases, shortest first; the search stops at a span no alias starts with.
            var candidates: [(length: Int, form: String, entity: Int)] = []
            var grown = ""
            for length in 1...min(4, tokens.count - i) {
                let token = tokens[i + length - 1]
                if length > 1 && token.spaceBefore { grown += " " }
                grown += token.text
                if let entity = aliasToEntity[grown] { candidates.append((length, grown, entity)) }
                if !prefixes.mayExtend(grown) { break }
            }
            for (length, form, entity) in candidates.reversed() {
                guard !ambiguous.contains(form) else { continue }
                // A capitalised word right after makes it part of a longer, other name.
                if i + length < tokens.count, tokens[i + length].kind == .word, tokens[i + length].isCapitalized,
                   !OfficeTitles.titles.contains(tokens[i + length].lower) { continue }
                var start = i
                if i > 0, OfficeTitles.honorifics.contains(tokens[i - 1].lower) { start = i - 1 }
                let mention = LeaderMention(tokens: start..<(i + length), nameTokens: i..<(i + length), name: form, title: nil, state: nil, rule: "alias")
                sentences[index].leaders.append((mention, entity))
                i += length
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        sentences[index].leaders.sort { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound }
    }
}

/// Where a sentence's states lie, indexed the first time it is asked (most sentences never are).
private struct LazyStateSpans {
    let analysed: AnalysedSentence
    private var spans: TokenSpans?

    init(_ analysed: AnalysedSentence) {
        self.analysed = analysed
    }

    /// Whether a state mention holds token `k`.
    mutating func covers(_ k: Int) -> Bool {
        if spans == nil { spans = TokenSpans(analysed.states.map(\.tokens), tokenCount: analysed.sentence.tokens.count) }
        return spans!.covers(k)
    }
}

/// The holders of a title while titles are bound to states (see `bindUntitledPeople`): all of
/// them, how many have each state stated, and those with no state stated.
private struct TitleHolders {
    let all: [Int]
    var statedCount: [String: Int] = [:]
    var open: Set<Int> = []

    init(_ holders: [Int], of entities: [LeaderEntity]) {
        WorkMeter.record(holders.count)
        all = holders
        for holder in holders {
            for state in entities[holder].statedStates.keys { statedCount[state, default: 0] += 1 }
            if entities[holder].statedStates.isEmpty { open.insert(holder) }
        }
    }
}
