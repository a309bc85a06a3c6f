/// Finds the relation triggers that start at each token of a sentence by hashing words, not by
/// building strings.
///
/// Every trigger's words are hashed with ``FNV1a`` (each lower-case word) and chained with
/// ``NameKey/extend(_:_:)`` into one key per word sequence; the table holds every trigger's key
/// and every proper prefix's key, so a scan from token `i` extends the key token by token and
/// stops as soon as no trigger starts that way. The longest trigger found wins; a match is
/// confirmed against the trigger's words, so a hash collision can never produce one.
struct TriggerMatcher: Sendable {
    /// A slot: the key, and the trigger it ends (`-1` for a prefix that ends none).
    private struct Slot: Sendable {
        var key: UInt64
        var trigger: Int32
    }

    private let triggers: [RelationLexicon.Trigger]
    private let slots: [Slot?]
    private let mask: Int
    /// The most words any trigger has.
    let longest: Int

    /// Compiles `triggers`; when two have the same words, the first one wins.
    init(_ triggers: [RelationLexicon.Trigger]) {
        var capacity = 16
        while capacity < 2 * triggers.reduce(0, { $0 + $1.words.count }) { capacity *= 2 }
        var slots = [Slot?](repeating: nil, count: capacity)
        let mask = capacity - 1
        var longest = 1
        for index in triggers.indices {
            let words = triggers[index].words
            var key: UInt64 = 0
            for n in words.indices {
                var word = words[n]
                key = NameKey.extend(key, word.withUTF8 { FNV1a.hash($0) })
                let ends = n == words.count - 1
                var slot = Int(truncatingIfNeeded: key) & mask
                while let entry = slots[slot], entry.key != key { slot = (slot + 1) & mask }
                if let entry = slots[slot] {
                    // An earlier trigger with these words wins; a prefix learns that a trigger ends here.
                    if ends && entry.trigger < 0 { slots[slot] = Slot(key: key, trigger: Int32(index)) }
                } else {
                    slots[slot] = Slot(key: key, trigger: ends ? Int32(index) : -1)
                }
            }
            longest = max(longest, words.count)
        }
        self.triggers = triggers
        self.slots = slots
        self.mask = mask
        self.longest = longest
    }

    /// The longest trigger that starts at token `i`, if any. Each word's hash is the token's
    /// own (``Token/lowerHash``); tokens that are no words end the scan.
    func longestMatch(at i: Int, in tokens: [Token]) -> RelationLexicon.Trigger? {
        var key: UInt64 = 0
        var best: Int32 = -1
        var k = i
        while k < tokens.count, k - i < longest, tokens[k].kind == .word {
            key = NameKey.extend(key, tokens[k].lowerHash)
            guard let entry = lookup(key) else { break }
            if entry >= 0, Self.matches(triggers[Int(entry)].words, tokens, from: i) { best = entry }
            k += 1
        }
        return best >= 0 ? triggers[Int(best)] : nil
    }

    private func lookup(_ key: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while let entry = slots[slot] {
            if entry.key == key { return entry.trigger }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func matches(_ words: [String], _ tokens: [Token], from i: Int) -> Bool {
        for (n, word) in words.enumerated() where tokens[i + n].lower != word { return false }
        return true
    }
}
