import Testing
import TestSupport
@testable import DiploExtraction

/// A token's hash is computed once, when it is made; every matcher that reads it must answer as
/// it would from the token's text.
@Suite("Token hashes")
struct TokenHashTests {
    /// Letters of both cases, digits, marks that split or vanish in names, and text past ASCII
    /// (KELVIN SIGN lower-cases to ASCII "k"; "İ" to two scalars).
    static let alphabet: [String] = [
        "a", "Z", "k", "K", "7", "-", "_", "'", ".", " ", "é", "É", "e\u{301}", "\u{212A}", "\u{2019}", "İ", "ß", "東",
    ]

    static func text(_ generator: inout SplitMix64) -> String {
        (0..<Int.random(in: 1...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    static func token(_ text: String) -> Token {
        Token(text: text, range: 0..<text.utf8.count, kind: .word, spaceBefore: true)
    }

    @Test("a token made from bytes is the token made from its text", arguments: 0..<20)
    func bytesAndText(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        for _ in 0..<200 {
            let text = Self.text(&generator)
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer {
                Token(utf8: $0, range: 0..<text.utf8.count, kind: .word, spaceBefore: true)
            }
            let fromText = Self.token(text)
            #expect(fromBytes == fromText, "\(text.unicodeScalars.map(\.value))")
            #expect(fromText.lower == text.lowercased())
            #expect(fromText.lowerHash == FNV1a.hash(text.lowercased().utf8), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("a word table answers for a token as for its lower-case text", arguments: 0..<20)
    func wordTableByToken(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let words = (0..<Int.random(in: 1...60, using: &generator)).map { _ in Self.text(&generator).lowercased() }
        var dictionary: [String: Int] = [:]
        for (index, word) in words.enumerated() where dictionary[word] == nil { dictionary[word] = index }
        let table = WordTable(dictionary)
        let set = WordSet(words)
        var tokens = words.map(Self.token)
        tokens += (0..<200).map { _ in Self.token(Self.text(&generator)) }
        for k in tokens.indices {
            let lower = tokens[k].lower
            #expect(table[wordAt: k, in: tokens] == table[lower], "\(lower.unicodeScalars.map(\.value))")
            #expect(table[tokens[k]] == table[lower])
            #expect(set.contains(wordAt: k, in: tokens) == set.contains(lower))
        }
    }

    @Test("a sentence's name keys are the folded words of each token", arguments: 0..<20)
    func nameKeys(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let tokens = (0..<50).map { _ in Self.token(Self.text(&generator)) }
        let keys = TokenNameKeys(tokens)
        for (k, token) in tokens.enumerated() {
            var expected: [UInt64] = []
            NameKey.appendWordHashes(of: token.text, to: &expected)
            var hashes: [UInt64] = []
            keys.forEachWordHash(of: k) { hashes.append($0); return true }
            #expect(hashes == expected, "\(token.text.unicodeScalars.map(\.value))")
            #expect(keys.isNameWord(k) == !expected.isEmpty)
            #expect(keys.singleWordHash(of: k) == (expected.count == 1 ? expected[0] : nil))
        }
    }

    @Test("a relation trigger is found whatever the case of its words")
    func triggerByHash() throws {
        let matcher = TriggerMatcher([.init(words: ["pulled", "out", "of"], relation: .rejected, reading: .verb)])
        let tokens = Segmenter.tokenize("Peru PULLED Out of the pact.")
        #expect(try #require(matcher.longestMatch(at: 1, in: tokens)).words == ["pulled", "out", "of"])
        #expect(matcher.longestMatch(at: 2, in: tokens) == nil)
    }
}
