/// Quoting text for DOT, per the Graphviz grammar and its attribute escapes.
///
/// Three contexts, three levels of escaping:
///
/// - **IDs** (node names, graph name, plain attribute values): inside double quotes the lexer
///   only treats `\"` (and a backslash before a line break) specially, so `"` becomes `\"`, `\`
///   becomes `\\` (so that a final backslash cannot swallow the closing quote), a line break
///   becomes `\n`, and other control characters are dropped.
/// - **Escaped strings** (`label`): Graphviz substitutes `\N \G \E \T \H \L` and reads
///   `\n \l \r` as line breaks, and it decodes HTML entities (`&amp;`, `&#65;`). User text
///   therefore has its backslashes doubled and its `&` written as `&amp;`; a line break becomes
///   `\n` (a centred line break).
/// - **Tooltips**: Graphviz 2.4x runs the escape substitution over `tooltip` twice (once when the
///   object is emitted and again for the image-map data), so backslashes are quadrupled there.
///   The round trip is checked by the tests against the linked Graphviz.
enum DOTEscaping {
    /// How much a piece of text is escaped; see ``DOTEscaping``.
    enum Context {
        /// An ID or an attribute value Graphviz does not interpret.
        case id
        /// An escString such as `label`, whose escapes and entities Graphviz interprets.
        case label
        /// A `tooltip`, interpreted twice by Graphviz 2.4x.
        case tooltip
    }

    /// `text` as a double-quoted DOT string for `context`.
    static func quoted(_ text: String, _ context: Context = .id) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        let backslash: String
        switch context {
        case .id: backslash = "\\\\"
        case .label: backslash = "\\\\"
        case .tooltip: backslash = "\\\\\\\\"
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"":
                out += "\\\""
            case "\\":
                out += backslash
            case "\n", "\u{2028}", "\u{2029}":
                out += "\\n"
            case "\r":
                continue  // "\r\n" is one line break; a lone CR is dropped like other controls.
            case "\t":
                out += " "
            case "&" where context != .id:
                out += "&amp;"
            default:
                // Controls, and noncharacters such as U+FFFF, which XML (and so SVG) forbids.
                if scalar.properties.generalCategory == .control || scalar.properties.isNoncharacterCodePoint { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
        return out
    }

    /// `text` made into an XML/SVG `id`: letters, digits, `-`, `_`, `.` and `:` are kept, every
    /// other character becomes `_`, and an id that would not start with a letter or `_` gets a
    /// leading `_`.
    static func xmlID(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isASCIIWord = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                || scalar == "-" || scalar == "_" || scalar == "." || scalar == ":"
            if isASCIIWord {
                out.unicodeScalars.append(scalar)
            } else if v > 0x7F && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_"
            }
        }
        if let first = out.unicodeScalars.first {
            let startsWell = first == "_" || first.properties.isAlphabetic
            if !startsWell { out = "_" + out }
        } else {
            out = "_"
        }
        return out
    }

    /// The first `limit` characters of `text` (white space folded), with "…" if it was cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        let folded = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard folded.count > limit else { return folded }
        var cut = String(folded.prefix(max(0, limit - 1)))
        // Prefer to cut at a word boundary if one is reasonably close.
        if let space = cut.lastIndex(of: " "), cut.distance(from: space, to: cut.endIndex) < 30 {
            cut = String(cut[..<space])
        }
        return cut + "…"
    }

    /// `text` with line breaks inserted at word boundaries so that no line is longer than
    /// `width` characters (a single longer word keeps a line of its own). Line breaks already in
    /// the text are kept; each line is wrapped on its own. A `width` of 0 or less, or a line that
    /// fits, is left as it is.
    static func wrapped(_ text: String, width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { wrappedLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// One line of text wrapped as ``wrapped(_:width:)`` says.
    private static func wrappedLine(_ line: String, width: Int) -> String {
        let words = line.split(separator: " ")
        guard line.count > width, words.count > 1 else { return line }
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}
