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
///
/// Escaping maps each Unicode scalar on its own, so it works on UTF-8 bytes: runs of bytes that
/// stay as they are (nearly all of most text) are copied in one go.
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, context, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a double-quoted DOT string for `context` (``quoted(_:_:)``) to the UTF-8
    /// bytes `output`.
    static func appendQuoted(_ text: String, _ context: Context, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        appendEscaped(text, context, to: &output)
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `text`, escaped for `context` but not quoted, to the UTF-8 bytes `output`.
    static func appendEscaped(_ text: String, _ context: Context, to output: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, context, to: &output) }) == nil {
            var contiguous = text
            contiguous.makeContiguousUTF8()
            appendEscaped(contiguous, context, to: &output)
        }
    }

    /// Appends the UTF-8 text `bytes`, escaped for `context`, to `output`: every scalar is kept,
    /// dropped or replaced as ``DOTEscaping`` says, and the runs of kept bytes between them are
    /// copied whole.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, _ context: Context, to output: inout [UInt8]) {
        let special = context == .id ? ASCIISet.specialInIDs : ASCIISet.specialInText
        var copiedUpTo = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 && !special.contains(byte) {
                index += 1
                continue
            }
            let (length, replacement) = escape(bytes, at: index, context)
            guard let replacement else {
                index += length
                continue
            }
            if copiedUpTo < index {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
            }
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            index += length
            copiedUpTo = index
        }
        if copiedUpTo < bytes.count {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
        }
    }

    /// A set of ASCII characters as a 128-bit mask, for testing a byte with a shift.
    private struct ASCIISet {
        /// Bit `n` stands for character `n` (0–63).
        var low: UInt64 = 0
        /// Bit `n` stands for character `64 + n`.
        var high: UInt64 = 0

        /// The set of `characters`.
        init(_ characters: some Sequence<UInt8>) {
            for character in characters {
                if character < 64 { low |= 1 << character } else { high |= 1 << (character - 64) }
            }
        }

        /// Whether `byte` (below 0x80) is in the set.
        func contains(_ byte: UInt8) -> Bool {
            (byte < 64 ? low >> byte : high >> (byte &- 64)) & 1 != 0
        }

        /// The ASCII characters ``escape(_:at:_:)`` does not keep in an ID: controls, `"`, `\`.
        static let specialInIDs = ASCIISet(Array(0x00..<0x20) + [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x7F])
        /// The ASCII characters it does not keep in a label or a tooltip: those of an ID and `&`.
        static let specialInText = ASCIISet(Array(0x00..<0x20) + [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x7F, UInt8(ascii: "&")])
    }

    /// What becomes of the scalar whose UTF-8 encoding starts at `bytes[index]`: its length in
    /// bytes, and `nil` to keep it or the text that replaces it (empty to drop it).
    ///
    /// The rules, scalar by scalar: `"` → `\"`; `\` → `\\` (`\\\\` in a tooltip); a line feed,
    /// U+2028 and U+2029 → `\n`; a tab → a space; `&` → `&amp;` (except in an ID); a carriage
    /// return ("\r\n" is one line break), every other control character (general category Cc:
    /// U+0000–U+001F, U+007F–U+009F) and every noncharacter (U+FDD0–U+FDEF and the last two code
    /// points of each plane, which XML and so SVG forbid) is dropped.
    @inline(__always)
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ context: Context) -> (length: Int, replacement: StaticString?) {
        let lead = bytes[index]
        if lead < 0x80 {
            switch lead {
            case UInt8(ascii: "\""): return (1, #"\""#)
            case UInt8(ascii: "\\"): return (1, context == .tooltip ? #"\\\\"# : #"\\"#)
            case UInt8(ascii: "\n"): return (1, #"\n"#)
            case UInt8(ascii: "\t"): return (1, " ")
            case UInt8(ascii: "&") where context != .id: return (1, "&amp;")
            case 0x00..<0x20, 0x7F: return (1, "")
            default: return (1, nil)
            }
        }
        // A String holds valid UTF-8: the lead byte gives the length, the bytes after it follow.
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var scalar = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length {
            scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        switch scalar {
        case 0x80...0x9F: return (length, "")
        case 0x2028, 0x2029: return (length, #"\n"#)
        case 0xFDD0...0xFDEF: return (length, "")
        case _ where scalar & 0xFFFE == 0xFFFE: return (length, "")
        default: return (length, nil)
        }
    }

    /// `text` made into an XML/SVG `id`: letters, digits, `-`, `_`, `.` and `:` are kept, every
    /// other character becomes `_`, and an id that would not start with a letter or `_` gets a
    /// leading `_`.
    static func xmlID(_ text: String) -> String {
        if let ascii = asciiXMLID(text) { return ascii }
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v <= 0x7F && isASCIIIDCharacter(UInt8(v)) {
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

    /// ``xmlID(_:)`` of an all-ASCII `text`, byte by byte; `nil` if `text` is not all ASCII.
    private static func asciiXMLID(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var id: [UInt8] = []
            id.reserveCapacity(bytes.count + 1)
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                id.append(isASCIIIDCharacter(byte) ? byte : UInt8(ascii: "_"))
            }
            // An ASCII scalar is alphabetic exactly when it is a letter.
            let startsWell = id.first.map { $0 == UInt8(ascii: "_") || isASCIILetter($0) } ?? false
            if !startsWell { id.insert(UInt8(ascii: "_"), at: 0) }
            return String(decoding: id, as: UTF8.self)
        }
    }

    /// Whether `byte` is an ASCII letter, digit, `-`, `_`, `.` or `:`.
    private static func isASCIIIDCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default:
            return isASCIILetter(byte)
        }
    }

    /// Whether `byte` is an ASCII letter.
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// The first `limit` characters of `text` (white space folded), with "…" if it was cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        var text = text
        let ascii = text.withUTF8 { bytes -> String? in
            var isASCII = true
            let result = String(unsafeUninitializedCapacity: truncationCapacity(bytes.count, limit)) { folded in
                guard let count = asciiTruncated(bytes, to: limit, into: folded) else {
                    isASCII = false
                    return 0
                }
                return count
            }
            return isASCII ? result : nil
        }
        if let ascii { return ascii }
        let folded = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard folded.count > limit else { return folded }
        return String(cutAtWordBoundary(String(folded.prefix(max(0, limit - 1))), space: " ")) + "…"
    }

    /// Appends ``truncated(_:to:)`` of `text`, escaped for `context`, to the UTF-8 bytes `output`.
    static func appendTruncated(_ text: String, to limit: Int, _ context: Context, to output: inout [UInt8]) {
        var text = text
        let done = text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: truncationCapacity(bytes.count, limit)) { folded in
                guard let count = asciiTruncated(bytes, to: limit, into: folded) else { return false }
                appendEscaped(UnsafeBufferPointer(rebasing: folded[..<count]), context, to: &output)
                return true
            }
        }
        if !done {
            appendEscaped(truncated(text, to: limit), context, to: &output)
        }
    }

    /// `cut` without its last, partial word, if a word boundary is reasonably close to its end.
    private static func cutAtWordBoundary<Text: BidirectionalCollection>(_ cut: Text, space: Text.Element) -> Text.SubSequence
    where Text.Element: Equatable {
        if let lastSpace = cut.lastIndex(of: space), cut.distance(from: lastSpace, to: cut.endIndex) < 30 {
            return cut[..<lastSpace]
        }
        return cut[...]
    }

    /// The room ``asciiTruncated(_:to:into:)`` needs for text of `byteCount` bytes: folding
    /// never lengthens the text, the folded text is read up to `limit` + 1 bytes, and "…" takes
    /// 3 more.
    private static func truncationCapacity(_ byteCount: Int, _ limit: Int) -> Int {
        min(byteCount, max(0, limit) + 1) + 3
    }

    /// Writes ``truncated(_:to:)`` of the UTF-8 text `bytes` to the start of `folded` and returns
    /// its length, if the part of the text that decides the result is all ASCII; returns `nil`
    /// otherwise. `folded` holds ``truncationCapacity(_:_:)`` bytes.
    ///
    /// In ASCII text every character is one byte (but "\r\n", which is white space and folded
    /// away anyway), and the white space characters are tab, line feed, vertical tab, form feed,
    /// carriage return and space. Reading stops once the folded text is longer than `limit`: a
    /// character after that (even a combining mark) changes neither the count nor the cut.
    private static func asciiTruncated(_ bytes: UnsafeBufferPointer<UInt8>, to limit: Int, into folded: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var index = 0
        var spacePending = false
        while index < bytes.count && count <= limit {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {
                spacePending = count > 0
                index += 1
            } else if spacePending {
                folded[count] = UInt8(ascii: " ")
                count += 1
                spacePending = false
            } else {
                // A run of visible characters (and this one), copied whole, up to the limit.
                var runEnd = index + 1
                while runEnd < bytes.count && bytes[runEnd] > 0x20 && bytes[runEnd] < 0x80 { runEnd += 1 }
                let length = min(runEnd - index, limit + 1 - count)
                (folded.baseAddress! + count).initialize(from: bytes.baseAddress! + index, count: length)
                count += length
                index += length
            }
        }
        guard count > limit else { return count }
        let cut = cutAtWordBoundary(folded[..<max(0, limit - 1)], space: UInt8(ascii: " "))
        for (offset, byte) in "…".utf8.enumerated() { folded[cut.endIndex + offset] = byte }
        return cut.endIndex + 3
    }

    /// `text` with line breaks inserted at word boundaries so that no line is longer than
    /// `width` characters (a single longer word keeps a line of its own). Line breaks already in
    /// the text are kept; each line is wrapped on its own. A `width` of 0 or less, or a line that
    /// fits, is left as it is.
    static func wrapped(_ text: String, width: Int) -> String {
        // A character takes at least one byte: text of `width` bytes or fewer fits.
        guard width > 0, text.utf8.count > width, text.count > width else { return text }
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
