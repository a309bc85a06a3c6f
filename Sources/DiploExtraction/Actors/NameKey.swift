import Foundation

/// The hash under which the actor knowledge base files a name, computed the same way by
/// `scripts/generate-actors.py`.
///
/// A name is folded to words: lower case, diacritics removed (NFKD, combining marks dropped),
/// `.` `'` `’` removed, and `-` `_` and white space separating words ("Lee Jae-myung", "Lee Jae
/// Myung" and "LEE JAE MYUNG" are the words `lee jae myung`). Each word's hash is FNV-1a 64 over
/// its UTF-8 bytes; a key starts at 0 and is extended word by word with ``extend(_:_:)``, so a
/// matcher can grow it one token at a time. Keys are 64 bits: among ~20,000 keys the chance of
/// any two colliding is about 10⁻¹¹ (the generator checks there is none), and the chance that a
/// span of text that is no name hits a key is about 10⁻¹⁵ a probe; lookups do not verify the
/// words.
enum NameKey {
    /// The key of a word sequence extended by one more word's hash: xor, multiply by an odd
    /// 64-bit constant (2⁶⁴/φ), fold the high bits down. Order-sensitive.
    @inline(__always)
    static func extend(_ key: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (key ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    /// The key of a whole name ("Vladimir Putin"), or `nil` when it folds to no words.
    static func key(of name: String) -> UInt64? {
        var hashes: [UInt64] = []
        appendWordHashes(of: name, to: &hashes)
        guard !hashes.isEmpty else { return nil }
        return hashes.reduce(0, extend)
    }

    /// The folded words of `text`, as text (for comparing names, not for hashing).
    static func foldedWords(of text: String) -> [String] {
        folded(text).split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace }).map(String.init)
    }

    /// Appends the hash of each folded word of `text`.
    ///
    /// ASCII text (nearly every token) is folded byte by byte without Foundation; other text
    /// is decomposed (NFKD) first.
    static func appendWordHashes(of text: String, to hashes: inout [UInt64]) {
        // Both passes read the string's contiguous UTF-8 buffer, not its UTF-8 view.
        var text = text
        let ascii = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            hashASCII(bytes, to: &hashes)
            return true
        }
        if !ascii {
            var foldedText = folded(text)
            foldedText.withUTF8 { hashASCII($0, to: &hashes) }
        }
    }

    /// NFKD, combining marks dropped, lower case, `’` dropped: what `hashASCII` then reads.
    private static func folded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered && scalar != "\u{2019}" {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }

    /// Splits at `-` `_` and ASCII white space, drops `.` and `'`, lower-cases ASCII letters and
    /// hashes each word's bytes (non-ASCII bytes pass through unchanged).
    private static func hashASCII(_ bytes: UnsafeBufferPointer<UInt8>, to hashes: inout [UInt64]) {
        var hash = FNV1a.offsetBasis
        var length = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "), 0x09...0x0D:
                if length > 0 { hashes.append(hash) }
                hash = FNV1a.offsetBasis
                length = 0
            case UInt8(ascii: "."), UInt8(ascii: "'"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                hash = FNV1a.step(hash, byte | 0x20)
                length += 1
            default:
                hash = FNV1a.step(hash, byte)
                length += 1
            }
        }
        if length > 0 { hashes.append(hash) }
    }
}
