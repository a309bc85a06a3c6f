/// Decoding of HTML character references: named (HTML 4.01's 252, ``html4``, and `apos` and a
/// few invisible ones of HTML 5), decimal and hexadecimal.
enum HTMLEntities {
    /// Named references outside HTML 4.01 that pages use: `apos` (XHTML, HTML 5) and the
    /// zero-width and thin spaces, read as text reads them.
    private static let extra: [String: String] = [
        "apos": "'", "nbsp": " ", "shy": "", "zwj": "", "zwnj": "", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]

    /// The text of the named reference `name`: exactly as written, else in lower case
    /// (`&EACUTE;` is not HTML, but pages write it).
    private static func named(_ name: String) -> String? {
        if let text = extra[name] { return text }
        if let scalar = html4[name] { return String(scalar) }
        let lower = name.lowercased()
        return extra[lower] ?? html4[lower].map { String($0) }
    }

    /// The UTF-8 bytes of the reference starting at `i` (an `&`) and its length in bytes,
    /// or `nil` when there is no well-formed reference there.
    static func decode(_ s: [UInt8], at i: Int) -> ([UInt8], Int)? {
        guard let semicolon = s[i..<min(s.count, i + 12)].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = String(decoding: s[(i + 1)..<semicolon], as: UTF8.self)
        let length = semicolon - i + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let v = value else { return nil }
            // Control characters and invalid scalars become a space, never raw control bytes.
            guard let scalar = Unicode.Scalar(v), v >= 0x20 || v == 0x09 || v == 0x0A else {
                return ([0x20], length)
            }
            return (Array(String(scalar).utf8), length)
        }
        guard let text = named(body) else { return nil }
        return (Array(text.utf8), length)
    }
}
