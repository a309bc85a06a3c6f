import DiploGraph

/// One sentence with everything recognised in it.
struct AnalysedSentence {
    let sentence: Sentence
    var states: [StateMention] = []
    var organizations: [OrganizationMention] = []
    var leaders: [(mention: LeaderMention, entity: Int)] = []
    var titles: [LeaderRecognizer.TitleMention] = []
    var agreements: [AgreementMention] = []
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
        for sentence in sentences {
            for mention in recognizer.mentions(in: sentence.tokens) {
                let form = sentence.tokens.surface(mention.tokens)
                if !(gazetteer.entries(for: form).first?.isAmbiguous ?? true) { confirmed.insert(mention.code) }
            }
        }
        recognizer.confirmedStates = confirmed
        // Pass 2: everything, sentence by sentence.
        var stateCounts: [String: Int] = [:]
        for sentence in sentences {
            var analysed = AnalysedSentence(sentence: sentence)
            analysed.organizations = OrganizationRecognizer().mentions(in: sentence.tokens)
            analysed.states = recognizer.mentions(in: sentence.tokens).filter { state in
                !analysed.organizations.contains { $0.tokens.overlaps(state.tokens) }
            }
            for state in analysed.states { stateCounts[state.code, default: 0] += 1 }
            let leaderRecognizer = LeaderRecognizer(states: analysed.states, organizations: analysed.organizations)
            let (leaders, titles) = leaderRecognizer.mentions(in: sentence.tokens)
            for mention in leaders + officeHolderMentions(sentence.tokens, excluding: leaders, recognizer: leaderRecognizer) {
                analysed.leaders.append((mention, resolver.add(mention)))
            }
            analysed.titles = titles
            analysed.agreements = AgreementRecognizer(states: analysed.states).mentions(in: sentence.tokens)
            self.sentences.append(analysed)
        }
        mainState = stateCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        var holdersByName: [String: OfficeHolder] = [:]
        for entity in resolver.entities {
            for form in entity.forms.union([entity.name]) {
                if let holder = officeHolders.holder(named: form) { holdersByName[form] = holder }
            }
        }
        resolver.assignStates(officeHolders: holdersByName, mainState: mainState)
        // Pass 3: bare surnames and "Mr Straw" for the people already known.
        for index in self.sentences.indices { addAliasMentions(index) }
    }

    /// Full names of office holders that no title pattern caught ("Xi Jinping said …").
    private func officeHolderMentions(_ tokens: [Token], excluding leaders: [LeaderMention], recognizer: LeaderRecognizer) -> [LeaderMention] {
        var result: [LeaderMention] = []
        var i = 0
        while i < tokens.count {
            guard recognizer.isNameWord(tokens, i), !leaders.contains(where: { $0.tokens.contains(i) }),
                  let end = recognizer.nameEnd(tokens, from: i), end - i >= 2 else { i += 1; continue }
            let name = tokens.surface(i..<end)
            if let holder = officeHolders.holder(named: name) {
                result.append(LeaderMention(tokens: i..<end, nameTokens: i..<end, name: name, title: holder.title, state: holder.code, rule: "office-holder"))
            }
            i = end
        }
        return result
    }

    private mutating func addAliasMentions(_ index: Int) {
        let tokens = sentences[index].sentence.tokens
        let taken = sentences[index].leaders.map(\.mention.tokens) + sentences[index].states.map(\.tokens)
            + sentences[index].organizations.map(\.tokens)
        var aliasToEntity: [String: Int] = [:]
        var ambiguous: Set<String> = []
        for (e, entity) in resolver.entities.enumerated() {
            for alias in entity.aliases {
                if let other = aliasToEntity[alias], other != e { ambiguous.insert(alias) }
                aliasToEntity[alias] = e
            }
        }
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized, !taken.contains(where: { $0.contains(i) }) else { i += 1; continue }
            var matched = false
            for length in stride(from: min(4, tokens.count - i), through: 1, by: -1) {
                let form = tokens.surface(i..<(i + length))
                guard let entity = aliasToEntity[form], !ambiguous.contains(form) else { continue }
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
