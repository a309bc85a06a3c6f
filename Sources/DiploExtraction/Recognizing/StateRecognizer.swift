/// Finds states in sentences with the gazetteer: names, aliases, demonyms, capitals, seats.
///
/// Forms flagged ambiguous in the gazetteer (Georgia, Jordan, Chad, Turkey …) count only where
/// the sentence reads them as a place or a state. "Korea"/"Korean" alone, and "the South"/"the
/// North" in a Korean story, are resolved by the document's context.
struct StateRecognizer {
    let gazetteer: Gazetteer
    /// States the document names without ambiguity; decides "Korea" and ambiguous forms.
    var confirmedStates: Set<String> = []

    /// Words before an ambiguous form that make it a place or a state.
    static let placeCues: WordSet = [
        "in", "to", "from", "of", "with", "and", "between", "against", "visit", "visited", "visiting",
        "toward", "towards", "on", "by", "for", "including", "across", "into", "neighbouring",
        "neighboring", "invaded", "or", "at",
    ]

    /// Words after a state's name or adjective that make the phrase a place of nature, not the
    /// state ("Indian Ocean", "Korean Peninsula", "Arabian Sea").
    static let geographicNouns: WordSet = [
        "Ocean", "Sea", "Peninsula", "Gulf", "Strait", "Straits", "Basin", "Mountains", "Desert", "River",
        "Subcontinent", "Plateau", "Archipelago", "Channel", "Bay", "Lake", "Alps", "Highlands",
    ]

    /// Words that turn a state's name or adjective into a region's ("Latin America", "South
    /// American"). Longest match runs first, so "South Korea" or "North Korean" are never cut.
    static let regionPrefixes: WordSet = [
        "South", "North", "East", "West", "Latin", "Central", "Southern", "Northern", "Eastern", "Western",
        "Pan", "Anglo", "Afro", "Meso", "Native", "Middle", "Sub-Saharan",
    ]

    /// Nouns after an ambiguous form that make it the state's ("Jordanian embassy").
    static let organs: WordSet = [
        "president", "minister", "ministry", "embassy", "ambassador", "navy", "parliament", "leader", "leaders",
        "delegation", "envoy", "regime", "cabinet", "state", "border", "warplanes", "jets",
    ]

    /// Region prefixes that name a part of the state they stand before ("South Lebanon").
    static let compassPoints: WordSet = ["South", "North", "East", "West", "Southern", "Northern", "Eastern", "Western", "Central"]
    /// State names that, after a compass point, name a continent instead ("South America").
    static let continentalNames: WordSet = ["America", "Americas"]

    /// The states named in `tokens`, left to right, longest match first.
    func mentions(in tokens: [Token]) -> [StateMention] {
        var consulted = false
        return mentions(in: tokens, consultedConfirmedStates: &consulted)
    }

