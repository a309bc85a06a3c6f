import DiploGraph
import Foundation
import Testing
@testable import DiploRendering
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// No injection, over generated strings: whatever a document says, it reaches DOT escaped by the
/// Graphviz grammar, reaches SVG and HTML escaped for XML and HTML, and comes out of libgvc as
/// the same visible text.
///
/// The strings come from a seeded generator (the same strings on every run and machine) that
/// mixes the pieces that break naive writers: quotes, backslashes, Graphviz escapes (`\N`, `\l`,
/// `\G`), line breaks, `<script>`, `]]>`, `&`, `&amp;`, control characters, right-to-left marks,
/// emoji, combining marks and DOT keywords.
///
/// The contract checked (``DOTEscaping``): in a label, a line break (`\n`, `\r\n`, U+2028,
/// U+2029) starts a new line, a tab becomes a space, every other control character (Unicode
/// category Cc) is dropped, and everything else comes back exactly. What Graphviz itself does
/// to the drawn text, and the comparison allows: it turns the second of two adjacent spaces into
/// a no-break space (U+00A0) so that the run stays visible, it draws no `<text>` for an empty
/// line, and it drops a U+FEFF (an invisible zero-width no-break space) at the start of a label. Tooltips fold white space (one line per
/// piece of evidence) and drop the same control characters.
@Suite("No injection (property test over generated strings)")
struct InjectionPropertyTests {
    /// How many strings are generated.
    static let count = 320

    /// The generated strings, the same on every run.
    static let strings: [String] = {
        var generator = HostileStringGenerator(seed: 0x5EED_D1A1_06AA_F001)
        return (0..<count).map { _ in generator.next() }
    }()

