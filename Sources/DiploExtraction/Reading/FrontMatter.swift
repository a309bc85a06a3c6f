/// A Markdown front matter block: the document starts with a line `---`, and the lines up to
/// the next `---` (or `...`) are `key: value` pairs. A value may be quoted (`title: "Talks"`,
/// `date: '2021-03-04'`); the quotes are not part of it.
enum FrontMatter {
    /// A block that does not close within this many lines is not front matter.
    static let longestBlock = 200

    /// The value of the first `key:` line (the key compared without ASCII case; `key` is
    /// lower-case ASCII) of the front matter of `bytes`, without its quotes and surrounding
    /// white space; `nil` when there is no front matter or no such line.
    static func value(of key: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        var lines = LineCursor(bytes: bytes)
        guard let opening = lines.next(), trimmed(opening).elementsEqual("---".utf8) else { return nil }
        for _ in 0..<longestBlock {
            guard let line = lines.next() else { return nil }
            let content = trimmed(line)
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) { return nil }
            guard let colon = content.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let found = key.withUTF8Buffer { expected in
                trimmed(content[..<colon]).map { $0 | 0x20 }.elementsEqual(expected)
            }
            guard found else { continue }
            var value = trimmed(content[(colon + 1)...])
            if let first = value.first, first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                value = value.dropFirst()
                if let end = value.firstIndex(of: first) { value = value[..<end] }
            }
            return value
        }
        return nil
    }

    /// Where the text after the front matter of `bytes` starts: after the closing line, or 0
    /// when there is no front matter.
    static func end(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var lines = LineCursor(bytes: bytes)
        guard let opening = lines.next(), trimmed(opening).elementsEqual("---".utf8) else { return 0 }
        for _ in 0..<longestBlock {
            guard let line = lines.next() else { return 0 }
            let content = trimmed(line)
            if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) { return lines.position }
        }
        return 0
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
        /// Where the next line starts (past the end after the last line).
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
