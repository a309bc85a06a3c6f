/// Recognises single lines that belong to the page rather than the news, wherever they stand:
/// link lists and teasers ("More: …", "Related: …", "Read more", "See also: …", "Click here …")
/// and lines that are only a photo credit (see `PhotoCredit`).
///
/// A line is what lies between two line feeds of the stripped text: a line of plain text or
/// Markdown, a block element of HTML. The cleaners drop such a line and end the paragraph
/// there, as a blank line would. Teasers are known by how the line starts, with a capital
/// ("More:", "RELATED:"): a sentence that merely contains "more" or "related" is news, and so
/// is a wrapped line of prose that starts "more: …" in lower case.
enum FurnitureLine {
    /// How teaser lines start, lower-case. Phrases without a colon must end at a word's end.
    static let teaserOpenings: [String] = [
        "more:", "related:", "read more", "read also:", "also read:", "see also:", "recommended:", "click here",
    ]

    /// The longest line, in bytes, judged as a whole (a credit); longer lines are judged by
    /// their start only.
    static let longestJudgedLine = 200

    /// Whether `line` (raw bytes of one line, not folded) is page furniture.
    static func isFurniture<C: Collection>(_ line: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var start = line.startIndex
        // Leading white space and list bullets ("-", "*", "•", "»").
        while start < line.endIndex {
            let byte = line[start]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ">") {
                start += 1
            } else if byte == 0xC2 && start + 1 < line.endIndex && (line[start + 1] == 0xA0 || line[start + 1] == 0xBB) {
                start += 2  // no-break space, »
            } else if byte == 0xE2 && start + 2 < line.endIndex && line[start + 1] == 0x80 && line[start + 2] == 0xA2 {
                start += 3  // •
            } else {
                break
            }
        }
        guard start < line.endIndex else { return false }
        if isTeaser(line, from: start) { return true }
        guard line.endIndex - start <= longestJudgedLine, mayBeCredit(line, from: start) else { return false }
        return PhotoCredit.isCredit(folded(line, from: start))
    }

    /// A quick test, without copying, that most lines fail and every credit passes: at most
    /// `PhotoCredit.longestCredit` words, and either a slash, at most
    /// `PhotoCredit.longestBareCredit` words, or a first letter that starts a credit opening.
    private static func mayBeCredit<C: Collection>(_ line: C, from start: Int) -> Bool where C.Element == UInt8, C.Index == Int {
        var words = 0
        var inWord = false
        var slash = false
        for i in start..<line.endIndex {
            let byte = line[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                inWord = false
            } else {
                if byte == UInt8(ascii: "/") { slash = true }
                if !inWord {
                    inWord = true
                    words += 1
                    if words > PhotoCredit.longestCredit { return false }
                }
            }
        }
        if slash || words <= PhotoCredit.longestBareCredit { return true }
        var first = line[start]
        if first == UInt8(ascii: "("), start + 1 < line.endIndex { first = line[start + 1] }
        return PhotoCredit.openingFirstLetters.contains(ByteMarkers.lower(first))
    }

    /// Whether the line starts, at `start`, with a capitalised teaser opening.
    private static func isTeaser<C: Collection>(_ line: C, from start: Int) -> Bool where C.Element == UInt8, C.Index == Int {
        let first = line[start]
        guard first >= 0x41 && first <= 0x5A else { return false }
        for opening in teaserOpeningBytes where line.endIndex - start >= opening.count {
            var j = 0
            while j < opening.count {
                let byte = line[start + j]
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                guard lower == opening[j] else { break }
                j += 1
            }
            guard j == opening.count else { continue }
            if opening.last == UInt8(ascii: ":") { return true }
            let after = start + j
            if after == line.endIndex || !isLetter(line[after]) { return true }
        }
        return false
    }

    private static let teaserOpeningBytes: [[UInt8]] = teaserOpenings.map { Array($0.utf8) }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    /// The line from `start` with white space folded to single spaces, ends trimmed and ASCII
    /// capitals lowered.
    static func folded<C: Collection>(_ line: C, from start: Int) -> [UInt8] where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(line.endIndex - start)
        var pendingSpace = false
        var i = start
        while i < line.endIndex {
            let byte = line[i]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B {
                pendingSpace = true
                i += 1
                continue
            }
            if byte == 0xC2 && i + 1 < line.endIndex && line[i + 1] == 0xA0 {
                pendingSpace = true
                i += 2
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            i += 1
        }
        return out
    }
}
