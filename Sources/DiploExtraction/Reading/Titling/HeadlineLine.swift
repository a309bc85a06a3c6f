/// The first line of a text, when it reads as a headline: what a plain-text article copied
/// from a page, or saved by a news archive, starts with ("Egypt and Israel seal trade deal").
///
/// Blank lines and page furniture (teasers, photo credits, share and sign-up prompts; see
/// ``FurnitureLine`` and ``PageFurniture``) before it are passed over. The line is a headline
/// when it:
/// - has at most ``longestHeadline`` characters, and from 2 to ``mostWords`` words;
/// - does not end as a sentence or a clause does (`.`, `,`, `;`, `:`, before any closing
///   quotes); `?`, `!` and `…` are a headline's;
/// - is not a dateline (`LONDON, 3 December 2019 (AFP) —`, `NAIROBI, Wednesday —`), a byline
///   or a time stamp (`By …`, `Updated …`), and holds no web or mail address.
///
/// One exception to the full stop: a line that the text repeats straight after (display text
/// a page shows twice, as a headline and again as the story's opening) is display text, not
/// the story's first sentence; it is the headline, without its final full stop.
enum HeadlineLine {
    /// The most characters a headline has.
    static let longestHeadline = 150
    /// The most words a headline has.
    static let mostWords = 25
    /// How far into the text the first line is looked for, in bytes.
    static let searchedBytes = 4096
    /// How many furniture lines may come before the headline.
    static let furnitureLines = 4

    /// Words that open a byline or a time stamp, lower-case.
    static let bylineOpenings: Set<String> = ["by", "published", "updated", "posted", "photo", "reporting", "written"]

    /// The headline the text of `bytes` starts with at `start`, or `nil`. With `markdown`, each
    /// line's markup is stripped first (so a line that is only an image is blank).
    static func find(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, markdown: Bool = false) -> String? {
        var lines = Lines(bytes: bytes, position: start, limit: min(bytes.count, start + searchedBytes), markdown: markdown)
        var furniture = 0
        while let line = lines.nextContent() {
            if FurnitureLine.isFurniture(line) || PageFurniture.isFurniture(FurnitureLine.folded(line, from: 0)) {
                furniture += 1
                if furniture > furnitureLines { return nil }
                continue
            }
            return headline(line, repeated: { lines.nextContent() == line })
        }
        return nil
    }

    /// `line` as a headline, or `nil` when it does not read as one; `repeated` tells whether
    /// the next line says the same.
    static func headline(_ line: [UInt8], repeated: () -> Bool) -> String? {
        guard let text = DocumentHeadline.folded(String(decoding: line, as: UTF8.self)),
              text.count <= longestHeadline else { return nil }
        let words = text.split(separator: " ")
        guard words.count >= 2, words.count <= mostWords else { return nil }
        if text.contains("://") || text.contains("www.") || text.contains("@") { return nil }
        if let first = words.first, bylineOpenings.contains(first.lowercased()) { return nil }
        if isDateline(line, firstWord: words[0]) { return nil }
        let closing: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}"]
        guard let last = text.last(where: { !closing.contains($0) }) else { return nil }
        switch last {
        case ",", ";", ":":
            return nil
        case "." where !text.hasSuffix(".."):
            // A sentence, unless the text says it again at once (see above).
            return text.last == "." && repeated() ? String(text.dropLast()) : nil
        default:
            return text
        }
    }

    /// Whether `line` opens with a dateline: one with a date (``Dateline``), or a place in
    /// capitals and a comma (`NAIROBI, Wednesday —`).
    private static func isDateline(_ line: [UInt8], firstWord: Substring) -> Bool {
        if Dateline.date(atStartOf: line[...]) != nil { return true }
        guard firstWord.hasSuffix(",") else { return false }
        let place = firstWord.dropLast()
        return place.count >= 2 && place.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    /// The lines of a text from a position, up to a limit.
    private struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let limit: Int
        let markdown: Bool

        /// The next line that is not blank (markup stripped for Markdown); `nil` at the limit,
        /// or when a line runs past it (a line that long is no headline).
        mutating func nextContent() -> [UInt8]? {
            while position < limit {
                guard let end = bytes[position..<limit].firstIndex(of: 0x0A) ?? (limit == bytes.count ? limit : nil) else {
                    return nil
                }
                var line = Array(bytes[position..<end])
                position = end + 1
                if markdown { line = MarkupStripper.markdown(line).bytes }
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0C }) { return line }
            }
            return nil
        }
    }
}
