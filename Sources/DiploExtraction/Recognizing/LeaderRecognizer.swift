/// Finds people named with a state office in a sentence.
///
/// Patterns (qualifier = demonym, state name, or state possessive):
/// - qualifier? modifier* TITLE (of STATE)? NAME — "South Korean President Lee Jae Myung",
///   "Pakistan's President Musharraf", "the President of France, Jacques Chirac"
/// - NAME, (the)? qualifier? TITLE — "Jack Straw, the foreign secretary", "Thabo Mbeki, South
///   Africa's president"
/// - qualifier TITLE alone — "the Kenyan president" (a `TitleMention`, resolved later)
struct LeaderRecognizer {
    /// A title without a name: "the president", "his Chinese counterpart".
    struct TitleMention: Hashable {
        var tokens: Range<Int>
        var title: String
        var state: String?
    }

    static let nameStopwords: WordSet = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "Or",
        "If", "As", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "After",
        "Before", "During", "When", "While", "With", "For", "From", "By", "To", "Of", "Speaking",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Lord",
        "Minister", "President", "Secretary", "Chancellor", "Premier", "King", "Queen", "Prime",
        "Foreign", "Government", "State", "Ministry", "Office", "House", "Parliament", "Congress",
        "Senate", "Commons", "Party", "Labour", "Tory", "Tories", "Conservative", "Conservatives",
        "Democrats", "Republicans", "Liberal", "News", "Radio", "BBC", "Reuters", "AP", "AFP",
        "Agency", "Today", "Yesterday", "Both", "All", "Some", "Many", "Most", "No", "Not", "There",
        "What", "Why", "How", "Who", "Where", "Also", "Meanwhile", "However", "Asked", "According",
        "Affairs", "Defence", "Defense", "Trade", "Finance", "Economic", "Home", "Interior", "Summit",
        "Former", "Ex", "Then", "Late", "New", "Acting", "Interim", "Outgoing", "Incoming", "Deputy",
        "Vice", "Senior", "Top", "Chief", "Officials", "Critics", "Analysts", "Sources", "Leaders",
        // Numbers and quantities that open a sentence ("Three US soldiers …").
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Dozens",
        "Hundreds", "Thousands", "Millions", "Scores", "Few", "Every", "Each", "Another", "Other",
    ]

    let states: [StateMention]
    let organizations: [OrganizationMention]
    /// Where the states and organisations lie in the sentence's tokens.
    private let stateSpans: TokenSpans
    private let organizationSpans: TokenSpans

    /// A recognizer for a sentence of `tokenCount` tokens whose states and organisations are known.
    init(states: [StateMention], organizations: [OrganizationMention], tokenCount: Int) {
        self.states = states
        self.organizations = organizations
        stateSpans = TokenSpans(states.map(\.tokens), tokenCount: tokenCount)
        organizationSpans = TokenSpans(organizations.map(\.tokens), tokenCount: tokenCount)
    }

    /// The leaders and titles named in `tokens`.
    func mentions(in tokens: [Token]) -> (leaders: [LeaderMention], titles: [TitleMention], inactive: [Range<Int>]) {
        var leaders: [LeaderMention] = []
        var titles: [TitleMention] = []
        var inactive: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard let (titleEnd, title) = OfficeTitleMatcher.match(tokens, at: i) else { i += 1; continue }
            let left = qualifier(tokens, before: i)
            if left.disqualified {
                // "former Danish prime minister X", "opposition leader Y": nobody here acts for a
                // state, not even the state named as qualifier.
                let nameEnd = self.nameEnd(tokens, from: titleEnd) ?? titleEnd
                inactive.append(left.start..<nameEnd)
                i = max(titleEnd, nameEnd)
                continue
            }
            var state = left.state
            var end = titleEnd
            // "a spokesman for the Chinese foreign ministry", "envoy of China's foreign ministry"
            if state == nil, let organ = stateOfOrgan(tokens, after: end) {
                state = organ.state
                end = organ.end
            }
            // "President of France", "Prime Minister of the United Kingdom"
            if state == nil, end < tokens.count, tokens[end].lower == "of" {
                var k = end + 1
                if k < tokens.count, tokens[k].lower == "the" { k += 1 }
                if let mention = stateSpans.first(startingAt: k).map({ states[$0] }) {
                    state = mention.code
                    end = mention.tokens.upperBound
                }
            }
            var titleText = tokens.surface(i..<titleEnd)
            let needsState = OfficeTitles.needsState.contains(title)
            var nameStart = end
            if nameStart < tokens.count, tokens[nameStart].text == "," { nameStart += 1 }
            // "Chinese counterpart Minister Li Zhaoxing": a second title before the name.
            if nameStart < tokens.count, let (secondEnd, _) = OfficeTitleMatcher.match(tokens, at: nameStart), secondEnd > nameStart {
                titleText = tokens.surface(nameStart..<secondEnd)
                nameStart = secondEnd
            }
            if let nameEnd = nameEnd(tokens, from: nameStart), !(needsState && state == nil) || stateAfterName(tokens, nameEnd) != nil {
                var phraseEnd = nameEnd
                // "Ambassador Stefan Johannesson of Iceland"
                if state == nil, let after = stateAfterName(tokens, nameEnd) {
                    state = after.code
                    phraseEnd = after.tokens.upperBound
                }
                leaders.append(LeaderMention(
                    tokens: left.start..<phraseEnd, nameTokens: nameStart..<nameEnd,
                    name: tokens.surface(nameStart..<nameEnd), title: titleText, state: state,
                    rule: state == nil ? "title-name" : "qualifier-title-name"))
                i = phraseEnd
                continue
            }
            // "Jack Straw, the foreign secretary" / "Thabo Mbeki, South Africa's president"
            if let (nameRange, indefinite) = appositiveName(tokens, before: left.start), !((needsState || indefinite) && state == nil) {
                leaders.append(LeaderMention(
                    tokens: nameRange.lowerBound..<end, nameTokens: nameRange,
                    name: tokens.surface(nameRange), title: titleText, state: state,
                    rule: "name-comma-title"))
                i = end
                continue
            }
            titles.append(TitleMention(tokens: left.start..<end, title: title, state: state))
            i = end
        }
        return (leaders, titles, inactive)
    }

    /// "for the Chinese foreign ministry", "of China's State Department", "at the US embassy"
    /// right after a title: the state whose organ of government the title serves, and the end of
    /// the phrase. The organ must be named: "spokesman for China" is someone speaking about it.
    private func stateOfOrgan(_ tokens: [Token], after end: Int) -> (state: String, end: Int)? {
        guard end < tokens.count, ["for", "of", "at"].contains(tokens[end].lower) else { return nil }
        var k = end + 1
        if k < tokens.count, tokens[k].lower == "the" { k += 1 }
        guard let mention = stateSpans.first(startingAt: k).map({ states[$0] }) else { return nil }
        var organEnd = mention.tokens.upperBound
        if organEnd < tokens.count, tokens[organEnd].isPossessive { organEnd += 1 }
        let organStart = organEnd
        while organEnd < tokens.count, OfficeTitles.governmentOrgans.contains(wordAt: organEnd, in: tokens) { organEnd += 1 }
        let named = tokens[organStart..<organEnd].contains { ["ministry", "office", "department", "government", "cabinet", "embassy", "mission", "council"].contains($0.lower) }
        return named ? (mention.code, organEnd) : nil
    }

    /// "of Iceland" / "of the United States" right after a name.
    private func stateAfterName(_ tokens: [Token], _ nameEnd: Int) -> StateMention? {
        guard nameEnd < tokens.count, tokens[nameEnd].lower == "of" else { return nil }
        var k = nameEnd + 1
        if k < tokens.count, tokens[k].lower == "the" { k += 1 }
        return stateSpans.first(startingAt: k) { states[$0].form == .name }.map { states[$0] }
    }

    /// What stands before a title: modifiers, a state qualifier, or a word that disqualifies it.
    private func qualifier(_ tokens: [Token], before titleStart: Int) -> (start: Int, state: String?, disqualified: Bool) {
        var k = titleStart - 1
        var start = titleStart
        while k >= 0, OfficeTitles.modifiers.contains(wordAt: k, in: tokens) || tokens[k].text == "-" {
            start = k
            k -= 1
        }
        if k >= 0, OfficeTitles.disqualifiers.contains(wordAt: k, in: tokens) {
            // "British opposition leader X": the state adjective belongs to the silenced phrase.
            var phraseStart = k
            while phraseStart > 0, OfficeTitles.disqualifiers.contains(wordAt: phraseStart - 1, in: tokens) { phraseStart -= 1 }
            if let qualifier = stateSpans.first(endingAt: phraseStart).map({ states[$0] }) { phraseStart = qualifier.tokens.lowerBound }
            return (phraseStart, nil, true)
        }
        if k >= 0, organizationSpans.first(endingAt: k + 1) != nil { return (start, nil, true) }
        // "Chinese foreign ministry spokesman X": the office's organ stands between state and title.
        if k >= 0, OfficeTitles.governmentOrgans.contains(wordAt: k, in: tokens) {
            var j = k
            while j >= 0, OfficeTitles.governmentOrgans.contains(wordAt: j, in: tokens) { j -= 1 }
            if j >= 0, stateSpans.first(endingAt: j + 1) != nil || (tokens[j].isPossessive && stateSpans.first(endingAt: j) != nil) {
                k = j
            }
        }
        var mention: StateMention?
        if k >= 0, tokens[k].isPossessive { mention = stateSpans.first(endingAt: k).map { states[$0] } }
        if mention == nil, k >= 0 { mention = stateSpans.first(endingAt: k + 1).map { states[$0] } }
        if let mention {
            // "Former Danish prime minister …": the disqualifier may stand before the state.
            var j = mention.tokens.lowerBound - 1
            if j >= 0, tokens[j].lower == "the" { j -= 1 }
            if j >= 0, OfficeTitles.disqualifiers.contains(wordAt: j, in: tokens) { return (j, nil, true) }
            return (mention.tokens.lowerBound, mention.code, false)
        }
        return (start, nil, false)
    }

    /// The end of a person's name starting at `start`, or `nil` when none starts there.
    func nameEnd(_ tokens: [Token], from start: Int) -> Int? {
        var k = start
        var words = 0
        while k < tokens.count, words < 5 {
            let token = tokens[k]
            if isNameWord(tokens, k) {
                words += 1
                k += 1
                continue
            }
            if words > 0, OfficeTitles.nameParticles.contains(token), k + 1 < tokens.count, isNameWord(tokens, k + 1) {
                k += 1
                continue
            }
            break
        }
        guard words > 0 else { return nil }
        // A name cannot end on a single initial.
        if tokens[k - 1].text.count == 1 || tokens[k - 1].text.hasSuffix(".") && tokens[k - 1].text.count == 2 {
            return words > 1 ? k - 1 : nil
        }
        return k
    }

    /// Whether token `k` can be a word of a person's name. (It reads the token in place: asked
    /// for nearly every token of every sentence, a copy of each would retain its text twice.)
    func isNameWord(_ tokens: [Token], _ k: Int) -> Bool {
        guard tokens[k].kind == .word else { return false }
        if !tokens[k].isCapitalized {
            // Arabic names: "al-Sisi", "el-Baradei", "bin-Salman".
            // (The cheap test first: most lower-case words start with no particle's bytes.)
            guard Self.mayStartWithNameParticle(tokens[k].lower) else { return false }
            let token = tokens[k]
            let prefixedName = ["al-", "el-", "bin-", "ibn-", "abu-"].contains { token.lower.hasPrefix($0) }
                && token.text.count > 4
                && token.text.split(separator: "-").last?.first?.isUppercase == true
            guard prefixedName else { return false }
        }
        if Self.nameStopwords.contains(tokens[k].text) { return false }
        // Regnal numbers stand in names ("Mohammed VI", "Charles III"), other capitals are acronyms.
        if k > 0, Self.isRegnalNumber(tokens[k].text), tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized { return true }
        if Self.isAcronym(tokens[k].text) { return false }
        if stateSpans.covers(k) { return false }
        if organizationSpans.covers(k) { return false }
        if OfficeTitles.titles.contains(wordAt: k, in: tokens) { return false }
        return true
    }

    /// Whether `lower` starts with the bytes of "al-", "el-", "bin-", "ibn-" or "abu-": text
    /// that starts with one of them as a `String` does starts with its bytes.
    private static func mayStartWithNameParticle(_ lower: String) -> Bool {
        var bytes = lower.utf8.makeIterator()
        switch bytes.next() {
        case UInt8(ascii: "a"):
            switch bytes.next() {
            case UInt8(ascii: "l"): return bytes.next() == UInt8(ascii: "-")
            case UInt8(ascii: "b"): return bytes.next() == UInt8(ascii: "u") && bytes.next() == UInt8(ascii: "-")
            default: return false
            }
        case UInt8(ascii: "e"):
            return bytes.next() == UInt8(ascii: "l") && bytes.next() == UInt8(ascii: "-")
        case UInt8(ascii: "b"):
            return bytes.next() == UInt8(ascii: "i") && bytes.next() == UInt8(ascii: "n") && bytes.next() == UInt8(ascii: "-")
        case UInt8(ascii: "i"):
            return bytes.next() == UInt8(ascii: "b") && bytes.next() == UInt8(ascii: "n") && bytes.next() == UInt8(ascii: "-")
        default:
            return false
        }
    }

    /// Whether `text` is an acronym: more than one character, none in lower case, no period.
    static func isAcronym(_ text: String) -> Bool {
        // ASCII (nearly every word) is answered from the bytes, as `uppercased()` would; a
        // word token holds no CR LF, the one ASCII pair that is a single character.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.count > 1 && !text.utf8.contains { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2E }
        }
        return text.count > 1 && text == text.uppercased() && !text.contains(".")
    }

    /// The Roman numerals of regnal names, II to XVI.
    private static let regnalNumbers: WordSet = [
        "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
    ]

    static func isRegnalNumber(_ text: String) -> Bool {
        // Only the letters I, V and X spell one: any other byte answers without a look-up (a
        // string equal to a numeral has the numeral's bytes).
        guard let first = text.utf8.first, first == UInt8(ascii: "I") || first == UInt8(ascii: "V") || first == UInt8(ascii: "X") else {
            return false
        }
        return regnalNumbers.contains(text)
    }

    /// A name followed by a comma that ends right before `index` (skipping "the", "a" or "an"),
    /// and whether the article was indefinite: "X, a spokesman" makes a leader only with the
    /// state named ("X, a spokesman for the Brazilian foreign ministry"), since "X, a vice
    /// president" is as often a company's.
    private func appositiveName(_ tokens: [Token], before index: Int) -> (Range<Int>, indefinite: Bool)? {
        var k = index - 1
        var indefinite = false
        if k >= 0, ["the", "a", "an"].contains(tokens[k].lower) {
            indefinite = tokens[k].lower != "the"
            k -= 1
        }
        guard k >= 1, tokens[k].text == "," else { return nil }
        let comma = k
        var start = comma
        while start - 1 >= 0, isNameWord(tokens, start - 1) || (OfficeTitles.nameParticles.contains(wordAt: start - 1, in: tokens) && start - 2 >= 0 && isNameWord(tokens, start - 2)) {
            start -= 1
            if comma - start > 4 { return nil }
        }
        guard start < comma else { return nil }
        // "According to the Times, the …", "the Guardian, …": a person's name takes no article,
        // and what "according to" introduces is a source.
        if start > 0, ["the", "to"].contains(tokens[start - 1].lower) { return nil }
        // The name must not be the end of a longer capitalised phrase that starts the clause
        // with a title of its own ("President Bush, the …" is handled by the forward rule).
        return (start..<comma, indefinite)
    }
}

