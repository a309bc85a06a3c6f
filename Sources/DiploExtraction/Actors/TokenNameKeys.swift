/// The folded word hashes of a sentence's tokens, computed once per sentence so that
/// ``ActorKnowledgeBase/names(startingAt:in:)`` can try every start without folding or building
/// strings again.
///
/// A word token gives its words' hashes ("Jae-myung" two, "W." one); other tokens give none and
/// end any name.
public struct TokenNameKeys: Sendable {
    /// Every token's word hashes, one after another.
    let hashes: [UInt64]
    /// Where token `i`'s hashes begin in ``hashes``; `starts[i + 1]` is where they end.
    let starts: [Int32]
    /// Whether token `i` can be part of a name: a word token with at least one folded word.
    let isNameWord: [Bool]
    /// Whether token `i` starts with an upper-case letter.
    let isCapitalized: [Bool]

    /// Folds every token of a sentence.
    public init(_ tokens: [Token]) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count + tokens.count / 4)
        var starts: [Int32] = [0]
        starts.reserveCapacity(tokens.count + 1)
        var isNameWord: [Bool] = []
        isNameWord.reserveCapacity(tokens.count)
        for token in tokens {
            let before = hashes.count
            if token.kind == .word {
                // A word of ASCII letters and digits folds to its lower-case text, whose hash
                // the token holds; only other words are folded here.
                if token.spelling == .asciiAlphanumeric {
                    hashes.append(token.lowerHash)
                } else {
                    NameKey.appendWordHashes(of: token.text, to: &hashes)
                }
            }
            isNameWord.append(hashes.count > before)
            starts.append(Int32(hashes.count))
        }
        self.hashes = hashes
        self.starts = starts
        self.isNameWord = isNameWord
        self.isCapitalized = tokens.map(\.isCapitalized)
    }

    /// The number of tokens.
    public var count: Int { isNameWord.count }
}