    /// Like ``mentions(in:)``; sets `consulted` when the answer read ``confirmedStates``. An
    /// answer that did not read them is the same for any confirmed states, so a caller that
    /// recognises a sentence twice (before and after confirming states) can keep the first.
    func mentions(in tokens: [Token], consultedConfirmedStates consulted: inout Bool) -> [StateMention] {
        var result: [StateMention] = []
        let maxWords = gazetteer.maxFormWords + 2
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized || tokens[i].text == "the" else { i += 1; continue }
            var found: (Int, GazetteerEntry)?
            // The spans that are forms, shortest first; the search stops at a span no form starts with.
            var candidates: [(length: Int, entries: [GazetteerEntry])] = []
            var form = ""
            for length in 1...max(1, min(maxWords, tokens.count - i)) {
                let token = tokens[i + length - 1]
                if length > 1 && token.spaceBefore { form += " " }
                form += token.text
                let entries = gazetteer.entries(for: form)
                if !entries.isEmpty { candidates.append((length, entries)) }
                if !gazetteer.formPrefixes.mayExtend(form) { break }
            }
            // Longest match first.
            for (length, entries) in candidates.reversed() {
                if let entry = pick(entries, tokens: tokens, range: i..<(i + length), consulted: &consulted) {
                    found = (length, entry)
                    break
                }
            }
            if let (length, entry) = found {
                let end = i + length
                // "South Lebanon" (see `pick`): the compass point is part of the mention.
                let start = i > 0 && entry.kind == .name && Self.compassPoints.contains(tokens[i - 1].text) ? i - 1 : i
                // A dependent territory is read (so its words are not misread) but is no state.
                guard Sovereignty.isState(entry.code) else { i = end; continue }
                // "Bosnian Serbs", "Iraqi Kurds": after a state's adjective, a demonym names a
                // people living there, not a second state.
                if entry.kind == .demonym, let last = result.last, last.form == .demonym, last.tokens.upperBound == i {
                    i = end
                    continue
                }
                let possessive = end < tokens.count && tokens[end].isPossessive
                result.append(StateMention(tokens: start..<end, code: entry.code, form: entry.kind, isPossessive: possessive))
                i = end
                continue
            }
            // "China-UK tourism", "Israeli-Egyptian cooperation": every part a state;
            // "US-led forces", "Kenyan-led talks": the state that leads.
            if tokens[i].text.utf8.contains(UInt8(ascii: "-")) {
                var parts = tokens[i].text.split(separator: "-").map(String.init)
                if parts.count == 2, parts[1] == "led" { parts.removeLast() }
                let entries = parts.map { gazetteer.entries(for: $0).first }
                if parts.count >= 2 || tokens[i].text.hasSuffix("-led"), entries.allSatisfy({ $0 != nil && !$0!.isAmbiguous && Sovereignty.isState($0!.code) }) {
                    for entry in entries { result.append(StateMention(tokens: i..<(i + 1), code: entry!.code, form: entry!.kind, isPossessive: false)) }
                    i += 1
                    continue
                }
            }
            if let mention = koreanMention(tokens, at: i, consulted: &consulted) {
                result.append(mention)
                i = mention.tokens.upperBound
                continue
            }
            i += 1
        }
        return result
    }

    private func pick(_ entries: [GazetteerEntry], tokens: [Token], range: Range<Int>, consulted: inout Bool) -> GazetteerEntry? {
        guard let entry = entries.first else { return nil }
        // A form shared by several states is taken only when one of them is confirmed.
        if entries.contains(where: { $0.code != entry.code }) {
            consulted = true
            return entries.first { confirmedStates.contains($0.code) }
        }
        if entry.kind != .demonym && isInsidePersonName(tokens, range: range) { return nil }
        // "ethnic Albanians in Serbia", "ethnic Turks": people of a nation, not its state.
        if entry.kind == .demonym, range.lowerBound > 0, tokens[range.lowerBound - 1].lower == "ethnic" { return nil }
        // "Latin American", "South America", "Central African" (when no state has that name);
        // but "South Lebanon", "Western Cambodia": a part of the state, named by a compass point.
        if range.lowerBound > 0, Self.regionPrefixes.contains(tokens[range.lowerBound - 1].text),
           !(Self.compassPoints.contains(tokens[range.lowerBound - 1].text) && entry.kind == .name && !entry.isAmbiguous
             && !Self.continentalNames.contains(tokens[range.lowerBound].text)
             && gazetteer.entries(for: tokens[range.lowerBound - 1].text + " " + tokens[range.lowerBound].text).isEmpty) {
            return nil
        }
        if range.upperBound < tokens.count, Self.geographicNouns.contains(tokens[range.upperBound].text) { return nil }
        // An ambiguous capital ("Washington") is the city or its government unless it is part of
        // a longer name ("Washington Post"); other ambiguous forms need a reading as a place.
        if entry.isAmbiguous && entry.kind == .capital {
            if range.upperBound < tokens.count, tokens[range.upperBound].kind == .word, tokens[range.upperBound].isCapitalized { return nil }
        } else if entry.kind == .capital && startsLongerName(tokens, after: range) {
            // "Paris Hilton", "London Breed", "Moscow Times": a capital that starts a person's or
            // a paper's name (but "Beijing Monday", "Seoul Foreign Ministry" are the state).
            return nil
        } else if entry.isAmbiguous && !readsAsPlace(tokens, range: range, code: entry.code, consulted: &consulted) {
            return nil
        }
        return entry
    }

    /// Whether a capitalised name word follows `range` that is no state, organisation, title,
    /// weekday or month: the form then starts a longer name.
    private func startsLongerName(_ tokens: [Token], after range: Range<Int>) -> Bool {
        guard range.upperBound < tokens.count else { return false }
        let next = tokens[range.upperBound]
        return next.kind == .word && next.isCapitalized && next.spaceBefore
            && !LeaderRecognizer.nameStopwords.contains(next.text)
            && !OfficeTitles.titles.contains(next.lower)
            && gazetteer.entries(for: next.text).isEmpty
            && Organizations.byForm[next.text] == nil
            && !Self.placedInstitutions.contains(next.text)
    }

    /// Institutions that stand in the capital that names them ("Baghdad University", "Kabul
    /// Airport"): the capital still places them in its state.
    static let placedInstitutions: WordSet = [
        "University", "College", "School", "Hospital", "Airport", "Museum", "Stadium", "Station", "Port",
        "Harbour", "Harbor", "Prison", "Zoo", "Cathedral", "Mosque", "Embassy",
    ]

    /// "George Washington", "Washington Post", "Jordan Henderson": a capitalised word right
    /// before (not starting the sentence) or a capitalised name right after.
    private func isInsidePersonName(_ tokens: [Token], range: Range<Int>) -> Bool {
        guard range.lowerBound > 0 else { return false }
        let previous = tokens[range.lowerBound - 1]
        guard previous.kind == .word, previous.isCapitalized else { return false }
        // "Mr Jordan", "Dr Georgia …": an honorific makes it a person.
        if OfficeTitles.honorifics.contains(previous) { return true }
        // A first name before it, even at the start of the sentence ("Luís Montenegro said"),
        // but no compass point ("South Lebanon").
        return gazetteer.entries(for: previous.text).isEmpty
            && !Self.compassPoints.contains(previous.text)
            && !OfficeTitles.titles.contains(previous)
            && !LeaderRecognizer.nameStopwords.contains(previous.text)
            && Organizations.byForm[previous.text] == nil
            && previous.text.count > 2
            && !previous.text.hasSuffix(".")
    }

    private func readsAsPlace(_ tokens: [Token], range: Range<Int>, code: String, consulted: inout Bool) -> Bool {
        let after = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        if let after, after.kind == .word, after.isCapitalized { return false }
        if let after, after.isPossessive { return true }
        // "the Jordanian army", "Georgian officials": an organ or agent of the state.
        if let after, GroupNouns.agents.contains(after) || Self.organs.contains(after) { return true }
        consulted = true
        if confirmedStates.contains(code) { return true }
        // "in Chad", "in the West Bank"
        var cue = range.lowerBound - 1
        if cue > 0, tokens[cue].lower == "the" { cue -= 1 }
        if cue >= 0, Self.placeCues.contains(wordAt: cue, in: tokens) { return true }
        // "Turkey criticised Greece", "Greece met Turkey": acting, or acted on, as states do.
        if let after, RelationLexicon.byFirstWord[after] != nil, after.isLowercaseWord { return true }
        if range.lowerBound > 0, RelationLexicon.byFirstWord[wordAt: range.lowerBound - 1, in: tokens] != nil,
           tokens[range.lowerBound - 1].isLowercaseWord { return true }
        return false
    }

    /// The two Koreas.
    private static let koreas: Set<String> = ["KOR", "PRK"]

    /// "Korea"/"Korean(s)" without North/South, and "the South"/"the North" in a Korean story.
    private func koreanMention(_ tokens: [Token], at i: Int, consulted: inout Bool) -> StateMention? {
        let token = tokens[i]
        guard token.text.utf8.first == UInt8(ascii: "K") || token.text == "the" else { return nil }
        let koreas = Self.koreas
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        if ["Korea", "Korean", "Koreans"].contains(token.text) {
            if next?.text == "Peninsula" || next?.lower == "peninsula" || next?.text == "War" { return nil }
            consulted = true
            let confirmed = confirmedStates.intersection(koreas)
            let code = confirmed.count == 1 ? confirmed.first! : "KOR"
            let possessive = next?.isPossessive ?? false
            return StateMention(tokens: i..<(i + 1), code: code, form: token.text == "Korea" ? .name : .demonym, isPossessive: possessive)
        }
        if token.text == "the", let next, ["South", "North"].contains(next.text) {
            consulted = true
            guard confirmedStates.isSuperset(of: koreas) else { return nil }
            let after = i + 2 < tokens.count ? tokens[i + 2] : nil
            if let after, after.kind == .word, after.isCapitalized { return nil }
            let possessive = after?.isPossessive ?? false
            return StateMention(tokens: (i + 1)..<(i + 2), code: next.text == "South" ? "KOR" : "PRK", form: .name, isPossessive: possessive)
        }
        return nil
    }
}

/// Finds international organisations in sentences.
struct OrganizationRecognizer {
    func mentions(in tokens: [Token]) -> [OrganizationMention] {
        var result: [OrganizationMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized else { i += 1; continue }
            // The longest span that is a form; the search stops at a span no form starts with.
            var best: (length: Int, entry: Organizations.Entry)?
            var form = ""
            for length in 1...max(1, min(Organizations.maxFormWords + 2, tokens.count - i)) {
                let token = tokens[i + length - 1]
                if length > 1 && token.spaceBefore { form += " " }
                form += token.text
                if let entry = Organizations.byForm[form] { best = (length, entry) }
                if !Organizations.formPrefixes.mayExtend(form) { break }
            }
            if let (length, entry) = best {
                result.append(OrganizationMention(tokens: i..<(i + length), key: entry.key, label: entry.label))
                i += length
            } else {
                i += 1
            }
        }
        return result
    }
}
