import Testing
import TestSupport
@testable import DiploExtraction

/// The byte search behind the page-furniture checks: the sliding-window search finds exactly
/// what a plain search finds, and a paragraph judged by bytes gets the judgement it would get
/// by characters.
@Suite("Byte markers")
struct ByteMarkersTests {
    /// Whether `text` contains a phrase, compared byte by byte at every position, ASCII case ignored.
    static func plainSearch(_ phrases: [String], in text: [UInt8]) -> Bool {
        let lower = text.map(ByteMarkers.lower)
        return phrases.contains { phrase in
            let bytes = Array(phrase.utf8)
            guard !bytes.isEmpty, bytes.count <= lower.count else { return false }
            return (0...(lower.count - bytes.count)).contains { Array(lower[$0..<($0 + bytes.count)]) == bytes }
        }
    }

    static let phraseSets: [[String]] = [
        PageFurniture.markers, PageFurniture.signUpCalls, PageFurniture.signUpChannels, PageFurniture.readerAddress,
        ["ab", "b"], ["q"], ["abc", "bcd", "cde"],
    ]

    @Test("the window search agrees with a plain search on generated text", arguments: 0..<phraseSets.count)
    func windowSearchAgrees(_ set: Int) {
        let phrases = Self.phraseSets[set]
        let markers = ByteMarkers(phrases)
        // Pieces of the phrases, upper-cased at random, among ordinary words and punctuation.
        let pieces = phrases.flatMap { phrase -> [String] in
            let bytes = Array(phrase.utf8)
            return [phrase, String(decoding: bytes.prefix(bytes.count - 1), as: UTF8.self), String(decoding: bytes.dropFirst(), as: UTF8.self)]
        } + ["the", " ", "talks", "a", "b", "c", "d", "e", ",", "-", "Q", "\u{A9}", "x"]
        var generator = SplitMix64(seed: UInt64(set) + 7)
        var found = 0
        for _ in 0..<3000 {
            var text: [UInt8] = []
            for _ in 0..<generator.next(12) {
                var piece = Array(pieces[generator.next(pieces.count)].utf8)
                if generator.next(3) == 0 { piece = Array(Self.asciiUppercased(String(decoding: piece, as: UTF8.self)).utf8) }
                text += piece
            }
            let expected = Self.plainSearch(phrases, in: text)
            #expect(markers.occurs(in: text) == expected, "\(String(decoding: text, as: UTF8.self))")
            if expected { found += 1 }
        }
        // The generated texts hold both answers many times over.
        #expect(found > 300 && found < 2700)
    }

    @Test("a phrase at the very start and the very end of a text is found")
    func phraseAtEdges() {
        let markers = ByteMarkers(["sign up", "newsletter"])
        #expect(markers.occurs(in: Array("Sign up".utf8)))
        #expect(markers.occurs(in: Array("The weekly NEWSLETTER".utf8)))
        #expect(markers.occurs(in: Array("newsletter of the ministry".utf8)))
        #expect(!markers.occurs(in: Array("sign u".utf8)))
        #expect(!markers.occurs(in: Array("The envoys signed up nothing new.".utf8)))
    }

    // MARK: Bytes and characters agree

    /// Punctuation that leaves a paragraph searchable as bytes.
    static let punctuation = ["\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{2026}", "\u{2022}", "\u{A9}"]

    /// The whole Latin letters that leave a paragraph searchable as bytes: À to ſ but İ.
    static let latinLetters = (0xC0...0x17F).filter { $0 != 0x130 }.map { String(Character(Unicode.Scalar($0)!)) }

    @Test("curly quotes, dashes, the ellipsis, the bullet, © and whole Latin letters keep a paragraph searchable as bytes")
    func searchable() {
        #expect(PageFurniture.searchableAsBytes(Array("\u{201C}We will talk again\u{201D} \u{2014} the envoy\u{2019}s words\u{2026}".utf8)))
        #expect(PageFurniture.searchableAsBytes(Array("\u{A9} 2031 The Harbour Gazette".utf8)))
        #expect(PageFurniture.searchableAsBytes(Array("The envoy met Jos\u{E9} Ortega and \u{141}ucja Nowak in G\u{F6}teborg.".utf8)))
    }

