/// Decoding of HTML character references: named (the common ones), decimal and hexadecimal.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "laquo": "\u{00AB}",
        "raquo": "\u{00BB}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
        "eacute": "\u{00E9}", "egrave": "\u{00E8}", "aacute": "\u{00E1}", "agrave": "\u{00E0}",
        "ouml": "\u{00F6}", "uuml": "\u{00FC}", "auml": "\u{00E4}", "ccedil": "\u{00E7}",
        "iacute": "\u{00ED}", "oacute": "\u{00F3}", "uacute": "\u{00FA}", "ntilde": "\u{00F1}",
        "szlig": "\u{00DF}", "euro": "\u{20AC}", "pound": "\u{00A3}", "middot": "\u{00B7}",
        "bull": "\u{2022}", "shy": "", "zwj": "", "zwnj": "", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]

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
        guard let text = named[body] ?? named[body.lowercased()] else { return nil }
        return (Array(text.utf8), length)
    }
}
