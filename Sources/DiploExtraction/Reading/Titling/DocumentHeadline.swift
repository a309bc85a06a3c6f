/// Finds a document's headline, the first source that applies:
///
/// 1. HTML (see ``HTMLHeadline``): the `og:title` meta tag, else the `<title>` with a site's
///    name trimmed off its end (" | World Desk"; see ``SiteSuffix``), else the first `<h1>`
///    (which also wins over a `<title>` too short for a headline).
/// 2. Markdown (see ``MarkdownHeadline``): `title:` in the front matter, else the first
///    level-1 heading (`# Talks in Lima`, or a line underlined with `===`), else the first line
///    as for plain text.
/// 3. Plain text: `title:` in front matter, else the first line when it reads as a headline
///    (see ``HeadlineLine``): short, not a sentence, not a dateline, byline or page furniture.
///
/// The headline is one line of text: markup stripped, entities decoded, white space folded.
/// A document with none of these has no headline (`nil`); its first sentence is never taken
/// for one.
enum DocumentHeadline {
    /// The headline of a document whose decoded text is `original`, read as `format`, or `nil`.
    static func find(original: String, format: DocumentFormat) -> String? {
        var original = original
        return original.withUTF8 { bytes in
            switch format {
            case .html: return HTMLHeadline.find(in: bytes)
            case .markdown: return MarkdownHeadline.find(in: bytes)
            case .plainText: return frontMatterTitle(in: bytes) ?? HeadlineLine.find(in: bytes, from: FrontMatter.end(in: bytes))
            }
        }
    }

    /// The `title:` of the front matter of `bytes`, folded; `nil` when there is none or it is empty.
    static func frontMatterTitle(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        FrontMatter.value(of: "title", in: bytes).flatMap { folded(String(decoding: $0, as: UTF8.self)) }
    }

    /// `text` with runs of white space (no-break spaces too) folded to one space and the ends
    /// trimmed; `nil` when nothing is left or it has no letter or digit.
    static func folded(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard words.contains(where: { $0.contains(where: { $0.isLetter || $0.isNumber }) }) else { return nil }
        return words.joined(separator: " ")
    }
}