    @Test("combining marks, İ, other scripts and cut characters send a paragraph to the search by characters")
    func notSearchable() {
        #expect(!PageFurniture.searchableAsBytes(Array("The envoy met Jose\u{301} Ortega.".utf8)))
        #expect(!PageFurniture.searchableAsBytes(Array("The envoy met \u{130}lkay Demir.".utf8)))
        #expect(!PageFurniture.searchableAsBytes(Array("The envoy flew to \u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}.".utf8)))
        #expect(!PageFurniture.searchableAsBytes(Array("The temperature was 300 \u{212A}.".utf8)))
        #expect(!PageFurniture.searchableAsBytes(Array("\u{2019}".utf8.dropLast())))
        #expect(!PageFurniture.searchableAsBytes(Array("\u{E9}".utf8.dropLast())))
        #expect(!PageFurniture.searchableAsBytes(Array("\u{A0}".utf8)))
    }

    /// `text` with its ASCII letters in capitals (other letters as they are, so that the text
    /// stays searchable as bytes).
    static func asciiUppercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether `text` gets the same judgement by bytes as by characters, short or not; the
    /// judgements by bytes are counted into `furniture`.
    static func agree(_ text: String, furniture: inout Int) -> Bool {
        let bytes = Array(text.utf8)
        guard PageFurniture.searchableAsBytes(bytes) else { return false }
        for isShort in [true, false] {
            let byBytes = PageFurniture.isFurnitureByBytes(bytes, isShort: isShort)
            guard byBytes == PageFurniture.isFurnitureByCharacters(bytes, isShort: isShort) else { return false }
            if byBytes { furniture += 1 }
        }
        return true
    }

    @Test("paragraphs with such punctuation and letters get the same judgement by bytes as by characters")
    func bytesAgreeWithCharacters() {
        let phrases = PageFurniture.markers + PageFurniture.signUpCalls + PageFurniture.signUpChannels + PageFurniture.readerAddress
        let words = ["Sign", "up", "for", "your", "inbox", "alerts", "the", "envoy", "said", "share", "Search", "home"]
        var generator = SplitMix64(seed: 11)
        var furniture = 0
        let rounds = 4000
        for round in 0..<rounds {
            var parts: [String] = []
            for _ in 0..<(1 + generator.next(6)) {
                switch generator.next(5) {
                case 0: parts.append(phrases[generator.next(phrases.count)])
                case 1: parts.append(words[generator.next(words.count)])
                case 2: parts.append(Self.latinLetters[generator.next(Self.latinLetters.count)])
                default: parts.append(Self.punctuation[generator.next(Self.punctuation.count)])
                }
            }
            // Joined with and without spaces, so that a mark touches a phrase on either side.
            var text = parts.joined(separator: generator.next(2) == 0 ? " " : "")
            if round % 3 == 0 { text = Self.asciiUppercased(text) }
            #expect(Self.agree(text, furniture: &furniture), "\(text)")
        }
        #expect(furniture > rounds / 4 && furniture < 2 * rounds - rounds / 4)
    }

    @Test("every whole Latin letter right after, before or inside a phrase gets the same judgement by bytes as by characters")
    func latinLettersAgree() {
        var furniture = 0
        for letter in Self.latinLetters {
            for text in ["cookie\(letter)", "\(letter)newsletter", "Sign up\(letter) for your inbox", "sign up for your e\(letter)mail",
                         "\(letter)SHARE THIS", "back to to\(letter)p"] {
                #expect(Self.agree(text, furniture: &furniture), "\(text)")
            }
        }
        // "\(letter)newsletter" and "\(letter)SHARE THIS" are furniture when short, whatever the letter.
        #expect(furniture >= 2 * Self.latinLetters.count)
    }

    @Test("a punctuated sign-up line goes and a punctuated news paragraph stays")
    func punctuatedParagraphs() {
        #expect(PageFurniture.isFurniture(Array("\u{201C}Sign up\u{201D} for our newsletter \u{2014} it\u{2019}s free\u{2026}".utf8)))
        #expect(PageFurniture.isFurniture(Array("\u{A9} 2031 Harbour Gazette. All rights reserved.".utf8)))
        #expect(!PageFurniture.isFurniture(Array("\u{201C}We will meet again,\u{201D} the envoy said \u{2014} and the talks ended.".utf8)))
    }
}
