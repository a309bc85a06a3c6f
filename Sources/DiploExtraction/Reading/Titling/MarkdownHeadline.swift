/// The headline of a Markdown document, in this order of preference:
///
/// 1. `title:` in its front matter (``FrontMatter``);
/// 2. its first level-1 heading, `# Talks in Lima` or a line underlined with `===`, within
///    the first ``searchedBytes`` bytes after the front matter and outside code fences;
/// 3. its first line, when it reads as a headline (``HeadlineLine``).
///
/// Inline markup (emphasis, links, code) is stripped from the heading.
enum MarkdownHeadline {
    /// How far after the front matter the first heading is looked for, in bytes.
    static let searchedBytes = 8192

    /// The headline of `bytes` (a Markdown document), or `nil`.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if let title = DocumentHeadline.frontMatterTitle(in: bytes) { return title }
        let start = FrontMatter.end(in: bytes)
        return firstHeading(in: bytes, from: start) ?? HeadlineLine.find(in: bytes, from: start, markdown: true)
    }

    /// The text of the first level-1 heading after `start`, or `nil`.
    static func firstHeading(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        let limit = min(bytes.count, start + searchedBytes)
        var position = start
        var inFence = false
        var previous: ArraySlice<UInt8> = []
        while position < limit {
            let end = bytes[position..<limit].firstIndex(of: 0x0A) ?? limit
            var line = ArraySlice(bytes[position..<end])
            position = end + 1
            // Up to three spaces of indentation; a carriage return is not part of the line.
            while let first = line.first, first == 0x20 { line = line.dropFirst() }
            while let last = line.last, last == 0x0D || last == 0x20 { line = line.dropLast() }
            if line.starts(with: "```".utf8) || line.starts(with: "~~~".utf8) {
                inFence.toggle()
                previous = []
                continue
            }
            if inFence { continue }
            if line.count >= 2, line.first == UInt8(ascii: "#"), line.dropFirst().first == 0x20 {
                var text = line.dropFirst(2)
                // Closing hashes (`# Title #`) are not part of the text.
                while let last = text.last, last == UInt8(ascii: "#") || last == 0x20 { text = text.dropLast() }
                if let heading = plain(text) { return heading }
            } else if !previous.isEmpty, line.count >= 2, line.allSatisfy({ $0 == UInt8(ascii: "=") }) {
                if let heading = plain(previous) { return heading }
            }
            previous = line
        }
        return nil
    }

    /// A heading's text with inline markup stripped and white space folded.
    private static func plain(_ text: ArraySlice<UInt8>) -> String? {
        DocumentHeadline.folded(String(decoding: MarkupStripper.markdown(Array(text)).bytes, as: UTF8.self))
    }
}