/// Matches office titles at a token position.
enum OfficeTitleMatcher {
    /// The end index and canonical lower-case title of a title starting at `i`, if any.
    static func match(_ tokens: [Token], at i: Int) -> (Int, String)? {
        guard tokens[i].kind == .word else { return nil }
        // Every title and every "<portfolio> minister" starts with the first token's text: most
        // tokens start neither. (Asked by the token's hash, for every word of every sentence.)
        guard OfficeTitles.titleOrPortfolioPrefixes.mayExtend(wordAt: i, in: tokens) else { return nil }
        // Longest whole-title match, up to 5 words. The first token alone needs no string.
        var best: (Int, String)?
        if OfficeTitles.titles.contains(wordAt: i, in: tokens) { best = (i + 1, tokens[i].lower) }
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word || tokens[i + 1].text == "-" else { return extended(best, in: tokens) }
        // A phrase of several words that starts with this word and a space starts a title or a
        // portfolio, or the word is a portfolio itself ("defence minister"): else no longer
        // title follows a spaced word (most words, "a" and "for" among them, end here).
        if tokens[i + 1].spaceBefore, !OfficeTitles.titleOrPortfolioPrefixes.mayExtendWithSpace(wordAt: i, in: tokens),
           !OfficeTitles.portfolios.contains(wordAt: i, in: tokens) {
            return extended(best, in: tokens)
        }
        var phrase = tokens[i].lower
        // The words so far joined by single spaces: the portfolio of a longer "<portfolio> minister".
        var words = tokens[i].lower
        // Whether `words` is `phrase` (every token after the first had a space before it).
        var wordsArePhrase = true
        for length in 2...min(5, tokens.count - i) {
            let token = tokens[i + length - 1]
            guard token.kind == .word || token.text == "-" else { break }
            if !token.spaceBefore { wordsArePhrase = false }
            if token.spaceBefore { phrase += " " }
            phrase += token.lower
            if OfficeTitles.titles.contains(phrase) { best = (i + length, phrase) }
            // "<portfolio> minister/secretary": "foreign minister", "Defence Secretary".
            if ["minister", "secretary", "chief"].contains(token.lower) {
                let portfolio = words
                if OfficeTitles.portfolios.contains(portfolio) {
                    best = (i + length, "\(portfolio) \(token.lower)")
                }
            }
            words += " "
            words += token.lower
            // A longer title starts with `phrase`, a longer "<portfolio> minister" with `words`.
            if !OfficeTitles.titleOrPortfolioPrefixes.mayExtend(phrase)
                && (wordsArePhrase || !OfficeTitles.titleOrPortfolioPrefixes.mayExtend(words)) { break }
        }
        return extended(best, in: tokens)
    }

    /// The title `best` found, extended by a portfolio after "of" or "for" ("Minister of
    /// Foreign Affairs"), with its end index; `nil` when none was found.
    private static func extended(_ best: (Int, String)?, in tokens: [Token]) -> (Int, String)? {
        guard var (end, title) = best else { return nil }
        // "Minister of Foreign Affairs", "Minister for Trade and Industry".
        if ["minister", "secretary"].contains(title), end + 1 < tokens.count,
           ["of", "for"].contains(tokens[end].lower), tokens[end + 1].isCapitalized {
            var k = end + 1
            while k < tokens.count, k - end <= 5,
                  tokens[k].isCapitalized && tokens[k].kind == .word || (tokens[k].lower == "and" && k + 1 < tokens.count && tokens[k + 1].isCapitalized) {
                k += 1
            }
            let portfolio = tokens[(end + 1)..<k].map(\.lower).joined(separator: " ")
            if OfficeTitles.portfolios.contains(portfolio) || portfolio.hasPrefix("foreign") {
                if portfolio.hasPrefix("foreign") { title = "foreign \(title)" }
                end = k
            }
        }
        return (end, title)
    }
}
