import Foundation

/// Turning bytes into text: BOMs, UTF-16, and telling binary files from text.
enum TextDecoding {
    /// Decoded text, and where in the input it starts.
    struct Decoded {
        var text: String
        /// How many bytes of the input come before `text`: 3 after a UTF-8 byte order mark, so
        /// that offsets into `text` plus this are offsets into the input. (0 for UTF-16, whose
        /// text is counted in the UTF-8 bytes it decodes to.)
        var leadingBytes: Int
        /// Whether invalid UTF-8 sequences were replaced by U+FFFD.
        var replacedInvalidUTF8 = false
    }

    /// The text in `data`, or `nil` when the bytes are binary.
    ///
    /// UTF-8 is the default (a BOM is dropped); UTF-16 needs its BOM. Invalid UTF-8 sequences are
    /// replaced by U+FFFD rather than refused: scraped text often has a few stray bytes.
    static func decode(_ data: Data) -> Decoded? {
        let bytes = [UInt8](data)
        if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFF, 0xFE) {
            return String(data: data.dropFirst(2), encoding: .utf16LittleEndian).map { Decoded(text: $0, leadingBytes: 0) }
        }
        if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFE, 0xFF) {
            return String(data: data.dropFirst(2), encoding: .utf16BigEndian).map { Decoded(text: $0, leadingBytes: 0) }
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if looksBinary(body) { return nil }
        if let valid = String(validating: body, as: UTF8.self) {
            return Decoded(text: valid, leadingBytes: body.startIndex)
        }
        return Decoded(text: String(decoding: body, as: UTF8.self), leadingBytes: body.startIndex, replacedInvalidUTF8: true)
    }

    /// Binary content: a NUL byte, or many control characters, in the first 8 KiB.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = bytes.prefix(8192)
        var control = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
        }
        return !head.isEmpty && control * 20 > head.count
    }
}
