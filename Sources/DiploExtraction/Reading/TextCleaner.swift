/// From a decoded document to the cleaned text that extraction reads.
///
/// Markup is stripped, the text is cut into paragraphs at blank lines, white space is folded,
/// page furniture and exact duplicate paragraphs are dropped, and the paragraphs are joined by
/// blank lines. Each byte keeps the offset of the original byte it came from.
enum TextCleaner {
    struct Cleaned {
        var text: String
        /// Where each byte of `text` comes from in the original.
        var offsets: OffsetMap
    }

    static func clean(_ original: String, format: DocumentFormat) -> Cleaned {
        let source = Array(original.utf8)
        let stream: TracedText
        switch format {
        case .plainText:
            stream = TracedText(identity: source)
        case .markdown:
            stream = MarkupStripper.markdown(source)
        case .html:
            stream = MarkupStripper.html(source)
        }
        // Paragraph by paragraph, so that no more than one paragraph is held twice.
        var out: [UInt8] = []
        var offsets = OffsetMap()
        var seen = Set<ByteKey>()
        forEachParagraph(of: stream) { paragraph in
            let folded = fold(paragraph)
            if folded.isEmpty || PageFurniture.isFurniture(folded.bytes) { return }
            guard seen.insert(ByteKey(bytes: folded.bytes)).inserted else { return }
            if !out.isEmpty {
                let origin = folded.origin(at: 0)
                for _ in 0..<2 {
                    out.append(0x0A)
                    offsets.append(origin: origin, end: origin + 1)
                }
            }
            out.append(contentsOf: folded.bytes)
            for index in folded.bytes.indices { offsets.append(origin: folded.origin(at: index), end: folded.end(at: index)) }
        }
        return Cleaned(text: String(decoding: out, as: UTF8.self), offsets: offsets)
    }

    /// Paragraphs: runs of lines separated by blank lines. In plain text a line that looks like a
    /// headline (no closing punctuation) stands as its own paragraph.
    static func paragraphs(of stream: TracedText) -> [TracedText] {
        var result: [TracedText] = []
        forEachParagraph(of: stream) { result.append($0) }
        return result
    }

    /// Calls `body` with each paragraph of `stream`, in order (see `paragraphs(of:)`).
    static func forEachParagraph(of stream: TracedText, _ body: (TracedText) -> Void) {
        var current = TracedText()
        var line = TracedText()
        func endLine() {
            let isBlank = line.bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }
            if isBlank {
                if !current.isEmpty { body(current); current = TracedText() }
            } else {
                if current.isEmpty {
                    current = line  // no copy: a document on one line is one long line
                } else {
                    current.append(0x20, from: line.origin(at: 0))
                    current.append(line)
                }
                if !endsLikeProse(line.bytes) && line.bytes.count < 120 {
                    // A short line without end punctuation (a headline, a menu item) ends its block.
                    body(current); current = TracedText()
                }
            }
            line = TracedText()
        }
        // Line by line, each appended in bulk.
        var lineStart = 0
        while let newline = stream.bytes[lineStart...].firstIndex(of: 0x0A) {
            line.append(range: lineStart..<newline, of: stream)
            endLine()
            lineStart = newline + 1
        }
        line.append(range: lineStart..<stream.bytes.count, of: stream)
        endLine()
        if !current.isEmpty { body(current) }
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
            if pendingSpace && !out.isEmpty { out.append(0x20, from: text.origin(at: i)) }
            pendingSpace = false
            out.append(byteAt: i, of: text)
            i += 1
        }
        return out
    }
}

/// Bytes as a set member, hashed in one pass (`[UInt8]` hashes byte by byte).
private struct ByteKey: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
