/// Makes a PDF from Graphviz's cairo renderer reproducible: the same graph gives the same bytes.
///
/// cairo writes the time of rendering into the document information dictionary
/// (`/CreationDate (D:20250101120000Z)`), and cairo 1.16 (Debian bookworm) ignores
/// `SOURCE_DATE_EPOCH`. So the `/CreationDate` and `/ModDate` entries of that dictionary are
/// overwritten with spaces, which a PDF dictionary allows anywhere between entries: every byte
/// keeps its offset, and the cross-reference table stays valid. The dictionary is found through
/// the trailer's `/Info` reference and the cross-reference table, not by searching the page
/// content. A PDF that does not have this classic layout is returned as it is.
enum PDFDates {
    /// `pdf` without the dates of its information dictionary (see ``PDFDates``).
    ///
    /// - Parameter pdf: A PDF document.
    /// - Returns: The same bytes with the date entries blanked, or `pdf` unchanged when its
    ///   information dictionary cannot be found.
    static func removed(from pdf: [UInt8]) -> [UInt8] {
        guard let info = infoObjectRange(in: pdf) else { return pdf }
        var result = pdf
        for key in ["/CreationDate", "/ModDate"] {
            guard let entry = dateEntry(key, in: pdf, within: info) else { continue }
            for offset in entry { result[offset] = UInt8(ascii: " ") }
        }
        return result
    }

    /// The bytes from `N G obj` to `endobj` of the object the trailer names as `/Info`.
    private static func infoObjectRange(in pdf: [UInt8]) -> Range<Int>? {
        // startxref, the offset of the table, then %%EOF, in the last kilobyte.
        let tailStart = max(0, pdf.count - 1024)
        guard let startxref = lastRange(of: "startxref", in: pdf, from: tailStart),
              let tableOffset = number(in: pdf, after: startxref.upperBound)?.value,
              tableOffset < pdf.count, starts(pdf, at: tableOffset, with: "xref"),
              let trailer = firstRange(of: "trailer", in: pdf, from: tableOffset),
              let infoKey = firstRange(of: "/Info", in: pdf, from: trailer.upperBound),
              let object = number(in: pdf, after: infoKey.upperBound)?.value,
              let offset = objectOffset(object, table: tableOffset ..< trailer.lowerBound, in: pdf),
              let end = firstRange(of: "endobj", in: pdf, from: offset)
        else { return nil }
        return offset ..< end.upperBound
    }

    /// The offset of object `object` in the cross-reference table that occupies `table`:
    /// subsections of a header line "first count" and 20-byte entries "oooooooooo ggggg n".
    private static func objectOffset(_ object: Int, table: Range<Int>, in pdf: [UInt8]) -> Int? {
        var position = table.lowerBound + "xref".utf8.count
        while position < table.upperBound {
            guard let first = number(in: pdf, after: position),
                  let count = number(in: pdf, after: first.end) else { return nil }
            // Entries start on the line after the header.
            var entries = count.end
            while entries < table.upperBound, pdf[entries] == 0x0D || pdf[entries] == 0x0A || pdf[entries] == 0x20 {
                entries += 1
            }
            if (first.value ..< first.value + count.value).contains(object) {
                let entry = entries + 20 * (object - first.value)
                guard entry + 18 <= table.upperBound, pdf[entry + 17] == UInt8(ascii: "n"),
                      let offset = number(in: pdf, after: entry)?.value, offset < pdf.count,
                      starts(pdf, at: offset, with: "\(object) ") else { return nil }
                return offset
            }
            position = entries + 20 * count.value
        }
        return nil
    }

    /// The bytes of `key (…)` inside `range`, when its value is a literal string without
    /// escapes or nested parentheses (as a date is).
    private static func dateEntry(_ key: String, in pdf: [UInt8], within range: Range<Int>) -> Range<Int>? {
        guard let found = firstRange(of: key, in: pdf, from: range.lowerBound), found.upperBound < range.upperBound else {
            return nil
        }
        var position = found.upperBound
        while position < range.upperBound, pdf[position] == 0x20 { position += 1 }
        guard position < range.upperBound, pdf[position] == UInt8(ascii: "(") else { return nil }
        position += 1
        while position < range.upperBound {
            switch pdf[position] {
            case UInt8(ascii: ")"): return found.lowerBound ..< position + 1
            case UInt8(ascii: "("), UInt8(ascii: "\\"): return nil
            default: position += 1
            }
        }
        return nil
    }

    /// The decimal number after optional white space from `start`, and where it ends.
    private static func number(in pdf: [UInt8], after start: Int) -> (value: Int, end: Int)? {
        var position = start
        while position < pdf.count, [0x20, 0x0A, 0x0D, 0x09].contains(pdf[position]) { position += 1 }
        var value = 0
        let digits = position
        while position < pdf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(pdf[position]), position - digits < 18 {
            value = value * 10 + Int(pdf[position] - UInt8(ascii: "0"))
            position += 1
        }
        return position > digits ? (value, position) : nil
    }

    private static func starts(_ pdf: [UInt8], at offset: Int, with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return offset + pattern.count <= pdf.count && pdf[offset ..< offset + pattern.count].elementsEqual(pattern)
    }

    private static func firstRange(of text: String, in pdf: [UInt8], from start: Int) -> Range<Int>? {
        let pattern = Array(text.utf8)
        guard pattern.count <= pdf.count else { return nil }
        var offset = start
        while offset + pattern.count <= pdf.count {
            if pdf[offset] == pattern[0] && pdf[offset ..< offset + pattern.count].elementsEqual(pattern) {
                return offset ..< offset + pattern.count
            }
            offset += 1
        }
        return nil
    }

    private static func lastRange(of text: String, in pdf: [UInt8], from start: Int) -> Range<Int>? {
        var found: Range<Int>?
        var offset = start
        while let next = firstRange(of: text, in: pdf, from: offset) {
            found = next
            offset = next.upperBound
        }
        return found
    }
}
