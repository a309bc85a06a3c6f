/// Every prefix of a set of strings: whether some string starts with a given text.
///
/// The matchers grow a span of tokens one token at a time and look each span up; once a span is
/// the start of no form, no longer span can be a form, and the search stops. The answer is
/// exact for ASCII text (where string equality is byte equality); for other text a matcher
/// does not stop early (see ``mayExtend(_:)``).
///
/// Documents build one for their leaders' names, so it is cheap to build: the prefixes are kept
/// as ``FNV1a`` hashes of their bytes, in an open-addressed table. Two prefixes with the same hash
/// can only make ``mayExtend(_:)`` say "may" where it could have said "no", which costs a look
/// at a longer span and never changes what a matcher finds.
struct PrefixSet: Sendable {
    /// The hashes of every ASCII prefix (0 marks an empty slot; a hash of 0 is stored as 1).
    private let slots: [UInt64]
    private let mask: Int
    /// The prefixes, Character by Character, of strings with a character whose canonical
    /// decomposition may be ASCII (U+212A KELVIN SIGN is "K"): compared as `String`s.
    private let canonicalPrefixes: [String]

    init<S: Sequence>(_ strings: S) where S.Element == String {
        var hashes: [UInt64] = []
        var canonicalPrefixes: [String] = []
        for string in strings {
            // Only ASCII text is asked about: the prefixes that matter end before the first
            // non-ASCII byte.
            var hash = FNV1a.offsetBasis
            for byte in string.utf8 {
                if byte >= 0x80 { break }
                hash = FNV1a.step(hash, byte)
                hashes.append(hash)
            }
            if !string.utf8.allSatisfy({ $0 < 0x80 }),
               string.unicodeScalars.contains(where: { $0.properties.isFullCompositionExclusion }) {
                var prefix = ""
                for character in string {
                    prefix.append(character)
                    canonicalPrefixes.append(prefix)
                }
            }
        }
        var capacity = 16
        while capacity < 2 * hashes.count { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for hash in hashes {
            let stored = hash == 0 ? 1 : hash
            var slot = Int(truncatingIfNeeded: stored) & (capacity - 1)
            while slots[slot] != 0 && slots[slot] != stored { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = stored
        }
        self.slots = slots
        self.mask = capacity - 1
        self.canonicalPrefixes = canonicalPrefixes
    }

    /// Whether a longer text that starts with `text` may still be one of the strings: false only
    /// when `text` is ASCII and no string starts with it.
    func mayExtend(_ text: String) -> Bool {
        var text = text
        guard let hash = text.withUTF8(FNV1a.asciiHash) else { return true }
        return mayExtend(text, hash: hash)
    }

    /// ``mayExtend(_:)`` for the lower-case text of token `k` of `tokens`, by the hash the
    /// token holds (``Token/lowerHash``).
    func mayExtend(wordAt k: Int, in tokens: [Token]) -> Bool {
        guard tokens[k].spelling != .other else { return true }
        return mayExtend(tokens[k].lower, hash: tokens[k].lowerHash)
    }

    /// ``mayExtend(_:)`` for the lower-case text of token `k` of `tokens` followed by a space
    /// (the start of a phrase of several words), by the token's hash extended by the space.
    func mayExtendWithSpace(wordAt k: Int, in tokens: [Token]) -> Bool {
        guard tokens[k].spelling != .other else { return true }
        // (The text itself is built only for a set that holds prefixes compared as text.)
        let text = canonicalPrefixes.isEmpty ? "" : tokens[k].lower + " "
        return mayExtend(text, hash: FNV1a.step(tokens[k].lowerHash, UInt8(ascii: " ")))
    }

    /// Whether ASCII `text`, whose ``FNV1a`` hash is `hash`, may be extended.
    private func mayExtend(_ text: String, hash: UInt64) -> Bool {
        let stored = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: stored) & mask
        while slots[slot] != 0 {
            if slots[slot] == stored { return true }
            slot = (slot + 1) & mask
        }
        return !canonicalPrefixes.isEmpty && canonicalPrefixes.contains(text)
    }
}
