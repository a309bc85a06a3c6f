/// Headlines in title case ("Cuban Leader Meets With Chinese Envoys In Havana") capitalise
/// common words, which the recognisers would take for names. A sentence that reads as such a
/// headline has its capitalised common words read in lower case; names, states and titles keep
/// their capitals.
enum HeadlineCase {
    /// `sentence`, its common words read in lower case when it is a title-case headline.
    static func normalized(_ sentence: Sentence) -> Sentence {
        guard isTitleCase(sentence.tokens) else { return sentence }
        let tokens = sentence.tokens.map { token in
            token.isCapitalized && token.kind == .word && isCommonWord(token.lower) ? token.readAsLowerCase() : token
        }
        return Sentence(index: sentence.index, range: sentence.range, tokens: tokens, text: sentence.text, paragraph: sentence.paragraph)
    }

    /// Whether most words are capitalised, a capitalised function word among them ("With",
    /// "In", "To"): running prose capitalises function words only at the start.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        var words = 0
        var capitalised = 0
        var capitalisedFunctionWord = false
        for (k, token) in tokens.enumerated() where token.kind == .word {
            words += 1
            guard token.isCapitalized else { continue }
            capitalised += 1
            if k > 0, functionWords.contains(token) { capitalisedFunctionWord = true }
        }
        return words >= 4 && capitalisedFunctionWord && capitalised * 4 >= words * 3
    }

    /// Function words, and words of the relation and agreement lexicons: what a headline
    /// capitalises that is no name.
    static func isCommonWord(_ lower: String) -> Bool {
        functionWords.contains(lower) || RelationLexicon.byFirstWord[lower] != nil || AgreementLexicon.nouns[lower] != nil
            || commonVerbs.contains(lower)
    }

    static let functionWords = WordSet(LanguageCheck.functionWords + ["amid", "against", "as", "over", "under", "before", "despite", "via", "new"])

    /// Headline verbs outside the relation lexicon.
    static let commonVerbs: WordSet = [
        "says", "say", "said", "seeks", "vows", "warns", "eyes", "faces", "gets", "wins", "loses", "hits", "slams",
        "backs", "plans", "calls", "makes", "takes", "sees", "set", "sets", "to", "eases", "cuts", "slashes",
        "arrives", "arrive", "leaves", "returns", "heads", "holds", "opens", "closes", "ends", "starts",
    ]
}
