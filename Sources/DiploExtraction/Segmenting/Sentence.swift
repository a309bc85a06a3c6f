/// A sentence of the cleaned text: its byte range and tokens.
public struct Sentence: Sendable {
    /// The index of the sentence in its document, from 0.
    public let index: Int
    /// The UTF-8 byte range in the document's cleaned text.
    public let range: Range<Int>
    /// The sentence's tokens.
    public let tokens: [Token]
    /// The sentence's text.
    public let text: String
    /// The index of the paragraph the sentence belongs to.
    public let paragraph: Int
}
