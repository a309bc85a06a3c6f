/// From a decoded document to the cleaned text that extraction reads.
///
/// Markup is stripped, the text is cut into paragraphs at blank lines, teaser and credit lines
/// are dropped (`FurnitureLine`), white space is folded, a credit that ends a paragraph is cut
/// off (`PhotoCredit`), page furniture and exact duplicate paragraphs are dropped, and the
/// paragraphs are joined by blank lines. Each byte keeps the offset of the original byte it came from.
enum TextCleaner {
    struct Cleaned {
        var text: String
        /// Where each byte of `text` comes from in the original.
        var offsets: OffsetMap
    }

    static func clean(_ original: String, format: DocumentFormat) -> Cleaned {
        let source = Array(original.utf8)
        WorkMeter.record(source.count)
        switch format {
        case .plainText:
            return PlainTextCleaner.clean(source)
        case .markdown:
            return clean(MarkupStripper.markdown(source))
        case .html:
            return clean(MarkupStripper.html(source))
        }
    }

    /// Cleans a traced text: paragraphs, folded, without furniture or repeats. Plain text takes
    /// a faster road to the same result (`PlainTextCleaner`).
    static func clean(_ stream: TracedText) -> Cleaned {
        // Paragraph by paragraph, so that no more than one paragraph is held twice.
        var out: [UInt8] = []
        var offsets = OffsetMap()
        var seen = Set<ByteKey>()
        forEachParagraph(of: stream) { paragraph in
            var folded = fold(paragraph)
            if let credit = PhotoCredit.trailingCreditStart(folded.bytes) {
                // The credit and the space before it go; the caption before it stays.
                var kept = TracedText()
                kept.append(range: 0..<(credit - 1), of: folded)
                folded = kept
            }
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
            if isBlank || FurnitureLine.isFurniture(line.bytes) {
                // A teaser or credit line goes, and ends its paragraph as a blank line would.
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
    static func endsLikeProse<C: BidirectionalCollection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard let last = bytes.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return false }
        let letters = bytes.reduce(0) { $0 + ($1 >= 97 && $1 <= 122 ? 1 : 0) }
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
            let space = spaceWidth(bytes[i...])
            if space > 0 {
                pendingSpace = true
                i += space
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

extension TextCleaner {
    /// How many bytes of white space start `bytes`: 1 for a space, tab, carriage return, form
    /// feed or vertical tab, 2 for a no-break space (U+00A0 is C2 A0 in UTF-8), 0 otherwise.
    static func spaceWidth(_ bytes: ArraySlice<UInt8>) -> Int {
        guard let b = bytes.first else { return 0 }
        if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { return 1 }
        return b == 0xC2 && bytes.count > 1 && bytes[bytes.startIndex + 1] == 0xA0 ? 2 : 0
    }
}

/// Bytes as a set member, hashed in one pass (`[UInt8]` hashes byte by byte).
struct ByteKey: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
