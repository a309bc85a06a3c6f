/// What a token's lower-case text is made of, found with its hash when the token is made, so
/// that the matchers, which ask about nearly every token, need not read its bytes again.
enum WordSpelling: UInt8, Hashable, Sendable {
    /// ASCII letters and digits only ("putin", "g20"): the token's one folded name word (see
    /// ``NameKey``) is its lower-case text, whose hash is the token's.
    case asciiAlphanumeric
    /// Other ASCII text ("u.s.", "won-yuan", "'s", ","): word tables look it up by its hash.
    case ascii
    /// Text with a byte past ASCII ("schröder", "’s"): word tables ask their dictionary.
    case other

    /// The ``FNV1a`` hash of `lower`'s UTF-8 bytes and its spelling; `lower` is
    /// `text.lowercased()`.
    static func hash(text: String, lower: String) -> (UInt64, WordSpelling) {
        var text = text
        if let ascii = text.withUTF8(Self.ascii) { return (ascii.hash, ascii.spelling) }
        var lower = lower
        return lower.withUTF8 { bytes in
            (FNV1a.hash(bytes), bytes.allSatisfy { $0 < 0x80 } ? .ascii : .other)
        }
    }

    /// For ASCII `bytes`: the ``FNV1a`` hash of their lower case (A–Z lowered, as `lowercased()`
    /// does for ASCII), their spelling, and whether they hold a capital; `nil` for other bytes.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, spelling: WordSpelling, hasCapital: Bool)? {
        var hash = FNV1a.offsetBasis
        var alphanumeric = !bytes.isEmpty
        var hasCapital = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                hash = FNV1a.step(hash, byte | 0x20)
                hasCapital = true
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                hash = FNV1a.step(hash, byte)
            case 0x80...:
                return nil
            default:
                hash = FNV1a.step(hash, byte)
                alphanumeric = false
            }
        }
        return (hash, alphanumeric ? .asciiAlphanumeric : .ascii, hasCapital)
    }

    /// An ASCII byte in lower case.
    @inline(__always)
    static func lowerASCII(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
