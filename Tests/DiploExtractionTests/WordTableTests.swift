import Testing
import TestSupport
@testable import DiploExtraction

/// A word table answers exactly as `Set<String>` and `Dictionary` do, canonical equivalence
/// included, for ASCII and other words.
@Suite("Word tables")
struct WordTableTests {
    static let alphabet: [String] = ["a", "e", "k", "K", "s", "-", "'", " ", ".", "é", "e\u{301}", "\u{212A}", "\u{37E}", ";", "東", "ß", "İ"]

    static func word(_ generator: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    @Test("answers as Set<String> and Dictionary do", arguments: 0..<40)
    func sameAnswers(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let words = (0..<Int.random(in: 0...60, using: &generator)).map { _ in Self.word(&generator) }
        let set = Set(words)
        let wordSet = WordSet(words)
        var dictionary: [String: Int] = [:]
        for (index, word) in words.enumerated() where dictionary[word] == nil { dictionary[word] = index }
        let table = WordTable(dictionary)
        for _ in 0..<300 {
            let query = Self.word(&generator)
            #expect(wordSet.contains(query) == set.contains(query), "seed \(seed): \(query.unicodeScalars.map(\.value))")
            #expect(table[query] == dictionary[query], "seed \(seed): \(query.unicodeScalars.map(\.value))")
        }
        for word in words { #expect(wordSet.contains(word) && table[word] != nil) }
    }

    @Test("a key that is canonically an ASCII word is found by that word")
    func canonicalEquivalence() {
        let set: WordSet = ["\u{212A}ey", "caf\u{E9}", ";"]
        #expect(set.contains("Key"))          // KELVIN SIGN is K
        #expect(set.contains("cafe\u{301}"))  // é, decomposed
        #expect(set.contains("\u{37E}"))      // GREEK QUESTION MARK is ;
        #expect(!set.contains("cafe"))
        #expect(!set.contains("key"))
    }
}
