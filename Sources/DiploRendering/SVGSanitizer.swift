/// Makes Graphviz's SVG safe to inline in the HTML report: only drawing elements, no event
/// handlers, no links or references that leave the document.
///
/// Graphviz writes what its attributes say, and some of them (URLs, font names, images) could in
/// principle carry markup into the SVG. The report's Content-Security-Policy already stops
/// scripts and network access; this sanitizer makes sure there is nothing to stop. It reads the
/// SVG once, left to right, in time linear in its length, and writes:
///
/// - elements of ``allowedElements`` only (what Graphviz's SVG renderer writes: `svg`, `g`,
///   `title`, `a`, `text`, shapes, gradients). Any other element is dropped with everything
///   inside it: `script`, `style` (and so `@import`), `foreignObject`, `image`, `use`,
///   `animate`, `set`, `iframe`, any name with a namespace prefix;
/// - attributes without the ones that can run or fetch: event handlers (`on…`, any case),
///   `style`, and `href`/`xlink:href`/`src` unless they point inside the document (`#…`); any
///   other attribute whose value (character references decoded) holds `javascript:`, a backslash
///   (a CSS escape) or a `url(…)` that does not start with `#`, except the plain-text ones
///   (`xlink:title`, `id`, `class`);
/// - text as it is; no comments, processing instructions, doctype or CDATA sections.
///
/// Tags are written again from their parts (attribute values double-quoted, a raw `<` or `"`
/// inside them escaped), so the output is well-formed when the input is.
enum SVGSanitizer {
    /// The SVG, and what was taken out of it.
    struct Result: Equatable {
        /// The sanitized SVG, from its `<svg` start tag to the end.
        var svg: String
        /// What was removed, such as `<script> element` or `onload attribute of <svg>`; comments,
        /// the XML declaration and the doctype are not listed.
        var removed: [String]
    }

    /// The elements Graphviz's SVG renderer writes (2.4x and later), which are kept.
    static let allowedElements: Set<String> = [
        "svg", "g", "title", "desc", "a", "text", "tspan", "ellipse", "polygon", "polyline", "path",
        "circle", "rect", "line", "defs", "linearGradient", "radialGradient", "stop",
    ]

    /// Attributes whose value is shown as text and never read as a URL or as CSS.
    private static let textAttributes: Set<String> = ["xlink:title", "id", "class"]

