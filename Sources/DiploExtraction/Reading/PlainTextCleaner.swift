/// `TextCleaner` for plain text in one pass over the bytes, without the per-byte origin tables
/// of `TracedText`.
///
/// Gives exactly what `TextCleaner.clean(TracedText(identity:))` gives (a test compares the two
/// on generated text): the same paragraphs (lines up to a blank line; a short line without
/// closing punctuation stands alone), white space folded the same way (runs of spaces, tabs,
/// carriage returns, form feeds and no-break spaces become one space that takes the origin of
/// the byte after it; other control bytes are dropped; ends are trimmed), the same teaser and
/// credit lines, trailing credits, furniture and repeats dropped, and paragraphs joined by two line feeds that take the origin of the
/// paragraph's first byte. In plain text every kept byte comes from the byte at the same place.
enum PlainTextCleaner {
    static func clean(_ source: [UInt8]) -> TextCleaner.Cleaned {
        var output = Output()
        var paragraph = Paragraph()
        // Front matter (`---` … `---`) is data about the document (its title and date), not text.
        var lineStart = source.withUnsafeBufferPointer { FrontMatter.end(in: $0) }
        while lineStart <= source.count {
            let lineEnd = source[lineStart...].firstIndex(of: 0x0A) ?? source.count
            let line = source[lineStart..<lineEnd]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }) || FurnitureLine.isFurniture(line) {
                // A teaser or credit line goes, and ends its paragraph as a blank line would.
                paragraph.end(into: &output)
            } else {
                paragraph.fold(line)
                if !TextCleaner.endsLikeProse(line) && line.count < 120 {
                    // A short line without end punctuation (a headline, a menu item) ends its block.
                    paragraph.end(into: &output)
                }
            }
            lineStart = lineEnd + 1
        }
        paragraph.end(into: &output)
        return TextCleaner.Cleaned(text: String(decoding: output.bytes, as: UTF8.self), offsets: output.offsets)
    }

    /// The cleaned text so far.
    private struct Output {
        var bytes: [UInt8] = []
        var offsets = OffsetMap()
        var seen = Set<ByteKey>()
    }

    /// One paragraph being folded: its bytes and where they come from, as runs of bytes that
    /// come from consecutive original bytes.
    private struct Paragraph {
        var bytes: [UInt8] = []
        var runs: [(origin: Int, count: Int)] = []
        /// Whether white space was read since the last byte kept.
        var pendingSpace = false
        /// Whether a line was folded into the paragraph (a later line is joined by a space).
        var hasLines = false

        /// Folds a line into the paragraph.
        mutating func fold(_ line: ArraySlice<UInt8>) {
            // The space that joins a line to the one before it is white space like any other.
            if hasLines { pendingSpace = true }
            hasLines = true
            var i = line.startIndex
            while i < line.endIndex {
                let byte = line[i]
                // A span of ordinary bytes (no white space, control byte or C2 lead byte) is
                // kept whole, from consecutive origins.
                if byte > 0x20 && byte != 0xC2 {
                    var end = i + 1
                    while end < line.endIndex, line[end] > 0x20, line[end] != 0xC2 { end += 1 }
                    if pendingSpace && !bytes.isEmpty {
                        bytes.append(0x20)
                        note(origin: i, count: 1)
                    }
                    pendingSpace = false
                    bytes.append(contentsOf: line[i..<end])
                    note(origin: i, count: end - i)
                    i = end
                    continue
                }
                let space = TextCleaner.spaceWidth(line[i...])
                if space > 0 {
                    pendingSpace = true
                    i += space
                    continue
                }
                if byte < 0x20 { i += 1; continue }
                if pendingSpace && !bytes.isEmpty {
                    bytes.append(0x20)
                    note(origin: i, count: 1)
                }
                pendingSpace = false
                bytes.append(byte)
                note(origin: i, count: 1)
                i += 1
            }
        }

        /// Records the origins of the `count` bytes just appended: `origin` and the ones after.
        private mutating func note(origin: Int, count: Int) {
            if let last = runs.last, last.origin + last.count == origin {
                runs[runs.count - 1].count += count
            } else {
                runs.append((origin, count))
            }
        }

        /// Keeps the first `count` bytes and their origins.
        private mutating func truncate(to count: Int) {
            bytes.removeSubrange(count...)
            var left = count
            var kept: [(origin: Int, count: Int)] = []
            for run in runs where left > 0 {
                kept.append((run.origin, min(run.count, left)))
                left -= run.count
            }
            runs = kept
        }

        /// Ends the paragraph: writes it unless it is empty, furniture or a repeat.
        mutating func end(into output: inout Output) {
            defer { self = Paragraph() }
            if let credit = PhotoCredit.trailingCreditStart(bytes) { truncate(to: credit - 1) }
            guard hasLines, !bytes.isEmpty, !PageFurniture.isFurniture(bytes),
                  output.seen.insert(ByteKey(bytes: bytes)).inserted else { return }
            if !output.bytes.isEmpty {
                let first = runs[0].origin
                output.bytes.append(0x0A)
                output.bytes.append(0x0A)
                output.offsets.append(origin: first, end: first + 1)
                output.offsets.append(origin: first, end: first + 1)
            }
            output.bytes.append(contentsOf: bytes)
            for run in runs { output.offsets.appendIdentity(origin: run.origin, count: run.count) }
        }
    }
}