    @Test("generated labels come back from the SVG as the same visible text")
    func labels() throws {
        var failures: [String] = []
        // Many nodes per graph: fewer layouts, and neighbours cannot bleed into each other.
        for (batchIndex, batch) in Self.strings.chunked(into: 20).enumerated() {
            var nodes: [Node] = []
            for (index, text) in batch.enumerated() {
                nodes.append(Node(id: "leader:n\(batchIndex)-\(index)", kind: .leader, label: text))
            }
            let graph = Graph(nodes: nodes)
            let dot = DOTWriter(options: RenderOptions(legend: false, title: "", style: Style(wrapWidth: 0))).write(graph)
            let rendering = try Graphviz.shared.render(dot: dot, format: .svg, engine: .dot)
            #expect(rendering.warnings.isEmpty, "Graphviz warned: \(rendering.warnings)")
            let svg = try InjectionSVG(rendering.bytes)
            for (index, text) in batch.enumerated() {
                let id = "leader:n\(batchIndex)-\(index)"
                guard let node = svg.group(id: id) else {
                    failures.append("\(id): no node in the SVG for \(Self.debug(text))")
                    continue
                }
                let expected = Self.visibleLines(of: text)
                let actual = node.textLines.map(Self.visible)
                if actual != expected {
                    failures.append("\(Self.debug(text)): expected \(expected.map(Self.debug)), got \(actual.map(Self.debug))")
                }
                if node.titleText != id {
                    failures.append("\(id): title \(node.titleText.map(Self.debug) ?? "nil")")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.count) labels differ:\n\(failures.prefix(15).joined(separator: "\n"))")
    }

    @Test("generated evidence sentences come back in the tooltips; generated titles in the graph label")
    func tooltipsAndTitles() throws {
        var failures: [String] = []
        var style = Style(wrapWidth: 0)
        style.tooltipSentenceLength = 100_000
        for (batchIndex, batch) in Self.strings.chunked(into: 20).enumerated() {
            var nodes: [Node] = []
            var edges: [Edge] = []
            for (index, text) in batch.enumerated() {
                let evidence = Evidence(document: "doc.txt", start: 0, end: 1, sentence: text)
                nodes.append(Node(id: "state:S\(batchIndex)x\(index)", kind: .state, label: "S\(index)", code: "S\(index)", evidence: [evidence]))
                if index > 0 {
                    edges.append(Edge(source: "state:S\(batchIndex)x\(index - 1)", target: "state:S\(batchIndex)x\(index)",
                                      relation: .criticized, evidence: [evidence]))
                }
            }
            // The first string of the batch is the drawn title too.
            let title = batch[0]
            let graph = Graph(nodes: nodes, edges: edges)
            let dot = DOTWriter(options: RenderOptions(legend: false, title: title, style: style)).write(graph)
            let rendering = try Graphviz.shared.render(dot: dot, format: .svg, engine: .dot)
            #expect(rendering.warnings.isEmpty, "Graphviz warned: \(rendering.warnings)")
            let svg = try InjectionSVG(rendering.bytes)
            for (index, text) in batch.enumerated() {
                let id = "state:S\(batchIndex)x\(index)"
                let expected = "S\(index) (state, S\(index))\ndoc.txt: \(Self.folded(text))"
                let actual = svg.group(id: id)?.tooltip
                if actual.map(Self.visible) != Self.visible(expected) {
                    failures.append("node tooltip of \(Self.debug(text)): got \(actual.map(Self.debug) ?? "nil")")
                }
                if index > 0 {
                    let edgeID = "state:S\(batchIndex)x\(index - 1)__criticized__state:S\(batchIndex)x\(index)"
                    let expectedEdge = "S\(index - 1) criticized S\(index)\ndoc.txt: \(Self.folded(text))"
                    let edgeTooltip = svg.group(id: edgeID)?.tooltip
                    if edgeTooltip.map(Self.visible) != Self.visible(expectedEdge) {
                        failures.append("edge tooltip of \(Self.debug(text)): got \(edgeTooltip.map(Self.debug) ?? "nil")")
                    }
                }
            }
            let drawnTitle = svg.graphLabelLines.map(Self.visible)
            if drawnTitle != Self.visibleLines(of: title) {
                failures.append("title \(Self.debug(title)): got \(drawnTitle.map(Self.debug))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) differ:\n\(failures.prefix(15).joined(separator: "\n"))")
    }

    @Test("generated node identifiers stay one node each, with the edges that name them")
    func identifiers() throws {
        for (batchIndex, batch) in Self.strings.chunked(into: 40).enumerated() {
            // Identifiers are unique per graph; DOT IDs keep control characters out.
            let ids = Array(Set(batch.map { NodeID(kind: .leader, key: "\(batchIndex):" + $0) })).sorted()
            var nodes = [Node(id: "state:KOR", kind: .state, label: "K", code: "KOR")]
            var edges: [Edge] = []
            for id in ids {
                nodes.append(Node(id: id, kind: .leader, label: "L"))
                edges.append(Edge(source: id, target: "state:KOR", relation: .leads))
            }
            let distinctInDOT = Set(ids.map { DOTEscaping.quoted($0.description, .id) }).count
            let graph = Graph(nodes: nodes, edges: edges)
            let rendering = try Graphviz.shared.render(dot: DOTWriter().write(graph), format: .svg)
            #expect(rendering.warnings.isEmpty, "Graphviz warned: \(rendering.warnings)")
            let svg = try InjectionSVG(rendering.bytes)
            #expect(svg.groups(classPrefix: "node").count == distinctInDOT + 1)
            #expect(svg.groups(classPrefix: "edge").count == ids.count)
        }
    }

    @Test("the HTML report of generated text runs nothing but its own script")
    func htmlReport() throws {
        for (batchIndex, batch) in Self.strings.chunked(into: 40).enumerated() {
            var nodes: [Node] = []
            var edges: [Edge] = []
            for (index, text) in batch.enumerated() {
                let evidence = Evidence(document: text, start: 0, end: 1, sentence: text)
                nodes.append(Node(id: "leader:\(batchIndex)-\(index)", kind: .leader, label: text, title: text,
                                  aliases: [text + " alias"], evidence: [evidence]))
                nodes.append(Node(id: "agreement:\(batchIndex)-\(index)", kind: .agreement, label: text, topics: [text]))
                edges.append(Edge(source: "leader:\(batchIndex)-\(index)", target: "agreement:\(batchIndex)-\(index)",
                                  relation: .signed, evidence: [evidence]))
            }
            let graph = Graph(nodes: nodes, edges: edges, documents: batch)
            let html = try HTMLReport.render(graph, options: RenderOptions(title: batch[0]))
            let tags = HTMLTags.scan(html)
            let scripts = tags.filter { $0.name == "script" }
            #expect(scripts.count == 1, "one script element, found \(scripts.count)")
            #expect(html.components(separatedBy: "<script").count == 2)
            let handlers = tags.flatMap { tag in tag.attributes.filter { $0.hasPrefix("on") }.map { "<\(tag.name) \($0)=…>" } }
            #expect(handlers.isEmpty, "event handler attributes: \(handlers.prefix(5))")
            let dangerous = tags.filter { ["iframe", "object", "embed", "foreignobject", "img", "base", "form", "link"].contains($0.name) }
            #expect(dangerous.isEmpty, "unexpected elements: \(dangerous.map(\.name))")
            let javascriptURLs = tags.flatMap(\.values).filter { $0.lowercased().trimmingCharacters(in: .whitespaces).hasPrefix("javascript:") }
            #expect(javascriptURLs.isEmpty)
        }
    }

    @Test("the generator is deterministic and covers every hostile piece")
    func generatorCoverage() {
        var again = HostileStringGenerator(seed: 0x5EED_D1A1_06AA_F001)
        #expect((0..<Self.count).map { _ in again.next() } == Self.strings)
        let all = Self.strings.joined(separator: "\u{1}")
        for piece in ["\"", "\\", #"\N"#, #"\l"#, #"\G"#, "\n", "<script>", "]]>", "&amp;", "&", "\u{202E}", "\u{0007}", "\u{0301}", "👩🏽‍💼", "subgraph"] {
            #expect(all.contains(piece), "the generator never produced \(Self.debug(piece))")
        }
    }

    // MARK: - The contract

    /// The lines a label shows: line breaks split, tabs become spaces, other controls vanish.
    static func visibleLines(of text: String) -> [String] {
        var lines: [String] = [""]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}": lines.append("")
            case "\r": continue
            case "\t": lines[lines.count - 1].unicodeScalars.append(" ")
            default:
                if scalar.properties.generalCategory == .control { continue }
                lines[lines.count - 1].unicodeScalars.append(scalar)
            }
        }
        // Graphviz draws no <text> for an empty line (it only takes up height).
        return lines.map(visible).filter { !$0.isEmpty }
    }

    /// A tooltip's evidence text: white space folded to single spaces (as the writer does before
    /// cutting sentences to length), control characters dropped.
    static func folded(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return String(String.UnicodeScalarView(words.joined(separator: " ").unicodeScalars.filter {
            $0.properties.generalCategory != .control
        }))
    }

    /// Text as seen: a no-break space looks like a space (compared scalar by scalar: a no-break
    /// space followed by a combining mark is one `Character`), and a zero-width no-break space
    /// (U+FEFF, invisible) at the start of a line is dropped, as Graphviz drops it.
    static func visible(_ text: String) -> String {
        var scalars = String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{00A0}" ? " " : $0 })
        while scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return String(scalars)
    }

    /// `text` with every non-ASCII or non-printing scalar spelled out, for failure messages.
    static func debug(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar in
            (scalar.value >= 0x20 && scalar.value < 0x7F) ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
        }.joined() + "\""
    }
}

