import Testing
@testable import DiploExtraction

@Suite("Segmenter")
struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        Segmenter.sentences(of: text).map(\.text)
    }

    func words(_ text: String) -> [String] {
        Segmenter.tokenize(text).map(\.text)
    }

    // MARK: Sentences

    @Test("abbreviations with a period do not end the sentence", arguments: [
        "Mr. Okafor met the envoy in Abuja.",
        "Gen. Tanaka inspected the troops.",
        "The summit opened on Jan. 14 in Lima.",
        "Dr. Haddad and Mrs. Haddad flew to Amman.",
        "Sen. Ruiz spoke with Prof. Lind on Sept. 3.",
        "The treaty was signed in St. Petersburg.",
    ])
    func abbreviations(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("U.S. inside a sentence does not end it; before a sentence opener it does")
    func dottedAcronyms() {
        #expect(sentences("The U.S. Secretary of State met her Thai counterpart.") == ["The U.S. Secretary of State met her Thai counterpart."])
        #expect(sentences("Trade with the U.S. fell sharply. The ministry blamed tariffs.")
            == ["Trade with the U.S. fell sharply.", "The ministry blamed tariffs."])
        #expect(sentences("Tokyo pressed the U.S. But Washington did not reply.")
            == ["Tokyo pressed the U.S.", "But Washington did not reply."])
        #expect(Segmenter.tokenize("the U.S. and the U.K.").map(\.text) == ["the", "U.S.", "and", "the", "U.K."])
    }

    @Test("scalars of two, three and four bytes: each token's text and byte range are its own")
    func multiByteScalars() {
        let text = "Zürich’s envoy met Ōta in 東京 — talks 😀 ended. Ça va."
        let tokens = Segmenter.tokenize(text, base: 7)
        #expect(tokens.map(\.text) == ["Zürich", "’s", "envoy", "met", "Ōta", "in", "東京", "—", "talks", "😀", "ended", ".", "Ça", "va", "."])
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(String(decoding: bytes[(token.range.lowerBound - 7)..<(token.range.upperBound - 7)], as: UTF8.self) == token.text)
        }
        #expect(Segmenter.sentences(of: text).map(\.text) == ["Zürich’s envoy met Ōta in 東京 — talks 😀 ended.", "Ça va."])
    }

    @Test("initials inside a name do not end the sentence", arguments: [
        "George W. Bush met Tony Blair at Camp David.",
        "John F. Kennedy visited Berlin in June.",
        "Talks with J. R. Ewing ended early.",
    ])
    func initials(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test("a closing quote after the full stop stays with its sentence", arguments: [
        ("\"We will not back down.\" The minister left.", ["\"We will not back down.\"", "The minister left."]),
        ("He said: \u{201C}The talks failed.\u{201D} Then he left.", ["He said: \u{201C}The talks failed.\u{201D}", "Then he left."]),
        ("She called it 'a mistake.' Nobody replied.", ["She called it 'a mistake.'", "Nobody replied."]),
        ("The deal was signed (in Oslo.) Both sides cheered.", ["The deal was signed (in Oslo.)", "Both sides cheered."]),
    ])
    func closingQuotes(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("question and exclamation marks end sentences; a lower-case word after a stop does not start one")
    func otherStops() {
        #expect(sentences("Will Kenya sign? Nobody knows! The vote is Friday.")
            == ["Will Kenya sign?", "Nobody knows!", "The vote is Friday."])
        #expect(sentences("The figure was 3.5 percent. e.g. it rose.") == ["The figure was 3.5 percent. e.g. it rose."])
        #expect(sentences("Exports rose. 2025 was a record year.") == ["Exports rose.", "2025 was a record year."])
    }

    @Test("a paragraph break ends a sentence even without punctuation")
    func paragraphBreaks() {
        let text = "Leaders Gather In Hanoi\n\nThe presidents met on Friday\n\nthey signed nothing."
        let result = Segmenter.sentences(of: text)
        #expect(result.map(\.text) == ["Leaders Gather In Hanoi", "The presidents met on Friday", "they signed nothing."])
        #expect(result.map(\.paragraph) == [0, 1, 2])
        #expect(result.map(\.index) == [0, 1, 2])
    }

    @Test("two sentences in one paragraph share the paragraph index")
    func paragraphIndex() {
        let result = Segmenter.sentences(of: "Lima spoke. Quito listened.\n\nBogota waited.")
        #expect(result.map(\.text) == ["Lima spoke.", "Quito listened.", "Bogota waited."])
        #expect(result.map(\.paragraph) == [0, 0, 1])
    }

    @Test("sentence and token ranges are UTF-8 byte ranges into the text")
    func ranges() {
        let text = "Erdoğan’s aide spoke. Ankara agreed."
        let bytes = Array(text.utf8)
        for sentence in Segmenter.sentences(of: text) {
            #expect(String(decoding: bytes[sentence.range], as: UTF8.self) == sentence.text)
            for token in sentence.tokens {
                #expect(String(decoding: bytes[token.range], as: UTF8.self) == token.text)
                #expect(sentence.range.contains(token.range.lowerBound))
            }
        }
        #expect(Segmenter.sentences(of: text).map(\.text) == ["Erdoğan’s aide spoke.", "Ankara agreed."])
    }

    @Test("empty and blank text has no sentences")
    func empty() {
        #expect(Segmenter.sentences(of: "").isEmpty)
        #expect(Segmenter.sentences(of: "  \n\n ").isEmpty)
    }

    // MARK: Tokens

    @Test("the possessive is its own token, straight or curly", arguments: [
        ("Pakistan's army", ["Pakistan", "'s", "army"]),
        ("Pakistan\u{2019}s army", ["Pakistan", "\u{2019}s", "army"]),
        ("PAKISTAN'S ARMY", ["PAKISTAN", "'S", "ARMY"]),
        ("the allies' plan", ["the", "allies", "'", "plan"]),
    ])
    func possessives(_ text: String, _ expected: [String]) {
        let tokens = Segmenter.tokenize(text)
        #expect(tokens.map(\.text) == expected)
        let possessives = tokens.filter(\.isPossessive)
        #expect(possessives.count == 1)
        #expect(possessives.first?.kind == .punctuation)
        #expect(possessives.first?.spaceBefore == false)
    }

    @Test("apostrophes inside words and contractions stay in the word", arguments: [
        ("O'Brien", ["O'Brien"]),
        ("don't", ["don't"]),
        ("Côte d'Ivoire's", ["Côte", "d'Ivoire", "'s"]),
        ("it's", ["it", "'s"]),
    ])
    func innerApostrophes(_ text: String, _ expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("hyphenated words are one token", arguments: [
        ("a won-yuan currency exchange", ["a", "won-yuan", "currency", "exchange"]),
        ("the Asia-Pacific region", ["the", "Asia-Pacific", "region"]),
        ("a long-awaited, legally-binding deal", ["a", "long-awaited", ",", "legally-binding", "deal"]),
        ("Kim - who", ["Kim", "-", "who"]),
        ("2024-25 budget", ["2024", "-", "25", "budget"]),
    ])
    func hyphens(_ text: String, _ expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("abbreviations keep their period; ordinary words do not")
    func abbreviationTokens() {
        let tokens = Segmenter.tokenize("Mr. Tanaka met Gen. Sato in Jan. Then they left.")
        #expect(tokens.map(\.text) == ["Mr.", "Tanaka", "met", "Gen.", "Sato", "in", "Jan.", "Then", "they", "left", "."])
        #expect(tokens.first?.kind == .word)
    }

    @Test("numbers keep their separators and suffixes")
    func numbers() {
        let tokens = Segmenter.tokenize("$1,250.50 in 1980s, 3.5% and 20C.")
        #expect(tokens.map(\.text) == ["$", "1,250.50", "in", "1980s", ",", "3.5", "%", "and", "20C", "."])
        #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["1,250.50", "1980s", "3.5", "20C"])
    }

    @Test("token flags: capitalised, lower-case word, space before")
    func flags() {
        let tokens = Segmenter.tokenize("Seoul (quietly) agreed")
        #expect(tokens.map(\.text) == ["Seoul", "(", "quietly", ")", "agreed"])
        #expect(tokens[0].isCapitalized && !tokens[0].isLowercaseWord)
        #expect(tokens[2].isLowercaseWord)
        #expect(tokens.map(\.spaceBefore) == [true, true, false, false, true])
        #expect(tokens[1].isPunctuation(["(", ")"]))
        #expect(tokens[0].lower == "seoul")
    }
}
