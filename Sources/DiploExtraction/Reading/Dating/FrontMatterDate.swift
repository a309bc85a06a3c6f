import DiploGraph

/// The `date:` of a Markdown front matter block: the document starts with a line `---`, and
/// the lines up to the next `---` (or `...`) are `key: value` pairs. The value may be quoted
/// (`date: "2021-03-04"`) or a timestamp (`date: 2021-03-04T09:30:00+01:00`); its calendar date
/// is taken as written.
enum FrontMatterDate {
    /// The front matter date of `bytes`, or `nil` when there is no front matter, no `date:`
    /// line, or its value is no date.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        var lines = LineCursor(bytes: bytes)
        guard let opening = lines.next(), trimmed(opening).elementsEqual("---".utf8) else { return nil }
        // Front matter is short; a block that does not close within this many lines is not one.
        for _ in 0..<200 {
            guard let line = lines.next() else { return nil }
            let content = trimmed(line)
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) { return nil }
            guard let colon = content.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let key = trimmed(content[..<colon])
            guard key.count == 4, key.map({ $0 | 0x20 }).elementsEqual("date".utf8) else { continue }
            var value = trimmed(content[(colon + 1)...])
            if let first = value.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                value = value.dropFirst()
                if let end = value.firstIndex(of: first) { value = value[..<end] }
            }
            return DocumentDating.isoDay(atStartOf: value)
        }
        return nil
    }

    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    /// The lines of a text, one at a time, without their `\n`.
    private struct LineCursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
            guard position < bytes.count else { return nil }
            var end = position
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { position = end + 1 }
            return bytes[position..<end]
        }
    }
}
