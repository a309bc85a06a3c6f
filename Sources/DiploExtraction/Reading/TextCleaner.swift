/// From a decoded document to the cleaned text that extraction reads.
///
/// Markup is stripped, the text is cut into paragraphs at blank lines, white space is folded,
/// page furniture and exact duplicate paragraphs are dropped, and the paragraphs are joined by
/// blank lines. Each byte keeps the offset of the original byte it came from.
enum TextCleaner {
    struct Cleaned {
        var text: String
        var origins: [Int]
        var ends: [Int]
    }

    static func clean(_ original: String, format: DocumentFormat) -> Cleaned {
        let source = Array(original.utf8)
        let stream: TracedText
        switch format {
        case .plainText:
            var traced = TracedText()
            traced.bytes = source
            traced.origins = Array(0..<source.count)
            traced.ends = source.indices.map { $0 + 1 }
            stream = traced
        case .markdown:
            stream = MarkupStripper.markdown(source)
        case .html:
            stream = MarkupStripper.html(source)
        }
        var out = TracedText()
        var seen = Set<[UInt8]>()
        for paragraph in paragraphs(of: stream) {
            let folded = fold(paragraph)
            if folded.isEmpty || PageFurniture.isFurniture(folded.bytes) { continue }
            guard seen.insert(folded.bytes).inserted else { continue }
            if !out.isEmpty { out.append(contentsOf: [0x0A, 0x0A], from: folded.origins[0]) }
            out.append(folded)
        }
        return Cleaned(text: String(decoding: out.bytes, as: UTF8.self), origins: out.origins, ends: out.ends)
    }

    /// Paragraphs: runs of lines separated by blank lines. In plain text a line that looks like a
    /// headline (no closing punctuation) stands as its own paragraph.
    static func paragraphs(of stream: TracedText) -> [TracedText] {
        var result: [TracedText] = []
        var current = TracedText()
        var line = TracedText()
        func endLine() {
            let isBlank = line.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }
            if isBlank {
                if !current.isEmpty { result.append(current); current = TracedText() }
            } else {
                if !current.isEmpty { current.append(0x20, from: line.origins[0]) }
                current.append(line)
                if !endsLikeProse(line.bytes) && line.bytes.count < 120 {
                    // A short line without end punctuation (a headline, a menu item) ends its block.
                    result.append(current); current = TracedText()
                }
            }
            line = TracedText()
        }
        for index in stream.bytes.indices {
            if stream.bytes[index] == 0x0A { endLine() } else { line.append(byteAt: index, of: stream) }
        }
        endLine()
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Whether a line ends as a sentence or a wrapped line of prose would.
    private static func endsLikeProse(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return false }
        let letters = bytes.filter { ($0 >= 97 && $0 <= 122) }.count
        // Lower-case letters end a wrapped prose line; so do commas and sentence punctuation.
        if (last >= 97 && last <= 122) || last == UInt8(ascii: ",") { return letters > 20 }
        return [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
                UInt8(ascii: "\""), 0x9D, 0x99, UInt8(ascii: ")")].contains(last)
    }

    /// The paragraph with runs of white space folded to one space and ends trimmed.
    static func fold(_ text: TracedText) -> TracedText {
        var out = TracedText()
        var pendingSpace = false
        var i = 0
        let bytes = text.bytes
        while i < bytes.count {
            let b = bytes[i]
            let isSpace = b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B
            // U+00A0 (no-break space) is C2 A0 in UTF-8.
            let isNoBreak = b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0
            if isSpace || isNoBreak {
                pendingSpace = true
                i += isNoBreak ? 2 : 1
                continue
            }
            if b < 0x20 { i += 1; continue }  // other control characters are dropped
            if pendingSpace && !out.isEmpty { out.append(0x20, from: text.origins[i]) }
            pendingSpace = false
            out.append(byteAt: i, of: text)
            i += 1
        }
        return out
    }
}
