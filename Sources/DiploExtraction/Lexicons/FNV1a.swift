/// FNV-1a over UTF-8 bytes: the hash under which ``WordTable`` files ASCII words and
/// ``PrefixSet`` files ASCII prefixes. Cheap for the short words the matchers ask about, and
/// computed a byte at a time, so a prefix's hash extends to the next prefix's.
enum FNV1a {
    /// The hash of no bytes.
    static var offsetBasis: UInt64 { 0xCBF2_9CE4_8422_2325 }

    /// `hash` extended by one byte.
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    /// The hash of `bytes`.
    static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        bytes.reduce(offsetBasis, step)
    }

    /// The hash of `bytes` when they are all ASCII, found in the same pass; `nil` otherwise.
    static func asciiHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = offsetBasis
        for byte in bytes {
            if byte >= 0x80 { return nil }
            hash = step(hash, byte)
        }
        return hash
    }
}
