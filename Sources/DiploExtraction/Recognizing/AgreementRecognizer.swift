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

    /// Whether a state named by its capital ("Hanoi") holds token `k`.
    private func isInsideCapital(_ k: Int) -> Bool {
        stateSpans.covers(k) && states.contains { $0.tokens.contains(k) && $0.form == .capital }
    }

    func mentions(in tokens: [Token]) -> [AgreementMention] {
        var result: [AgreementMention] = []
        var i = 0
        while i < tokens.count {
            // (The token is copied only once it heads an agreement noun: a copy retains its text.)
            guard tokens[i].kind == .word, let head = AgreementLexicon.nouns[wordAt: i, in: tokens], isNoun(tokens, i) else { i += 1; continue }
            let token = tokens[i]
            // Skip a noun that modifies a following noun ("deal framework", "ceasefire line").
            if i + 1 < tokens.count, AgreementLexicon.nouns[wordAt: i + 1, in: tokens] != nil, head != "swap" { i += 1; continue }
            if i + 1 < tokens.count, isCompoundNoun(tokens[i + 1]) { i += 1; continue }

            var (modStart, modifierTokens, owner) = leftModifiers(tokens, before: i)
            let modifiers = modifierTokens.map { tokens[$0].text }
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
                if partiesNamed, k < tokens.count, AgreementLexicon.topicIntroducers.contains(wordAt: k, in: tokens) {
                    end = k
                }
            }
            let topics = topicList(tokens, after: end)
            let specificTokens = specificModifiers(tokens, modifierTokens)
            let specificModifiers = Self.words(tokens, specificTokens)
            let needsSubject = AgreementLexicon.needsSubject.contains(head)
            // "a Kyoto-style treaty", "a business-friendly deal": a kind of agreement, not one.
            let namesAKind = modifierTokens.contains { AgreementLexicon.isKindModifier(tokens[$0].lower) }
                || modifierTokens.first.map { $0 > 0 && tokens[$0 - 1].text == "-" && AgreementLexicon.kindSuffixes.contains(wordAt: $0, in: tokens) } == true
                || modifierTokens.indices.dropFirst().contains { tokens[modifierTokens[$0 - 1]].text == "-"
                    && AgreementLexicon.kindSuffixes.contains(tokens[modifierTokens[$0]].lower) }
            // "Peru and Chile's agreement": the coordinated owners are its parties, and name it.
            var coordinatedOwners: Range<Int>?
            if owner != nil, !partiesNamed, let owners = coordinatedOwnerSpan(tokens, endingBefore: modifierTokens.first ?? i) {
                coordinatedOwners = owners
                owner = nil
            }
            // "as the most important economic agreement …": a description of an agreement already
            // named, not a new one.
            let isPredicate = modStart >= 2 && AgreementLexicon.determiners.contains(before) && tokens[modStart - 2].lower == "as"
            // "agreed a ceasefire", "adopted a roadmap": an agreement noun that alone names a deal
            // once parties adopt it.
            let isAdopted = AgreementLexicon.namedByAdoption.contains(head) && specificModifiers.isEmpty
                && modStart >= 2 && ["a", "an", "the"].contains(before) && AgreementLexicon.adoptionVerbs.contains(wordAt: modStart - 2, in: tokens)
            let isSpecific = !namesAKind && !isPredicate
                && (!specificModifiers.isEmpty || ofName != nil || !topics.items.isEmpty || partiesNamed || coordinatedOwners != nil || isAdopted)
            if needsSubject && specificModifiers.isEmpty && ofName == nil && topics.items.isEmpty {
                i += 1
                continue
            }
            let headText = end > i + 1 && head == "memorandum" ? tokens.surface(i..<end) : token.text
            var label = specificModifiers.isEmpty ? headText : "\(specificModifiers) \(headText)"
            if let ofName { label += " of \(ofName)" }
            let singular = headText == token.text ? head : "memorandum of understanding"
            if specificModifiers.isEmpty && ofName == nil { label = singular }
            // "agreement between Kenya and Ethiopia": named by its parties when nothing else names it.
            if specificModifiers.isEmpty && ofName == nil && topics.items.isEmpty, let partiesPhrase { label = "\(singular) \(partiesPhrase)" }
            if specificModifiers.isEmpty && ofName == nil && topics.items.isEmpty, let coordinatedOwners {
                label = "\(singular) between \(ownerNames(tokens, in: coordinatedOwners))"
            }
            // Capitalised heads keep their case ("Kyoto Protocol"); plural heads become singular.
            if token.lower != head && !token.isCapitalized {
                label = specificModifiers.isEmpty ? singular : "\(specificModifiers) \(singular)"
            }
            if let coordinatedOwners { modStart = coordinatedOwners.lowerBound }
            result.append(AgreementMention(
                tokens: modStart..<max(end, topics.end), label: label, topics: topics.items, topicConnective: topics.introducer,
                owner: owner, isSpecific: isSpecific, isCountedGroup: token.lower != head,
                phrase: topics.items.isEmpty ? phrase(tokens, from: modStart, after: end) : nil,
                partyTokens: coordinatedOwners,
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
            if AgreementLexicon.phraseStops.contains(t) { break }
            // "… exchange and agreements on …": a new item, not part of this phrase.
            if t.lower == "and", k + 1 < tokens.count, tokens[k + 1].isLowercaseWord { break }
            k += 1
        }
        return k > end ? tokens.surface(start..<k) : nil
    }

    /// "agreed to open a bus link", "the decision by India and Pakistan to open …", "agreed with
    /// Chile to build …": the agreed action as an agreement, named by its verb and object. Who
    /// agreed is the graph builder's to judge: an action one party decides is no agreement.
    func actionMentions(in tokens: [Token], excluding taken: [AgreementMention]) -> [AgreementMention] {
        var result: [AgreementMention] = []
        let takenSpans = TokenSpans(taken.map(\.tokens), tokenCount: tokens.count)
        for i in tokens.indices where AgreementLexicon.actionOpeners.contains(wordAt: i, in: tokens) {
            var k = i + 1
            var partyTokens: Range<Int>?
            if tokens[i].lower == "decision", k < tokens.count, tokens[k].lower == "by" {
                let partyStart = k + 1
                while k < tokens.count, k - i <= 8, tokens[k].lower != "to" { k += 1 }
                partyTokens = partyStart..<k
            } else if k < tokens.count, tokens[k].lower == "with" {
                // "agreed with Chile to …": the partner named between.
                var partner = k + 1
                while partner < tokens.count, stateSpans.covers(partner) || ["and", "the", ","].contains(tokens[partner].lower) { partner += 1 }
                if partner > k + 1, partner < tokens.count, tokens[partner].lower == "to" { k = partner }
            }
            guard k + 2 < tokens.count, tokens[k].lower == "to" else { continue }
            let verb = tokens[k + 1]
            guard verb.isLowercaseWord, !AgreementLexicon.determiners.contains(verb), !["be", "the", "a"].contains(verb.lower) else { continue }
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
                if AgreementLexicon.phraseStops.contains(t) || (t.lower == "and" && words.count >= 2) || ["by", "within", "until", "from"].contains(t.lower) { break }
                if t.isLowercaseWord && t.lower.hasSuffix("ing") && words.count >= 2 && !RelationFinder.prepositions.contains(words.last!.lower) { break }
                // "restore relations in a deal brokered by …": the named agreement ends the action.
                if takenSpans.covers(j) { break }
                words.append(t)
                positions.append(j)
                j += 1
            }
            while let first = words.first, AgreementLexicon.determiners.contains(first) || first.lower == "their" || first.lower == "respective" {
                words.removeFirst()
                positions.removeFirst()
            }
            while let last = words.last, AgreementLexicon.leftStops.contains(last) {
                words.removeLast()
                positions.removeLast()
            }
            // An agreement inside ("agreed to sign a treaty") is that agreement's business, and an
            // actor ("agreed to instruct the World Bank") is no agreement at all.
            guard let first = positions.first, !takenSpans.overlaps((k + 1)..<j) else { continue }
            if stateSpans.covers(first) || organizationSpans.covers(first) { continue }
            // The thing agreed on: "set up a commission" (after a particle), not "meet again",
            // "cooperate on minerals" or "sign up".
            let objectStart = AgreementLexicon.particles.contains(wordAt: 0, in: words) ? 1 : 0
            guard objectStart < words.count else { continue }
            let object = words[objectStart]
            if object.kind != .word || RelationFinder.prepositions.contains(object) || AgreementLexicon.noObject.contains(object)
                || (object.isLowercaseWord && object.lower.hasSuffix("ly")) { continue }
            // Verb, particle and object as written, without quotation marks ("create Television Sur").
            let labelTokens = [k + 1] + ((k + 2)...positions.last!).filter { tokens[$0].kind != .punctuation || tokens[$0].text == "-" }
            result.append(AgreementMention(
                tokens: (k + 1)..<j, label: Self.words(tokens, labelTokens), topics: [], owner: nil, isSpecific: true,
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
            // "they deal with", "countries deal directly with": the verb. "Peru's deal with Chile",
            // "a trade deal with", "a $10 billion deal with": the noun.
            if tokens[i].lower.hasPrefix("deal") && next == "with" && !tokens[i].isCapitalized {
                return !AgreementLexicon.verbDealSubjects.contains(previous) && !previous.hasSuffix("ly")
            }
        }
        return true
    }

    /// Modifiers left of the noun (their token indices, in order), and the owner named by a
    /// possessive before them. An amount ("$10 billion") is a modifier; a modifier run never starts
    /// with a hyphen or other punctuation (a fragment of a cut compound).
    private func leftModifiers(_ tokens: [Token], before i: Int) -> (Int, [Int], String?) {
        var k = i - 1
        var modifiers: [Int] = []
        var start = i
        while k >= 0, modifiers.count < 4 {
            let t = tokens[k]
            if t.kind == .punctuation && ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"].contains(t.text) && modifiers.isEmpty && k == i - 1 {
                k -= 1
                continue
            }
            // "$10 billion", "10-year": an amount or a count is part of the name.
            let isAmount = t.kind == .number || (AgreementLexicon.currencySigns.contains(t.text) && modifiers.first.map { tokens[$0].kind == .number } == true)
            if t.kind == .punctuation && t.text != "-" && !isAmount { break }
            if t.kind == .number && !isAmount { break }
            if AgreementLexicon.leftStops.contains(t) { break }
            if t.isLowercaseWord && (t.lower.hasSuffix("ed") || t.lower.hasSuffix("ing")) && !AgreementLexicon.exchangeSubjects.contains(t) && t.lower != "binding" { break }
            // "the Hanoi Protocol": a capital before a capitalised agreement noun names the treaty.
            if isInsideStateName(k) && !(tokens[i].isCapitalized && isInsideCapital(k)) { break }
            modifiers.insert(k, at: 0)
            start = k
            k -= 1
        }
        // "- type deal": a run cut at a name or a quote starts with its hyphen; the hyphen goes.
        while let first = modifiers.first, tokens[first].kind == .punctuation, !AgreementLexicon.currencySigns.contains(tokens[first].text) {
            modifiers.removeFirst()
            start = modifiers.first ?? i
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

    /// The modifiers that tell this agreement from others: generic words go ("a new trade deal"),
    /// except a number that names a stage ("phase one trade deal").
    private func specificModifiers(_ tokens: [Token], _ modifiers: [Int]) -> [Int] {
        modifiers.enumerated().filter { offset, k in
            guard AgreementLexicon.genericModifiers.contains(wordAt: k, in: tokens) else { return true }
            return offset > 0 && AgreementLexicon.stageNouns.contains(tokens[modifiers[offset - 1]].lower)
        }.map(\.element)
    }

    /// The modifiers' words as written: neighbours joined as in the text ("$10 billion"), others
    /// with one space.
    static func words(_ tokens: [Token], _ indices: [Int]) -> String {
        var out = ""
        for (offset, k) in indices.enumerated() {
            if offset > 0 && (indices[offset - 1] != k - 1 || tokens[k].spaceBefore) { out += " " }
            out += tokens[k].text
        }
        return out
    }

    /// "Peru and Chile's agreement": the span of the coordinated states that own the agreement,
    /// ending with the possessive right before `start`.
    private func coordinatedOwnerSpan(_ tokens: [Token], endingBefore start: Int) -> Range<Int>? {
        let possessive = start - 1
        guard possessive >= 1, tokens[possessive].isPossessive,
              let last = stateSpans.last(endingAt: possessive).map({ states[$0] }) else { return nil }
        var first = last
        while first.tokens.lowerBound >= 2, [",", "and"].contains(tokens[first.tokens.lowerBound - 1].lower),
              let previous = stateSpans.last(endingAt: first.tokens.lowerBound - 1).map({ states[$0] }) {
            first = previous
        }
        guard first.tokens != last.tokens, first.code != last.code else { return nil }
        return first.tokens.lowerBound..<start
    }

    /// "Peru and Chile" from the owners' span "Peru and Chile's".
    private func ownerNames(_ tokens: [Token], in span: Range<Int>) -> String {
        let end = tokens[span.upperBound - 1].isPossessive ? span.upperBound - 1 : span.upperBound
        return tokens.surface(span.lowerBound..<end)
    }

    /// "on innovation, online crime prevention and elderly care": the topics and where they end.
    private func topicList(_ tokens: [Token], after start: Int) -> (items: [String], end: Int, introducer: String) {
        var k = start
        if k < tokens.count, tokens[k].text == "," { k += 1 }
        guard k < tokens.count, AgreementLexicon.topicIntroducers.contains(wordAt: k, in: tokens) else { return ([], start, "on") }
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
            if AgreementLexicon.topicStops.contains(t) { break }
            // An item that is an agreement of its own ("a won-yuan currency exchange") ends the list.
            if AgreementLexicon.nouns[t] != nil && t.lower != "exchange" { break }
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
