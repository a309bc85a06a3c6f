/// Finds agreements in a sentence: an agreement noun with the modifiers that name it
/// ("won-yuan currency exchange", "Kyoto Protocol"), its subject ("agreement on climate"),
/// counted groups with topic lists ("seven agreements, including on innovation, … and elderly
/// care"), and an owner ("Seoul's plan", "its plan").
struct AgreementRecognizer {
    let states: [StateMention]
    let organizations: [OrganizationMention]
    /// Where the states and the organisations lie in the sentence's tokens, and (when there are
    /// too many states to read one by one) the states named by name rather than by demonym.
    private let stateSpans: TokenSpans
    private let nonDemonymSpans: TokenSpans?
    private let organizationSpans: TokenSpans

    /// A recognizer for a sentence of `tokenCount` tokens whose states and organisations are known.
    init(states: [StateMention], organizations: [OrganizationMention], tokenCount: Int) {
        self.states = states
        self.organizations = organizations
        stateSpans = TokenSpans(states.map(\.tokens), tokenCount: tokenCount)
        nonDemonymSpans = states.count > TokenSpans.scanLimit
            ? TokenSpans(states.filter { $0.form != .demonym }.map(\.tokens), tokenCount: tokenCount)
            : nil
        organizationSpans = TokenSpans(organizations.map(\.tokens), tokenCount: tokenCount)
    }

    /// Whether a state named by name (not by demonym) holds token `k`.
    private func isInsideStateName(_ k: Int) -> Bool {
        nonDemonymSpans?.covers(k) ?? states.contains { $0.tokens.contains(k) && $0.form != .demonym }
    }