/// A deterministic generator of hostile strings (SplitMix64).
struct HostileStringGenerator {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    private mutating func below(_ n: Int) -> Int { generator.next(n) }

    static let pieces: [String] = [
        "\"", "\\", "\\\\", #"\""#, #"\N"#, #"\l"#, #"\G"#, #"\E"#, #"\T"#, #"\H"#, #"\L"#, #"\n"#, #"\r"#,
        "\n", "\r\n", "\r", "\t", "\u{2028}", "\u{2029}",
        "<script>alert(1)</script>", "<script", "]]>", "<![CDATA[", "<!--", "-->", "&", "&amp;", "&lt;", "&#65;", "&#x3c;",
        "<b>", "</text>", "<a href=\"javascript:alert(1)\">", "\" onmouseover=\"alert(1)", "' onload='x'", "<img src=x onerror=alert(1)>",
        "\u{0000}", "\u{0001}", "\u{0007}", "\u{0008}", "\u{000B}", "\u{000C}", "\u{001B}", "\u{001F}", "\u{007F}", "\u{0085}", "\u{009F}",
        "\u{202E}", "\u{202D}", "\u{200F}", "\u{200E}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{FEFF}", "\u{00AD}",
        "👩🏽‍💼", "🇰🇷", "🤝", "😀", "\u{1F600}\u{FE0F}",
        "e\u{0301}", "\u{0301}", "a\u{0338}\u{0336}", "\u{0E01}\u{0E31}", "Z\u{0335}\u{0321}\u{0358}",
        "שלום", "عربي", "Ελλάδα", "中国", "조선", "Ñ",
        "node", "edge", "graph", "digraph", "subgraph", "strict", "NODE", "Edge", "-> ", "--", "{", "}", "[", "]", ";", "=", ",", ":",
        "1abc", "-1.5.3", "%3", "%s%n", "$(rm -rf /)", "'", "`", "\u{00A0}",
        " ", "  ", "   ",
        "Lee", "Xi Jinping", "President", "the", "of", "South Korea", "agreement",
    ]

