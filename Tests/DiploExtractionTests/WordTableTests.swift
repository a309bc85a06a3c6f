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

/// A prefix set never says "no" where some string starts with the text (a matcher would stop
/// too early and miss a form), and says "no" for ASCII text no string starts with.
@Suite("Prefix sets")
struct PrefixSetTests {
    /// Whether some string starts with `text`, as `String` compares (canonical equivalence).
    static func someStarts(_ strings: [String], with text: String) -> Bool {
        strings.contains { $0.hasPrefix(text) }
    }

    @Test("answers may-extend for every real prefix, and no for ASCII non-prefixes", arguments: 0..<40)
    func matchesHasPrefix(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let strings = (0..<Int.random(in: 0...30, using: &generator)).map { _ in WordTableTests.word(&generator) }
        let prefixes = PrefixSet(strings)
        var queries = (0..<300).map { _ in WordTableTests.word(&generator) }
        // Every prefix of every string, Character by Character, is asked too.
        for string in strings {
            var prefix = ""
            for character in string { prefix.append(character); queries.append(prefix) }
        }
        // (Matchers never ask about empty text.)
        for query in queries where !query.isEmpty {
            if Self.someStarts(strings, with: query) {
                #expect(prefixes.mayExtend(query), "seed \(seed): \(query.unicodeScalars.map(\.value))")
            } else if query.utf8.allSatisfy({ $0 < 0x80 }), !strings.contains(where: { $0.utf8.starts(with: query.utf8) }) {
                // ASCII that starts no string, not even by its bytes ("e" starts "e\u{301}x" by
                // its bytes only, and may be answered either way).
                #expect(!prefixes.mayExtend(query), "seed \(seed): \(query.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test("a string with KELVIN SIGN is extended by the ASCII K")
    func canonicalPrefix() {
        let prefixes = PrefixSet(["\u{212A}im Jong Un", "Lee Jae Myung"])
        #expect(prefixes.mayExtend("K"))
        #expect(prefixes.mayExtend("Kim Jong"))
        #expect(prefixes.mayExtend("Lee Jae"))
        #expect(!prefixes.mayExtend("Lee Jae Myung Park"))
        #expect(!prefixes.mayExtend("Moon"))
    }
}