    /// Sanitizes an SVG document (see ``SVGSanitizer``).
    ///
    /// - Parameter document: The SVG as Graphviz wrote it.
    /// - Returns: The sanitized SVG and what was removed; an empty `svg` when there is no
    ///   `<svg` element.
    static func sanitize(_ document: String) -> Result {
        var reader = Reader(Array(document.utf8))
        var output: [UInt8] = []
        output.reserveCapacity(reader.bytes.count)
        var removed: [String] = []
        // While > 0: inside a dropped element, this many levels deep.
        var droppedDepth = 0
        var seenRoot = false

        while let byte = reader.peek() {
            if byte != UInt8(ascii: "<") {
                let text = reader.take(until: UInt8(ascii: "<"))
                if droppedDepth == 0 && seenRoot { output.append(contentsOf: text) }
                continue
            }
            if reader.skipIfPresent("<!--", through: "-->") { continue }
            if reader.starts(with: "<![CDATA[") {
                _ = reader.skipIfPresent("<![CDATA[", through: "]]>")
                if droppedDepth == 0 { removed.append("CDATA section") }
                continue
            }
            if reader.skipIfPresent("<!", through: ">") || reader.skipIfPresent("<?", through: "?>") { continue }
            guard let tag = reader.readTag() else { break }
            if tag.isEnd {
                if droppedDepth > 0 {
                    droppedDepth -= 1
                } else if Self.allowedElements.contains(tag.name) {
                    output.append(contentsOf: Array("</\(tag.name)>".utf8))
                }
                continue
            }
            if droppedDepth > 0 {
                if !tag.isSelfClosing { droppedDepth += 1 }
                continue
            }
            guard Self.allowedElements.contains(tag.name) else {
                removed.append("<\(tag.name)> element")
                if !tag.isSelfClosing { droppedDepth = 1 }
                continue
            }
            if tag.name == "svg" { seenRoot = true }
            guard seenRoot else { continue }
            let problems = tag.attributes.map(problem(with:))
            if tag.isPlain && problems.allSatisfy({ $0 == nil }) {
                // Nothing to change: the tag as it was written, white space and all.
                output.append(contentsOf: reader.bytes[tag.source])
                continue
            }
            output.append(contentsOf: Array("<\(tag.name)".utf8))
            for (attribute, problem) in zip(tag.attributes, problems) {
                if let problem {
                    removed.append("\(attribute.name) attribute of <\(tag.name)> (\(problem))")
                    continue
                }
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: Array(attribute.name.utf8))
                output.append(contentsOf: Array("=\"".utf8))
                appendAttributeValue(attribute.value, to: &output)
                output.append(UInt8(ascii: "\""))
            }
            output.append(contentsOf: Array((tag.isSelfClosing ? "/>" : ">").utf8))
        }
        return Result(svg: String(decoding: output, as: UTF8.self), removed: removed)
    }

    /// Why `attribute` must go, or `nil` to keep it.
    private static func problem(with attribute: Attribute) -> String? {
        let name = attribute.name.lowercased()
        if name.hasPrefix("on") { return "event handler" }
        if name == "style" { return "inline CSS" }
        let localName = name.split(separator: ":").last.map(String.init) ?? name
        if localName == "href" || localName == "src" {
            return attribute.value.first == "#" ? nil : "link out of the document"
        }
        if textAttributes.contains(name) { return nil }
        let decoded = decodedReferences(attribute.value).lowercased()
            .unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .control }
        let value = String(String.UnicodeScalarView(decoded))
        if value.contains("javascript:") { return "javascript: URL" }
        if value.contains("\\") { return "CSS escape" }
        var rest = value[...]
        while let range = rest.range(of: "url(") {
            rest = rest[range.upperBound...]
            let target = rest.drop(while: { $0 == "'" || $0 == "\"" })
            if target.first != "#" { return "reference out of the document" }
        }
        return nil
    }

    /// `value` with its character references (`&#106;`, `&#x6A;`) and the five predefined
    /// entities decoded; anything else is left as it is.
    static func decodedReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var out = ""
        var rest = value[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest.dropFirst()
                continue
            }
            let body = rest[rest.index(after: rest.startIndex)..<semicolon]
            var decoded: String?
            switch body {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            default:
                if body.hasPrefix("#x") || body.hasPrefix("#X") {
                    decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if body.hasPrefix("#") {
                    decoded = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
                }
            }
            if let decoded {
                out += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out += "&"
                rest = rest.dropFirst()
            }
        }
        return out + rest
    }

    /// Appends the raw attribute value `value` for a double-quoted attribute: `"` and `<` are
    /// written as references (a value that was single-quoted may hold them), the rest as it is.
    private static func appendAttributeValue(_ value: String, to output: inout [UInt8]) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: Array("&quot;".utf8))
            case UInt8(ascii: "<"): output.append(contentsOf: Array("&lt;".utf8))
            default: output.append(byte)
            }
        }
    }

    /// One attribute of a tag, its value raw (references not decoded).
    struct Attribute {
        var name: String
        var value: String
    }

    /// A start or end tag.
    struct Tag {
        var name: String
        var attributes: [Attribute]
        var isEnd: Bool
        var isSelfClosing: Bool
        /// Where the tag was read, `<` to `>`.
        var source: Range<Int>
        /// Whether every attribute had a double-quoted value free of `<`, and nothing else
        /// stood between the attributes: the tag can be copied as it was written.
        var isPlain: Bool
    }

    /// A cursor over the bytes of the document.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        func starts(with text: String) -> Bool {
            let pattern = Array(text.utf8)
            return bytes.count - index >= pattern.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }

        /// The bytes up to (not including) the next `stop`, or to the end; the reader moves past them.
        mutating func take(until stop: UInt8) -> ArraySlice<UInt8> {
            let end = bytes[index...].firstIndex(of: stop) ?? bytes.count
            defer { index = end }
            return bytes[index..<end]
        }

        /// If the text at the reader starts with `opening`, moves past the next `closing` (or
        /// to the end) and returns `true`.
        mutating func skipIfPresent(_ opening: String, through closing: String) -> Bool {
            guard starts(with: opening) else { return false }
            index += opening.utf8.count
            let pattern = Array(closing.utf8)
            while index < bytes.count {
                if bytes[index] == pattern[0], bytes.count - index >= pattern.count,
                   bytes[index..<index + pattern.count].elementsEqual(pattern) {
                    index += pattern.count
                    return true
                }
                index += 1
            }
            return true
        }

        /// Reads a tag at `<`; `nil` (at the end of the input) when it is not closed.
        mutating func readTag() -> Tag? {
            let start = index
            index += 1
            let isEnd = peek() == UInt8(ascii: "/")
            if isEnd { index += 1 }
            let name = readName()
            var attributes: [Attribute] = []
            var isSelfClosing = false
            var isPlain = !name.isEmpty
            while let byte = peek() {
                if isSpace(byte) {
                    index += 1
                } else if byte == UInt8(ascii: ">") {
                    index += 1
                    return Tag(name: name, attributes: attributes, isEnd: isEnd, isSelfClosing: isSelfClosing,
                               source: start..<index, isPlain: isPlain)
                } else if byte == UInt8(ascii: "/") {
                    isPlain = isPlain && !isSelfClosing && !isEnd
                    isSelfClosing = true
                    index += 1
                } else {
                    isPlain = isPlain && !isSelfClosing
                    isSelfClosing = false
                    let attributeName = readName()
                    if attributeName.isEmpty {
                        index += 1  // a stray character such as `=` or a quote
                        isPlain = false
                        continue
                    }
                    while let next = peek(), isSpace(next) { index += 1 }
                    guard peek() == UInt8(ascii: "=") else {
                        attributes.append(Attribute(name: attributeName, value: ""))
                        isPlain = false
                        continue
                    }
                    index += 1
                    while let next = peek(), isSpace(next) { index += 1 }
                    isPlain = isPlain && peek() == UInt8(ascii: "\"")
                    let value = readValue()
                    isPlain = isPlain && !value.utf8.contains(UInt8(ascii: "<"))
                    attributes.append(Attribute(name: attributeName, value: value))
                }
            }
            return nil
        }

        /// A tag or attribute name: everything up to white space, `=`, `>`, `/` or a quote.
        private mutating func readName() -> String {
            let start = index
            while let byte = peek(), !isSpace(byte), byte != UInt8(ascii: "="), byte != UInt8(ascii: ">"),
                  byte != UInt8(ascii: "/"), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "'") {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// An attribute value: quoted with `"` or `'`, or unquoted up to white space or `>`.
        private mutating func readValue() -> String {
            guard let quote = peek() else { return "" }
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                let end = bytes[index...].firstIndex(of: quote) ?? bytes.count
                defer { index = min(bytes.count, end + 1) }
                return String(decoding: bytes[index..<end], as: UTF8.self)
            }
            let start = index
            while let byte = peek(), !isSpace(byte), byte != UInt8(ascii: ">") { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        private func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
