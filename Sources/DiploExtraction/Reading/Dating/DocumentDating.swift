import DiploGraph

/// Finds the date a document gives itself, the first source that applies:
///
/// 1. HTML: a `<meta>` tag naming the publication date (see ``HTMLDate``), else the first
///    `<time datetime="…">`, else `"datePublished"` in a `<script type="application/ld+json">`.
/// 2. Other formats: a `date:` line in Markdown front matter (see ``FrontMatterDate``).
/// 3. Any format: a dateline at the start of a paragraph in the first 500 bytes of the
///    cleaned text, such as `LONDON, 3 December 2019 (AFP) —` (see ``Dateline``).
///
/// The calendar date as written is taken: `2019-05-04T23:30:00-05:00` is 2019-05-04, with no
/// conversion between time zones. A day that does not exist (2021-02-30) is no date, and a
/// dateline without a year gives none (the year is never guessed).
enum DocumentDating {
    /// The date of a document whose decoded text is `original`, read as `format`, cleaned to
    /// `text`; `nil` when it gives none.
    static func date(original: String, format: DocumentFormat, text: String) -> Day? {
        var original = original
        let marked: Day? = original.withUTF8 { bytes in
            switch format {
            case .html: return HTMLDate.find(in: bytes)
            case .markdown, .plainText: return FrontMatterDate.find(in: bytes)
            }
        }
        return marked ?? Dateline.find(in: text)
    }

    /// The day at the start of `value` (leading white space skipped): `YYYY-MM-DD`, alone or
    /// followed by a time (`T` or a space); `nil` for anything else or a day that does not exist.
    static func isoDay<C: Collection<UInt8>>(atStartOf value: C) -> Day? {
        let bytes = value.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        let head = bytes.prefix(10)
        guard head.count == 10, let day = Day(iso: String(decoding: head, as: UTF8.self)) else { return nil }
        let rest = bytes.dropFirst(10)
        guard let next = rest.first else { return day }
        return next == UInt8(ascii: "T") || next == UInt8(ascii: "t") || next == 0x20 ? day : nil
    }
}
