/// Cuts a long text into windows of about a given size, so that a document of hundreds of
/// megabytes is analysed a window at a time, in bounded memory.
///
/// A window ends after a line break (a paragraph) where one falls between one and two window
/// sizes; otherwise after the last sentence end (". ", "? ", "! ") before the size; otherwise
/// after the last space; otherwise at the last character boundary. Every byte of the text is in
/// exactly one window, in order.
enum TextWindows {
    /// The windows of `text` as UTF-8 offset ranges; one range for a text of `size` bytes or less.
    static func ranges(of text: String, size: Int) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { ranges(of: $0, size: max(1, size)) }
    }

    private static func ranges(of bytes: UnsafeBufferPointer<UInt8>, size: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            let end = bytes.count - start <= size ? bytes.count : cut(bytes, from: start, size: size)
            result.append(start..<end)
            start = end
        }
        return result
    }

    /// Where the window that starts at `start` ends (exclusive); always after `start`.
    private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, size: Int) -> Int {
        let target = start + size
        let limit = min(bytes.count, start + 2 * size)
        if let newline = bytes[target..<limit].firstIndex(of: 0x0A) { return newline + 1 }
        var lastSpace: Int?
        var index = target - 1
        while index > start {
            if bytes[index] == 0x20 {
                if [0x2E, 0x3F, 0x21].contains(bytes[index - 1]) { return index + 1 }
                if lastSpace == nil { lastSpace = index + 1 }
            }
            index -= 1
        }
        if let lastSpace { return lastSpace }
        // No space at all: the last character boundary (not inside a multi-byte character).
        var boundary = target
        while boundary > start + 1, bytes[boundary] & 0xC0 == 0x80 { boundary -= 1 }
        return boundary
    }
}