    func mentions(in tokens: [Token]) -> [AgreementMention] {
        var result: [AgreementMention] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.kind == .word, let head = AgreementLexicon.nouns[token.lower], isNoun(tokens, i) else { i += 1; continue }
            // Skip a noun that modifies a following noun ("deal framework", "ceasefire line").
            if i + 1 < tokens.count, AgreementLexicon.nouns[tokens[i + 1].lower] != nil, head != "swap" { i += 1; continue }
            if i + 1 < tokens.count, isCompoundNoun(tokens[i + 1]) { i += 1; continue }

            let (modStart, modifiers, owner) = leftModifiers(tokens, before: i)
            let before = modStart > 0 ? tokens[modStart - 1].lower : ""
            // "no deal on …" says there is none.
            if before == "no" { i += 1; continue }
            // "there was agreement on", "to reach agreement": the mass noun, not an agreement.
            if modifiers.isEmpty && token.lower == "agreement" && !AgreementLexicon.determiners.contains(before) && owner == nil { i += 1; continue }
            // "Constitution" only as a proper name ("the European Constitution").
            if head == "constitution" && !(token.isCapitalized && modifiers.last?.first?.isUppercase == true) { i += 1; continue }
            if head == "exchange" && !modifiers.contains(where: { AgreementLexicon.exchangeSubjects.contains($0.lowercased()) }) {
                i += 1
                continue
            }
            var end = i + 1
            // "memorandum of understanding" is one name.
            if head == "memorandum", end + 1 < tokens.count, tokens[end].lower == "of", tokens[end + 1].lower == "understanding" {
                end += 2
            }
            // "Treaty of Lisbon", "Protocol of Kyoto", "code of conduct"
            var ofName: String?
            if end + 1 < tokens.count, tokens[end].lower == "of", tokens[end + 1].isCapitalized || tokens[end + 1].lower == "conduct" {
                ofName = tokens[end + 1].text
                end += 2
            }
            // "an agreement between Kenya and Ethiopia on water sharing": parties, then topics.
            var partiesNamed = false
            var partiesPhrase: String?
            if end < tokens.count, ["between", "with"].contains(tokens[end].lower) {
                var k = end + 1
                while k < tokens.count, tokens[k].lower == "and" || tokens[k].lower == "the" || tokens[k].text == ","
                        || stateSpans.covers(k) {
                    if stateSpans.covers(k) { partiesNamed = true }
                    k += 1
                }
                if partiesNamed { partiesPhrase = tokens.surface(end..<k) }
                if partiesNamed, k < tokens.count, AgreementLexicon.topicIntroducers.contains(tokens[k].lower) {
                    end = k
                }
            }
            let topics = topicList(tokens, after: end)
            let specificModifiers = modifiers.filter { !AgreementLexicon.genericModifiers.contains($0.lowercased()) }
            let needsSubject = AgreementLexicon.needsSubject.contains(head)
            let isSpecific = !specificModifiers.isEmpty || ofName != nil || !topics.items.isEmpty || partiesNamed
            if needsSubject && specificModifiers.isEmpty && ofName == nil && topics.items.isEmpty {
                i += 1
                continue
            }
            let headText = end > i + 1 && head == "memorandum" ? tokens.surface(i..<end) : token.text
            var label = (specificModifiers + [headText]).joined(separator: " ")
            if let ofName { label += " of \(ofName)" }
            let singular = headText == token.text ? head : "memorandum of understanding"
            if specificModifiers.isEmpty && ofName == nil { label = singular }
            // "agreement between Kenya and Ethiopia": named by its parties when nothing else names it.
            if specificModifiers.isEmpty && ofName == nil && topics.items.isEmpty, let partiesPhrase { label = "\(singular) \(partiesPhrase)" }
            // Capitalised heads keep their case ("Kyoto Protocol"); plural heads become singular.
            if token.lower != head && !token.isCapitalized {
                label = (specificModifiers + [singular]).joined(separator: " ")
            }
            result.append(AgreementMention(
                tokens: modStart..<max(end, topics.end), label: label, topics: topics.items, topicConnective: topics.introducer,
                owner: owner, isSpecific: isSpecific, isCountedGroup: token.lower != head,
                phrase: topics.items.isEmpty ? phrase(tokens, from: modStart, after: end) : nil,
                rule: topics.items.isEmpty ? "agreement-noun" : "agreement-topics"))
            i = max(end, topics.end)
        }
        return result
    }

    /// The noun phrase with what follows it, up to the end of the clause or eight words.
    private func phrase(_ tokens: [Token], from start: Int, after end: Int) -> String? {
        var k = end
        while k < tokens.count, k - end < 8 {
            let t = tokens[k]
            if t.kind == .punctuation && !["-", "'s", "\u{2019}s", "'"].contains(t.text) { break }
            if AgreementLexicon.phraseStops.contains(t.lower) { break }
            // "… exchange and agreements on …": a new item, not part of this phrase.
            if t.lower == "and", k + 1 < tokens.count, tokens[k + 1].isLowercaseWord { break }
            k += 1
        }
        return k > end ? tokens.surface(start..<k) : nil
    }

    /// "agreed to open a bus link", "the decision by India and Pakistan to open …": the agreed
    /// action as an agreement, named by its object.
    func actionMentions(in tokens: [Token], excluding taken: [AgreementMention]) -> [AgreementMention] {
        var result: [AgreementMention] = []
        let takenSpans = TokenSpans(taken.map(\.tokens), tokenCount: tokens.count)
        for i in tokens.indices where AgreementLexicon.actionOpeners.contains(tokens[i].lower) {
            var k = i + 1
            var partyTokens: Range<Int>?
            if tokens[i].lower == "decision", k < tokens.count, tokens[k].lower == "by" {
                let partyStart = k + 1
                while k < tokens.count, k - i <= 8, tokens[k].lower != "to" { k += 1 }
                partyTokens = partyStart..<k
            }
            guard k + 2 < tokens.count, tokens[k].lower == "to" else { continue }
            let verb = tokens[k + 1]
            guard verb.isLowercaseWord, !AgreementLexicon.determiners.contains(verb.lower), !["be", "the", "a"].contains(verb.lower) else { continue }
            var words: [Token] = []
            // Where each of `words` stands in the sentence.
            var positions: [Int] = []
            var j = k + 2
            while j < tokens.count, words.count < 8 {
                let t = tokens[j]
                if t.kind == .punctuation {
                    if ["\"", "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "-"].contains(t.text) { j += 1; continue }
                    break
                }
                if AgreementLexicon.phraseStops.contains(t.lower) || (t.lower == "and" && words.count >= 2) || ["by", "within", "until", "from"].contains(t.lower) { break }
                if t.isLowercaseWord && t.lower.hasSuffix("ing") && words.count >= 2 && !RelationFinder.prepositions.contains(words.last!.lower) { break }
                // "restore relations in a deal brokered by …": the named agreement ends the action.
                if takenSpans.covers(j) { break }
                words.append(t)
                positions.append(j)
                j += 1
            }
            while let first = words.first, AgreementLexicon.determiners.contains(first.lower) || first.lower == "their" || first.lower == "respective" {
                words.removeFirst()
                positions.removeFirst()
            }
            while let last = words.last, AgreementLexicon.leftStops.contains(last.lower) {
                words.removeLast()
                positions.removeLast()
            }
            // An agreement inside ("agreed to sign a treaty") is that agreement's business, and an
            // actor ("agreed to instruct the World Bank") is no agreement at all.
            guard let first = positions.first, !takenSpans.overlaps((k + 1)..<j) else { continue }
            if stateSpans.covers(first) || organizationSpans.covers(first) { continue }
            // "cooperate on minerals", "set up a commission": the verb stays with its particle.
            let startsWithPreposition = RelationFinder.prepositions.contains(words[0].lower)
                || ["up", "out", "off", "down", "back"].contains(words[0].lower)
            let label = (words.count == 1 || startsWithPreposition ? [verb.text] : []) + words.map(\.text)
            result.append(AgreementMention(
                tokens: (k + 1)..<j, label: label.joined(separator: " "), topics: [], owner: nil, isSpecific: true,
                phrase: tokens.surface((k + 1)..<j), partyTokens: partyTokens, rule: "agreed-action"))
        }
        return result
    }

    /// Whether `next` continues a noun compound ("line" in "ceasefire line"): a lower-case word
    /// that is not a function word and does not look like a verb.
    private func isCompoundNoun(_ next: Token) -> Bool {
        guard next.isLowercaseWord else { return false }
        let word = next.lower
        if AgreementLexicon.leftStops.contains(word) || AgreementLexicon.topicIntroducers.contains(word)
            || AgreementLexicon.phraseStops.contains(word) || RelationFinder.prepositions.contains(word)
            || RelationFinder.auxiliaries.contains(word) {
            return false
        }
        return !(word.hasSuffix("ed") || word.hasSuffix("s") || word.hasSuffix("ing") || word == "now" || word == "also"
                 || AgreementLexicon.irregularPastVerbs.contains(word))
    }

    /// Whether the agreement word is used as a noun here ("plans to", "to deal with" are verbs).
    private func isNoun(_ tokens: [Token], _ i: Int) -> Bool {
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        let previous = i > 0 ? tokens[i - 1].lower : ""
        if ["plan", "plans", "deal", "deals", "code", "exchange", "swap", "pact"].contains(tokens[i].lower) {
            if ["to", "will", "would", "can", "could", "must", "should", "may", "might", "not", "also"].contains(previous) { return false }
            if tokens[i].lower.hasPrefix("plan") && next == "to" { return false }
            if tokens[i].lower.hasPrefix("deal") && next == "with" && (previous == "" || !["a", "the", "this", "that"].contains(previous)) && !tokens[i].isCapitalized {
                return previous.isEmpty || AgreementLexicon.genericModifiers.contains(previous)
            }
        }
        return true
    }

    /// Modifiers left of the noun, and the owner named by a possessive before them.
    private func leftModifiers(_ tokens: [Token], before i: Int) -> (Int, [String], String?) {
        var k = i - 1
        var modifiers: [String] = []
        var start = i
        while k >= 0, modifiers.count < 4 {
            let t = tokens[k]
            if t.kind == .punctuation && ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"].contains(t.text) && !modifiers.isEmpty == false && k == i - 1 {
                k -= 1
                continue
            }
            if t.kind == .punctuation && t.text != "-" { break }
            if t.kind == .number { break }
            if AgreementLexicon.leftStops.contains(t.lower) { break }
            if t.isLowercaseWord && (t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing")) && !AgreementLexicon.exchangeSubjects.contains(t.lower) && t.lower != "binding" { break }
            if isInsideStateName(k) { break }
            modifiers.insert(t.text, at: 0)
            start = k
            k -= 1
        }
        var owner: String?
        if k >= 0, tokens[k].isPossessive, let mention = stateSpans.last(endingAt: k).map({ states[$0] }) {
            owner = mention.code
            start = mention.tokens.lowerBound
        } else if k >= 0, ["its", "their"].contains(tokens[k].lower),
                  let mention = stateSpans.lastEnding(atOrBefore: k).map({ states[$0] }) {
            owner = mention.code
        } else if let demonym = stateSpans.first(endingAt: i, where: { states[$0].form == .demonym }).map({ states[$0] }) {
            owner = demonym.code
        }
        return (start, modifiers, owner)
    }

    /// "on innovation, online crime prevention and elderly care": the topics and where they end.
    private func topicList(_ tokens: [Token], after start: Int) -> (items: [String], end: Int, introducer: String) {
        var k = start
        if k < tokens.count, tokens[k].text == "," { k += 1 }
        guard k < tokens.count, AgreementLexicon.topicIntroducers.contains(tokens[k].lower) else { return ([], start, "on") }
        let introducer = tokens[k].lower
        k += 1
        if introducer == "including", k < tokens.count, ["on", "in"].contains(tokens[k].lower) { k += 1 }
        var items: [String] = []
        var current: [Token] = []
        func finish() {
            var words = current.map(\.text)
            for prefix in AgreementLexicon.topicPrefixes where words.count > prefix.count && words.prefix(prefix.count).map({ $0.lowercased() }) == prefix {
                words.removeFirst(prefix.count)
            }
            while words.count > 1, AgreementLexicon.topicSuffixes.contains(words.last!.lowercased()) { words.removeLast() }
            if !words.isEmpty { items.append(words.joined(separator: " ")) }
            current = []
        }
        while k < tokens.count {
            let t = tokens[k]
            if t.text == "," || t.lower == "and" || t.lower == "or" {
                if current.isEmpty { k += 1; continue }
                finish()
                k += 1
                continue
            }
            if t.kind == .punctuation && t.text != "-" { break }
            if AgreementLexicon.topicStops.contains(t.lower) { break }
            // An item that is an agreement of its own ("a won-yuan currency exchange") ends the list.
            if AgreementLexicon.nouns[t.lower] != nil && t.lower != "exchange" { break }
            if current.count >= 5 { break }
            current.append(t)
            k += 1
        }
        if !current.isEmpty && !(current.last.map { AgreementLexicon.nouns[$0.lower] != nil } ?? false) { finish() }
        // "including a won-yuan currency exchange": that item is its own agreement, not a topic.
        items = items.filter { item in !item.split(separator: " ").contains { AgreementLexicon.nouns[$0.lowercased()] != nil } }
        // A topic list needs real topics: "for two years" or "over the weekend" are not.
        items = items.filter { item in
            let words = item.split(separator: " ").map { $0.lowercased() }
            return !words.allSatisfy { AgreementLexicon.genericModifiers.contains($0) || Int($0) != nil }
                && !["years", "months", "weeks", "days", "year", "month", "week", "weekend", "decades", "time"].contains(words.last ?? "")
                && !AgreementLexicon.topicStops.contains(words.first ?? "")
        }
        // "including" and "covering" introduce lists of subjects: the label says "on".
        let connective = ["for", "over", "about"].contains(introducer) ? introducer : "on"
        return (items, items.isEmpty ? start : k, connective)
    }
}
