/// The folded word hashes of a sentence's tokens, for ``ActorKnowledgeBase/names(startingAt:in:)``
/// to try every start without folding or building strings.
///
/// A word token gives its words' hashes ("Jae-myung" two, "W." one); other tokens give none and
/// end any name. Nothing is computed for the sentence as a whole: a word of ASCII letters and
/// digits (nearly every one) folds to its lower-case text, whose hash the token already holds
/// (``Token/lowerHash``), and the few other words are folded when a name search reaches them.
public struct TokenNameKeys: Sendable {
    private let tokens: [Token]

    /// The keys of a sentence's tokens.
    public init(_ tokens: [Token]) {
        self.tokens = tokens
    }

    /// The number of tokens.
    public var count: Int { tokens.count }

    /// Whether token `i` starts with an upper-case letter.
    func isCapitalized(_ i: Int) -> Bool { tokens[i].isCapitalized }

    /// Whether token `i` can be part of a name: a word token with at least one folded word.
    func isNameWord(_ i: Int) -> Bool {
        guard tokens[i].kind == .word else { return false }
        return tokens[i].spelling == .asciiAlphanumeric || !folded(i).isEmpty
    }

    /// Calls `body` with each folded word hash of token `i` in order (none for a token that is no
    /// word), until `body` returns `false`; returns whether it never did.
    @discardableResult
    func forEachWordHash(of i: Int, _ body: (UInt64) -> Bool) -> Bool {
        guard tokens[i].kind == .word else { return true }
        if tokens[i].spelling == .asciiAlphanumeric { return body(tokens[i].lowerHash) }
        for hash in folded(i) where !body(hash) { return false }
        return true
    }

    /// The hash of token `i`'s one folded word; `nil` unless it is a word that folds to exactly
    /// one word ("Jae-myung" folds to two).
    func singleWordHash(of i: Int) -> UInt64? {
        guard tokens[i].kind == .word else { return nil }
        if tokens[i].spelling == .asciiAlphanumeric { return tokens[i].lowerHash }
        let hashes = folded(i)
        return hashes.count == 1 ? hashes[0] : nil
    }

    /// The folded word hashes of word token `i`, folded now (see ``NameKey``).
    private func folded(_ i: Int) -> [UInt64] {
        var hashes: [UInt64] = []
        NameKey.appendWordHashes(of: tokens[i].text, to: &hashes)
        return hashes
    }
}