    /// The next string: 1 to 12 pieces, most separated by a space.
    mutating func next() -> String {
        var text = ""
        for _ in 0..<(1 + below(12)) {
            if !text.isEmpty && below(3) != 0 { text += " " }
            text += Self.pieces[below(Self.pieces.count)]
        }
        return text
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

/// The SVG, read with a real XML parser: a malformed document fails the test.
struct InjectionSVG {
    let svg: SVG

    init(_ bytes: [UInt8]) throws {
        svg = try SVG(bytes)
    }

    func group(id: String) -> XMLElement? { svg.group(id: id) }

    func groups(classPrefix: String) -> [XMLElement] { svg.groups(classPrefix: classPrefix) }

    /// The lines of the graph's own label (the title), drawn directly in the graph group.
    var graphLabelLines: [String] {
        guard let graph = svg.groups(classPrefix: "graph").first else { return [] }
        return (graph.children ?? []).compactMap { $0 as? XMLElement }
            .filter { $0.plainName == "text" }
            .map { $0.stringValue ?? "" }
    }
}

/// A small HTML tag scanner that knows quoted attribute values, enough to list the elements and
/// attribute names of a page written by ``HTMLReport``.
enum HTMLTags {
    struct Tag {
        var name: String
        var attributes: [String]
        var values: [String]
    }

    /// Every start tag of `html` outside comments, script and style contents.
    static func scan(_ html: String) -> [Tag] {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var i = 0
        func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x3A || b == 0x5F
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
        while i < bytes.count {
            guard bytes[i] == 0x3C else { i += 1; continue }  // <
            if bytes[i...].starts(with: Array("<!--".utf8)) {
                if let end = find(Array("-->".utf8), in: bytes, from: i + 4) { i = end + 3 } else { break }
                continue
            }
            var j = i + 1
            if j < bytes.count && (bytes[j] == 0x2F || bytes[j] == 0x21 || bytes[j] == 0x3F) { i = j; continue }  // </ <! <?
            let nameStart = j
            while j < bytes.count && isNameByte(bytes[j]) { j += 1 }
            guard j > nameStart else { i += 1; continue }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            var tag = Tag(name: name, attributes: [], values: [])
            while j < bytes.count && bytes[j] != 0x3E {
                if isSpace(bytes[j]) || bytes[j] == 0x2F { j += 1; continue }
                let attrStart = j
                while j < bytes.count && !isSpace(bytes[j]) && bytes[j] != 0x3D && bytes[j] != 0x3E && bytes[j] != 0x2F { j += 1 }
                tag.attributes.append(String(decoding: bytes[attrStart..<j], as: UTF8.self).lowercased())
                while j < bytes.count && isSpace(bytes[j]) { j += 1 }
                if j < bytes.count && bytes[j] == 0x3D {
                    j += 1
                    while j < bytes.count && isSpace(bytes[j]) { j += 1 }
                    if j < bytes.count && (bytes[j] == 0x22 || bytes[j] == 0x27) {
                        let quote = bytes[j]
                        let valueStart = j + 1
                        j += 1
                        while j < bytes.count && bytes[j] != quote { j += 1 }
                        tag.values.append(String(decoding: bytes[valueStart..<min(j, bytes.count)], as: UTF8.self))
                        j += 1
                    } else {
                        let valueStart = j
                        while j < bytes.count && !isSpace(bytes[j]) && bytes[j] != 0x3E { j += 1 }
                        tag.values.append(String(decoding: bytes[valueStart..<j], as: UTF8.self))
                    }
                }
            }
            tags.append(tag)
            i = j + 1
            if name == "script" || name == "style" {
                // Raw text: skip to the end tag.
                if let end = find(Array("</\(name)".utf8), in: bytes, from: i) { i = end } else { break }
            }
        }
        return tags
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
