/// How much text ``DOTWriter`` puts into one label, title or tooltip.
///
/// Graphviz 2.4x cannot draw any amount of text: a node label of about 40,000 lines runs it out
/// of memory and then crashes it (in SVG and PNG alike), and its DOT reader refuses a quoted
/// string longer than 16,384 bytes. So the DOT carries at most:
/// - ``labelCharacters`` characters (and ``labelBytes`` bytes) of a node label, before wrapping;
/// - as much of the graph title;
/// - ``tooltipBytes`` bytes of a tooltip's text.
///
/// Longer text is cut at a character boundary and ends with "…". The cut applies to the DOT
/// (so that it can be drawn by Graphviz's own tools too) and so to every laid-out format; the
/// data formats (JSON, GraphML, CSV) and the report's tables keep the text whole.
enum DrawingLimits {
    /// The most characters of a node label or of the title that are drawn.
    static let labelCharacters = 500
    /// The most UTF-8 bytes of a node label or of the title that are drawn (a character can
    /// take many bytes: a letter with a pile of combining marks is one character).
    static let labelBytes = 2_000
    /// The most UTF-8 bytes of a tooltip's text. Escaped for DOT, a byte takes at most five
    /// (`&` is `&amp;`), so a tooltip stays within what Graphviz's DOT reader takes.
    static let tooltipBytes = 3_000

    /// `text`, or its first characters and "…", so that the result has at most `characters`
    /// characters and `bytes` UTF-8 bytes (the ellipsis included). Cuts at a character boundary;
    /// reads no more of `text` than it keeps.
    static func capped(_ text: String, characters: Int, bytes: Int) -> String {
        // A text of no more bytes than the limits fits (a character takes at least one byte).
        if text.utf8.count <= min(characters, bytes) { return text }
        let ellipsis = "…"
        var kept = 0, keptBytes = 0
        var fitsWhole = true
        for character in text {
            let size = character.utf8.count
            if kept + 1 > characters || keptBytes + size > bytes {
                fitsWhole = false
                break
            }
            kept += 1
            keptBytes += size
        }
        if fitsWhole { return text }
        // Room for the ellipsis: drop characters from the end of the kept prefix.
        var prefix = Substring(text.utf8.prefix(keptBytes))
        while !prefix.isEmpty && (prefix.count + 1 > characters || prefix.utf8.count + ellipsis.utf8.count > bytes) {
            prefix.removeLast()
        }
        return String(prefix) + ellipsis
    }

    /// The longest prefix of `text` that ends at a character boundary and takes at most `bytes`
    /// UTF-8 bytes.
    static func prefix(_ text: String, bytes: Int) -> Substring {
        var keptBytes = 0
        for character in text {
            let size = character.utf8.count
            if keptBytes + size > bytes { break }
            keptBytes += size
        }
        return Substring(text.utf8.prefix(keptBytes))
    }
}
