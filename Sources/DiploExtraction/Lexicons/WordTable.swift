import Foundation

/// A lexicon keyed by words, for the lookups the matchers make for nearly every token.
///
/// `Set<String>` and `Dictionary` hash a `String` with SipHash after checking its normal form;
/// the matchers ask the lexicons several times per token, and that hashing was a fifth of the
/// extraction time. A word table hashes the UTF-8 bytes of an ASCII word with ``FNV1a`` and looks
/// in an open-addressed table. Non-ASCII queries take the ordinary `Dictionary`, so the
/// answers are always `String`'s own: two ASCII strings are equal exactly when their bytes are,
/// and a non-ASCII key equals an ASCII word exactly when its canonical decomposition is that
/// word (the table files such a key under the decomposition's bytes).
///
/// The matchers ask about tokens, which hash their lower-case text once when they are made
/// (``Token/lowerHash``): ``subscript(wordAt:in:)`` looks that hash up without hashing again
/// or copying the token, and reads the word's bytes only when a key has the same hash.
struct WordTable<Value: Sendable>: Sendable {
    /// Every entry, for non-ASCII queries and for iteration.
    let dictionary: [String: Value]
    /// The ASCII keys' bytes one after another (key `n` is `keyBytes[keyStarts[n]..<keyStarts[n + 1]]`),
    /// their ``FNV1a`` hashes, their values, and the open-addressed slots that index them.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int32]
    private let keyHashes: [UInt64]
    private let values: [Value]
    private let slots: [Int32]
    private let mask: Int

    /// A table of `dictionary`'s entries.
    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        // Every key an ASCII word can equal, under the bytes of that word. (No two keys give the
        // same bytes: keys that did would be canonically equivalent, and so one key.)
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = [0]
        var keyHashes: [UInt64] = []
        var values: [Value] = []
        keyStarts.reserveCapacity(dictionary.count + 1)
        keyHashes.reserveCapacity(dictionary.count)
        values.reserveCapacity(dictionary.count)
        for (key, value) in dictionary {
            var form = key
            if !Self.isASCII(key.utf8) {
                // Canonical decompositions into ASCII alone are singletons (U+212A KELVIN SIGN is
                // "K"), all excluded from composition; keys without one cannot equal ASCII.
                guard key.unicodeScalars.contains(where: { $0.properties.isFullCompositionExclusion }) else { continue }
                form = key.decomposedStringWithCanonicalMapping
                guard Self.isASCII(form.utf8) else { continue }
            }
            keyBytes += form.utf8
            keyStarts.append(Int32(keyBytes.count))
            keyHashes.append(FNV1a.hash(form.utf8))
            values.append(value)
        }
        // (Where a key lands in the table does not change any answer: no order is needed.)
        var capacity = 16
        while capacity < 2 * values.count { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        for index in values.indices {
            var slot = Int(truncatingIfNeeded: keyHashes[index]) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(index)
        }
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.keyHashes = keyHashes
        self.values = values
        self.slots = slots
        self.mask = capacity - 1
    }

    /// Whether key `index` is `bytes`.
    @inline(__always)
    private func key(_ index: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[index])
        guard Int(keyStarts[index + 1]) - start == bytes.count else { return false }
        return keyBytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0 }
    }

    /// The value of `word`, if it is a key.
    subscript(word: String) -> Value? {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Value?? in
            // Non-ASCII: the dictionary decides (`nil` here means "not answered").
            guard let hash = FNV1a.asciiHash(bytes) else { return nil }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let index = Int(slots[slot])
                if index < 0 { return .some(nil) }
                if keyHashes[index] == hash, key(index, equals: bytes) {
                    return .some(values[index])
                }
                slot = (slot + 1) & mask
            }
        }
        if let answered = found ?? nil { return answered }
        return dictionary[word]
    }

    /// The value of `token`'s lower-case text: `self[token.lower]`, found by the hash the token
    /// holds (``Token/lowerHash``) instead of hashing the text again.
    @inline(__always)
    subscript(token: Token) -> Value? {
        self[wordAt: 0, in: CollectionOfOne(token)]
    }

    /// The value of the lower-case text of token `k` of `tokens`: `self[tokens[k].lower]`.
    ///
    /// Found by the hash the token holds (``Token/lowerHash``), and read in place: no copy of
    /// the token is made. A slot whose key has another hash is passed over without reading the
    /// key; a key with the same hash is compared byte by byte, so a hash collision never answers.
    @inline(__always)
    subscript<Tokens: RandomAccessCollection<Token>>(wordAt k: Tokens.Index, in tokens: Tokens) -> Value? {
        guard tokens[k].spelling != .other else { return dictionary[tokens[k].lower] }
        let hash = tokens[k].lowerHash
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keyHashes[index] == hash && keyMatches(index, tokens[k].lower) { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    /// Whether key `index` is `word`'s bytes (read in place when the string has them).
    private func keyMatches(_ index: Int, _ word: String) -> Bool {
        if let equal = word.utf8.withContiguousStorageIfAvailable({ key(index, equals: $0) }) { return equal }
        var word = word
        return word.withUTF8 { key(index, equals: $0) }
    }

    private static func isASCII<C: Sequence>(_ bytes: C) -> Bool where C.Element == UInt8 {
        bytes.allSatisfy { $0 < 0x80 }
    }

}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }
}

/// A set of words with the lookup speed of ``WordTable``.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Bool>

    /// A set of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is in the set (as `Set<String>.contains` would say).
    func contains(_ word: String) -> Bool {
        table[word] != nil
    }

    /// Whether `token`'s lower-case text is in the set: `contains(token.lower)`, by the hash
    /// the token holds.
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        table[token] != nil
    }

    /// Whether the lower-case text of token `k` of `tokens` is in the set:
    /// `contains(tokens[k].lower)`, by the hash the token holds, without copying the token.
    @inline(__always)
    func contains(wordAt k: Int, in tokens: [Token]) -> Bool {
        table[wordAt: k, in: tokens] != nil
    }

    /// The words, in no order.
    func makeIterator() -> Dictionary<String, Bool>.Keys.Iterator {
        table.dictionary.keys.makeIterator()
    }
}
