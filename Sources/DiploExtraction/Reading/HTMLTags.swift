/// Reading HTML tags straight from a page's bytes, for what a page says about itself in its
/// markup (its date, its headline): tag names and attributes compared without ASCII case, and
/// literal search without case. No tree is built and nothing is allocated for tags passed over.
enum HTMLTags {
    /// The attributes of the tag whose name ends at `start` (names lower-cased, values as
    /// written, without entity decoding) and the index after its `>`.
    static func attributes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var i = start
        let n = bytes.count
        while i < n {
            while i < n, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < n, bytes[i] != UInt8(ascii: ">") else { break }
            let nameStart = i
            while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") { i += 1 }
            let name = lowercased(bytes[nameStart..<i])
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == UInt8(ascii: "=") else {
                if attributes[name] == nil { attributes[name] = "" }
                continue
            }
            i += 1
            while i < n, isSpace(bytes[i]) { i += 1 }
            let valueStart: Int
            let valueEnd: Int
            if i < n, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let quote = bytes[i]
                valueStart = i + 1
                i = valueStart
                while i < n, bytes[i] != quote { i += 1 }
                valueEnd = i
                if i < n { i += 1 }
            } else {
                valueStart = i
                while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                valueEnd = i
            }
            if attributes[name] == nil { attributes[name] = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self) }
        }
        return (attributes, min(n, i + 1))
    }

    /// The tag name that starts at `start` (just after a `<`; empty when none does) and the
    /// index after it.
    static func name(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Slice<UnsafeBufferPointer<UInt8>>, Int) {
        var end = start
        while end < bytes.count, isNameByte(bytes[end]) || (end > start && bytes[end] >= 0x30 && bytes[end] <= 0x39) { end += 1 }
        return (bytes[start..<end], end)
    }

    /// The first index at or after `start` where `needle` (lower-case ASCII) occurs in `bytes`,
    /// compared without ASCII case.
    static func firstIndex(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let pattern = needle.withUTF8Buffer { Array($0) }
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = start
        let last = bytes.count - pattern.count
        while i <= last {
            if lower(bytes[i]) == first {
                var k = 1
                while k < pattern.count, lower(bytes[i + k]) == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `tag` is `name` (lower-case ASCII), compared without ASCII case.
    static func isName(_ tag: Slice<UnsafeBufferPointer<UInt8>>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { expected in
            tag.count == expected.count && zip(tag, expected).allSatisfy { lower($0) == $1 }
        }
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes.map(lower), as: UTF8.self)
    }
}
