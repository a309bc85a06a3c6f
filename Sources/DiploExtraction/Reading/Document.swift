import DiploGraph

/// A document as read: its name and original text, and the cleaned text used for extraction,
/// with a map from every byte of the cleaned text back to the original.
public struct Document: Sendable {
    /// The name used in evidence (the path as given, or `-` for standard input).
    public let name: String
    /// The decoded original text.
    public let original: String
    /// How many bytes of the input come before `original`: 3 when a UTF-8 byte order mark was
    /// dropped, else 0 (see ``inputRange(of:)``).
    public let leadingBytes: Int
    /// The markup the document was read as.
    public let format: DocumentFormat
    /// The cleaned text: markup and page furniture removed, one paragraph per block separated by
    /// blank lines, white space folded.
    public let text: String
    /// The date the document gives itself (see ``DocumentReader/read(data:name:format:)``), or
    /// the one a caller set with ``dated(_:)``; `nil` when unknown.
    public let date: Day?
    /// The document's headline (see ``DocumentReader/read(data:name:format:)``): from the
    /// markup for HTML and Markdown, the first line when it reads as one for plain text; `nil`
    /// when it has none.
    public let title: String?
    /// Whether the input held invalid UTF-8, each invalid sequence read as U+FFFD (scraped text
    /// often has a few stray bytes): a reader can warn that the text is not quite what was
    /// written.
    public let replacedInvalidUTF8: Bool
    /// For each UTF-8 byte of `text`, the span of `original` its source covers ("&amp;" is one
    /// byte here), stored as runs.
    let offsets: OffsetMap

    init(name: String, original: String, leadingBytes: Int, format: DocumentFormat, text: String,
         date: Day?, title: String?, offsets: OffsetMap, replacedInvalidUTF8: Bool = false) {
        precondition(text.utf8.count == offsets.count, "every cleaned byte needs its origin")
        self.name = name
        self.original = original
        self.leadingBytes = leadingBytes
        self.format = format
        self.text = text
        self.date = date
        self.title = title
        self.offsets = offsets
        self.replacedInvalidUTF8 = replacedInvalidUTF8
    }

    /// This document with `date` as its date, whatever it said itself (`nil` makes it undated).
    public func dated(_ date: Day?) -> Document {
        Document(name: name, original: original, leadingBytes: leadingBytes, format: format, text: text,
                 date: date, title: title, offsets: offsets, replacedInvalidUTF8: replacedInvalidUTF8)
    }

    /// The original byte range of the cleaned byte range `range` (half-open).
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard offsets.count > 0, !range.isEmpty else { return 0..<0 }
        let lower = offsets.origin(at: min(range.lowerBound, offsets.count - 1))
        let upper = offsets.end(at: min(range.upperBound - 1, offsets.count - 1))
        return lower..<max(lower, upper)
    }

    /// The byte range of the input (the file's bytes) behind the cleaned byte range `range`:
    /// ``originalRange(of:)`` counted from the input's first byte, a byte order mark included.
    /// Evidence offsets are these. (For UTF-16 input they count the UTF-8 bytes of `original`.)
    public func inputRange(of range: Range<Int>) -> Range<Int> {
        let inOriginal = originalRange(of: range)
        return (inOriginal.lowerBound + leadingBytes)..<(inOriginal.upperBound + leadingBytes)
    }
}
