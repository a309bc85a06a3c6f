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
    /// Who the people named are, at the document's date (or in the era its leaders date it to).
    private(set) var known: KnownPeople
    private(set) var sentences: [AnalysedSentence] = []
    private(set) var resolver = LeaderResolver()
    /// The state the document is most about (most mentions), for leaders with no other clue.
    private(set) var mainState: String?

    init(sentences: [Sentence], gazetteer: Gazetteer, known: KnownPeople) {
        self.gazetteer = gazetteer
        self.known = known
        let sentences = sentences.map(HeadlineCase.normalized)
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
        // Pass 2: everything, sentence by sentence; names the knowledge base knows without a
        // title wait until the titled ones have dated an undated document.
        var stateCounts: [String: Int] = [:]
        var titledPeople: Set<ActorID> = []
        var untitled: [(sentence: Int, name: KnownName)] = []
        var fullNames = FullNames()
        for (s, sentence) in sentences.enumerated() {
            WorkMeter.record(sentence.tokens.count)
            var analysed = AnalysedSentence(sentence: sentence)
            analysed.organizations = OrganizationRecognizer().mentions(in: sentence.tokens)
            let stateMentions = firstReadings[s] ?? recognizer.mentions(in: sentence.tokens)
            let organizationSpans = TokenSpans(analysed.organizations.map(\.tokens), tokenCount: sentence.tokens.count)
            analysed.states = stateMentions.filter { !organizationSpans.overlaps($0.tokens) && !Self.isInPersonsName($0, sentence.tokens) }
            for state in analysed.states { stateCounts[state.code, default: 0] += 1 }
            let leaderRecognizer = LeaderRecognizer(
                states: analysed.states, organizations: analysed.organizations, tokenCount: sentence.tokens.count)
            let (titled, titles, inactive) = leaderRecognizer.mentions(in: sentence.tokens)
            analysed.inactive = inactive
            let nameKeys = TokenNameKeys(sentence.tokens)
            let leaders = titled.map { identified($0, keys: nameKeys) }
            for mention in leaders {
                analysed.leaders.append((mention, resolver.add(mention)))
                if let actor = mention.actor { titledPeople.insert(actor) }
            }
            for candidate in knownNames(
                sentence.tokens, keys: nameKeys, excluding: leaders.map(\.tokens) + inactive,
                organizations: organizationSpans, recognizer: leaderRecognizer, fullNames: &fullNames) {
                untitled.append((s, candidate))
            }
            analysed.titles = titles
            let agreementRecognizer = AgreementRecognizer(
                states: analysed.states, organizations: analysed.organizations, tokenCount: sentence.tokens.count)
            let agreements = agreementRecognizer.mentions(in: sentence.tokens)
            analysed.agreements = (agreements + agreementRecognizer.actionMentions(in: sentence.tokens, excluding: agreements))
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            self.sentences.append(analysed)
        }
        if self.known.date == nil {
            // Dated by the leaders named with a title; failing those, by the people the text
            // names in full whom the knowledge base knows as one person.
            let named = untitled.filter { $0.name.mention.nameTokens.count >= 2 && $0.name.people.count == 1 }
            self.known.era = self.known.era(of: titledPeople) ?? self.known.era(of: Set(named.flatMap(\.name.people)))
        }
        self.known.documentStates = Set(stateCounts.keys)
        addKnownPeople(untitled, fullNames: fullNames)
        identifyByFamilyName()
        dropStatesThatAreLeaderNames()
        mainState = stateCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        bindUntitledPeople()
        // Bare surnames first, so that context around every mention decides a state …
        var aliases = aliasIndex()
        for index in self.sentences.indices { addAliasMentions(index, aliases: aliases) }
        let sentencesSoFar = self.sentences
        var mentionedIn: [Int: [Int]] = [:]
        for (s, analysed) in sentencesSoFar.enumerated() {
            for entity in Set(analysed.leaders.map(\.entity)) { mentionedIn[entity, default: []].append(s) }
        }
        var facts = [StateFacts?](repeating: nil, count: sentencesSoFar.count)
        resolver.assignStates(nearbyState: {
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
            for i in tokens.indices.dropLast() where OfficeTitles.honorifics.contains(wordAt: i, in: tokens) {
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
                if !LeaderRecognizer.nameStopwords.contains(tokens[k - 1].text), !OfficeTitles.honorifics.contains(wordAt: k - 1, in: tokens),
                   !OfficeTitles.titles.contains(wordAt: k - 1, in: tokens), !states.covers(k - 1) {
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

    /// Whether a state or capital stands inside a person's name: after a name particle that
    /// follows a capitalised word ("Maria de Lima", "Joao da Costa"), not after "of".
    static func isInPersonsName(_ state: StateMention, _ tokens: [Token]) -> Bool {
        let k = state.tokens.lowerBound - 1
        guard k >= 1, state.form == .capital || state.form == .name, tokens[k].isLowercaseWord,
              OfficeTitles.nameParticles.contains(wordAt: k, in: tokens) else { return false }
        return tokens[k - 1].kind == .word && tokens[k - 1].isCapitalized
    }

    /// Whether state mention `n` follows a preposition or a relation verb ("with Iran, Iraq and
    /// China", "pressing the US"): then it names a place or a counterpart, not someone's own state.
    /// A list inherits what governs its first member: `previousIs` is the answer for mention `n - 1`.
    static func isGovernedOrObject(_ n: Int, in states: [StateMention], tokens: [Token], previousIs previous: Bool) -> Bool {
        var k = states[n].tokens.lowerBound - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k >= 0 else { return false }
        if RelationFinder.prepositions.contains(wordAt: k, in: tokens) || RelationLexicon.byFirstWord[wordAt: k, in: tokens] != nil { return true }
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

    /// A mention a title pattern found, with who the knowledge base says its name is: the
    /// person among those of that name who served the state the text names, or who held office
    /// at the document's date.
    private func identified(_ mention: LeaderMention, keys: TokenNameKeys) -> LeaderMention {
        let people = known.people(named: mention.nameTokens, keys: keys)
        guard !people.isEmpty else { return mention }
        return withKnowledge(mention, known.answer(for: people, statedState: mention.state, mustHoldOffice: false))
    }

    /// `mention` with the knowledge base's answer for its name.
    private func withKnowledge(_ mention: LeaderMention, _ answer: KnownPeople.Answer) -> LeaderMention {
        var mention = mention
        switch answer {
        case .person(let id):
            mention.actor = id
            mention.canonicalName = known.actor(id).name
            mention.knownState = known.state(of: id)
        case .state(let code):
            mention.knownState = code
        case .unknown:
            break
        }
        return mention
    }

    /// Names the knowledge base knows, written without a title ("Vladimir Putin said …",
    /// "Obama's visit"): whole capitalised names, not part of a longer one, and not someone
    /// named as an organisation's ("U.N. mediator X", "X, the UN relief coordinator"). Each
    /// holds the people filed under the name; which of them it is, if any, ``addKnownPeople``
    /// decides. Every name of several words is noted in `fullNames`.
    private func knownNames(
        _ tokens: [Token], keys: TokenNameKeys, excluding taken: [Range<Int>], organizations: TokenSpans,
        recognizer: LeaderRecognizer, fullNames: inout FullNames
    ) -> [KnownName] {
        var result: [KnownName] = []
        let takenSpans = TokenSpans(taken, tokenCount: tokens.count)
        var i = 0
        while i < tokens.count {
            guard recognizer.isNameWord(tokens, i), !takenSpans.covers(i),
                  let end = recognizer.nameEnd(tokens, from: i) else { i += 1; continue }
            defer { i = end }
            let people = known.people(named: i..<end, keys: keys)
            if end - i >= 2 { fullNames.note(lastWord: tokens[end - 1].lower, people: people) }
            guard !people.isEmpty, !(i..<end).contains(where: { takenSpans.covers($0) }),
                  !Self.actsForOrganization(i..<end, in: tokens, organizations: organizations) else { continue }
            let mention = LeaderMention(
                tokens: i..<end, nameTokens: i..<end, name: tokens.surface(i..<end), title: nil, state: nil, rule: "known-person")
            result.append(KnownName(mention: mention, people: people))
        }
        return result
    }

    /// Whether the name at `name` is given an organisation's role: an organisation and
    /// lower-case words right before it ("U.N. mediator", "UN special envoy"), or after a comma
    /// or "of" right after it ("X, the UN relief coordinator", "X of the World Bank").
    static func actsForOrganization(_ name: Range<Int>, in tokens: [Token], organizations: TokenSpans) -> Bool {
        var k = name.lowerBound - 1
        var roleWords = 0
        while k >= 0, tokens[k].isLowercaseWord, roleWords < 3 { k -= 1; roleWords += 1 }
        if roleWords > 0, k >= 0, organizations.first(endingAt: k + 1) != nil { return true }
        var j = name.upperBound
        guard j < tokens.count, tokens[j].text == "," || tokens[j].lower == "of" else { return false }
        j += 1
        if j < tokens.count, ["the", "a", "an"].contains(tokens[j].lower) { j += 1 }
        return organizations.first(startingAt: j) != nil
    }

    /// Leaders named by a title and one name ("President Bush", "Chancellor Schroeder") whom no
    /// fuller name identified: the one person of that family name in government or military
    /// office at the document's date (or era) who served the state the text names, if it names
    /// one. Several such people of one state give that state; people of several states, nothing.
    private mutating func identifyByFamilyName() {
        for i in resolver.entities.indices {
            let entity = resolver.entities[i]
            guard entity.actor == nil, entity.knownState == nil, entity.words.count == 1, !entity.titles.isEmpty else { continue }
            let people = known.base.people(withFamilyName: entity.words[0])
            guard !people.isEmpty else { continue }
            let stated = entity.statedStates.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            switch known.answer(for: people, statedState: stated, mustHoldOffice: true) {
            case .person(let id):
                resolver.identify(i, as: id, name: known.actor(id).name, state: known.state(of: id))
            case .state(let code):
                resolver.identify(i, as: nil, name: nil, state: code)
            case .unknown:
                break
            }
        }
    }

    /// Adds the names ``knownNames`` found that are people in government or military office at
    /// the document's date, or in the era its titled leaders date it to (at any date when
    /// neither is known). A name of one word ("Obama") must name one person, and no other name
    /// of the document may end with it ("Mr Kennedy" after "Charles Kennedy" is not the
    /// president).
    private mutating func addKnownPeople(_ found: [(sentence: Int, name: KnownName)], fullNames: FullNames) {
        var touched: Set<Int> = []
        for (s, name) in found {
            let answer = known.answer(for: name.people, statedState: nil, mustHoldOffice: true)
            guard answer != .unknown else { continue }
            if name.mention.nameTokens.count == 1 {
                guard case .person(let id) = answer,
                      !fullNames.namesOther(than: id, endingWith: sentences[s].sentence.tokens[name.mention.nameTokens.lowerBound].lower)
                else { continue }
            }
            let identified = withKnowledge(name.mention, answer)
            sentences[s].leaders.append((identified, resolver.add(identified)))
            touched.insert(s)
        }
        for s in touched { sentences[s].leaders.sort { $0.mention.tokens.lowerBound < $1.mention.tokens.lowerBound } }
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
                   !OfficeTitles.titles.contains(wordAt: i + length, in: tokens) { continue }
                var start = i
                if i > 0, OfficeTitles.honorifics.contains(wordAt: i - 1, in: tokens) { start = i - 1 }
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

/// The names of several words a document writes, by their last word, with the people the
/// knowledge base files under each (none for a name it does not know).
private struct FullNames {
    private var byLastWord: [String: [[ActorID]]] = [:]

    mutating func note(lastWord: String, people: [ActorID]) {
        byLastWord[lastWord, default: []].append(people)
    }

    /// Whether some full name ending with `word` is not person `id`'s.
    func namesOther(than id: ActorID, endingWith word: String) -> Bool {
        (byLastWord[word] ?? []).contains { !$0.contains(id) }
    }
}

/// A name the actor knowledge base holds, as the text writes it, and the people filed under it.
private struct KnownName {
    let mention: LeaderMention
    let people: [ActorID]
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
