/// A word, number or punctuation mark of the cleaned text, with its byte range.
public struct Token: Hashable, Sendable {
    /// What sort of token it is.
    public enum Kind: Hashable, Sendable {
        case word, number, punctuation
    }

    /// The token's text as written ("Lee", "U.S.", "won-yuan", "'s", ",").
    public let text: String
    /// The UTF-8 byte range in the document's cleaned text.
    public let range: Range<Int>
    /// What sort of token it is.
    public let kind: Kind
    /// Whether white space comes right before the token.
    public let spaceBefore: Bool

    /// The text in lower case.
    public let lower: String

    /// The ``FNV1a`` hash of ``lower``'s UTF-8 bytes, computed once: the relation triggers, the
    /// word tables and the actor names all hash the same words (see ``WordSpelling``).
    let lowerHash: UInt64
    /// How ``lower`` is spelt, for the matchers that hash it.
    let spelling: WordSpelling

    /// Creates a token.
    public init(text: String, range: Range<Int>, kind: Kind, spaceBefore: Bool) {
        let lower = text.lowercased()
        let (hash, spelling) = WordSpelling.hash(text: text, lower: lower)
        self.init(text: text, lower: lower, lowerHash: hash, spelling: spelling, range: range, kind: kind, spaceBefore: spaceBefore)
    }

    /// The token whose text is the UTF-8 `bytes`: the same token as
    /// ``init(text:range:kind:spaceBefore:)`` makes. ASCII text (nearly every token) is read
    /// once for its lower case and its hash, and a word with no capital shares its text's storage.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, kind: Kind, spaceBefore: Bool) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let ascii = WordSpelling.ascii(bytes) else {
            self.init(text: text, range: range, kind: kind, spaceBefore: spaceBefore)
            return
        }
        let lower = !ascii.hasCapital ? text : String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (n, byte) in bytes.enumerated() { buffer[n] = WordSpelling.lowerASCII(byte) }
            return bytes.count
        }
        self.init(text: text, lower: lower, lowerHash: ascii.hash, spelling: ascii.spelling, range: range, kind: kind, spaceBefore: spaceBefore)
    }

    private init(text: String, lower: String, lowerHash: UInt64, spelling: WordSpelling, range: Range<Int>, kind: Kind, spaceBefore: Bool) {
        self.text = text
        self.range = range
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.lower = lower
        self.lowerHash = lowerHash
        self.spelling = spelling
        // Computed once: the matchers ask for every token, often several times. A token that
        // starts with an ASCII byte is decided by that byte: a combining mark after an ASCII
        // letter does not change its case, and an ASCII non-letter has none.
        if let byte = text.utf8.first, byte < 0x80 {
            self.isCapitalized = byte >= 0x41 && byte <= 0x5A
            self.isLowercaseWord = kind == .word && byte >= 0x61 && byte <= 0x7A
        } else {
            let first = text.first
            self.isCapitalized = first?.isUppercase ?? false
            self.isLowercaseWord = kind == .word && (first?.isLowercase ?? false)
        }
    }

    /// Whether the token starts with an upper-case letter (and is read as such: a headline's
    /// capitalised common words are not, see ``readAsLowerCase()``).
    public private(set) var isCapitalized: Bool

    /// The token read as a lower-case word: "Meets" in the headline "Cuban Leader Meets With
    /// Chinese Envoys" is the verb, not a name. Its text and range are unchanged.
    func readAsLowerCase() -> Token {
        var token = self
        token.isCapitalized = false
        if kind == .word { token.isLowercaseWord = true }
        return token
    }

    /// Whether the token is a word written all in lower case.
    public private(set) var isLowercaseWord: Bool

    /// Whether the token is the possessive ending `'s` (or `'` after a plural).
    public var isPossessive: Bool {
        kind == .punctuation && (lower == "'s" || lower == "\u{2019}s" || lower == "'" || lower == "\u{2019}")
    }

    /// Whether the token is a punctuation mark among `marks`.
    public func isPunctuation(_ marks: Set<String>) -> Bool { kind == .punctuation && marks.contains(text) }
}
