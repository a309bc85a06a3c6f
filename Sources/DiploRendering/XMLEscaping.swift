/// Text made safe for XML 1.0 content and attribute values (GraphML, Graphviz HTML labels).
enum XMLEscaping {
    /// `text` with `& < > " '` written as entities and the characters XML 1.0 forbids (control
    /// characters other than tab and line feed, U+FFFE, U+FFFF) dropped; a carriage return is
    /// kept as `&#13;` so that it survives XML's line-end normalisation.
    static func escaped(_ text: String) -> String {
        // Text with nothing to escape or drop (most of it) is returned as it is.
        if text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(isKeptASCII) }) == true { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF || (v >= 0x7F && v <= 0x9F) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `byte` is an ASCII character that ``escaped(_:)`` keeps as it is: printable and
    /// none of `& < > " '`, or a tab or line feed.
    private static func isKeptASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return false
        case 0x20..<0x7F, UInt8(ascii: "\t"), UInt8(ascii: "\n"): return true
        default: return false
        }
    }
}
