import DiploGraph
import TestSupport
import Testing
@testable import DiploRendering

/// User text survives the trip through DOT and Graphviz unchanged: no escape is interpreted,
/// nothing breaks the grammar, nothing is reported.
@Suite("DOT quoting")
struct DOTQuotingTests {
    static let hostile: [String] = [
        #"Say "hi" to "them""#,
        #"back\slash"#,
        #"trailing\"#,
        #"\\double\\"#,
        #"\N is the node name"#,
        #"\G \E \T \H \L"#,
        #"\l left \r right \n centre"#,
        #"a \" quote after a backslash"#,
        "<script>alert('x')</script>",
        "]]> & <![CDATA[ x ]]>",
        "&amp; &#65; &lt;b&gt; &",
        "\u{200F}שלום\u{200E} and عربي",
        "🇰🇷 🤝 🇨🇳 👩🏽‍💼",
        "node", "graph", "Edge", "STRICT", "subgraph", "digraph",
        "1abc", "-1.5.3", "a:b:c", "{ } [ ] ; = , ->",
        "%3",
        "<b>not html</b>",
    ]

    @Test("hostile labels come back unchanged in the SVG", arguments: hostile)
    func labelRoundTrip(_ text: String) throws {
        let graph = Graph(nodes: [Node(id: "leader:x", kind: .leader, label: text)])
        // Wrapping off: the label must come back as one line, byte for byte.
        let dot = DOTWriter(style: Style(wrapWidth: 0)).write(graph)
        let rendering = try Graphviz.shared.render(dot: dot, format: .svg, engine: .dot)
        #expect(rendering.warnings.isEmpty)
        let svg = try SVG(rendering.bytes)
        let node = try #require(svg.group(id: "leader:x"))
        #expect(node.textLines == [text])
        // Wrapped (the default), the lines joined by spaces give the text back.
        let wrapped = try SVG(try Graphviz.shared.render(dot: DOTWriter().write(graph), format: .svg).bytes)
        #expect(wrapped.group(id: "leader:x")?.textLines.joined(separator: " ") == text)
        #expect(node.titleText == "leader:x")
    }

    @Test("hostile node identifiers stay one node, and edges find them", arguments: hostile)
    func identifierRoundTrip(_ text: String) throws {
        let id = NodeID(kind: .leader, key: text)
        let graph = Graph(
            nodes: [Node(id: id, kind: .leader, label: "L"), Node(id: "state:KOR", kind: .state, label: "K", code: "KOR")],
            edges: [Edge(source: id, target: "state:KOR", relation: .leads)]
        )
        let rendering = try Graphviz.shared.render(dot: DOTWriter().write(graph), format: .svg)
        #expect(rendering.warnings.isEmpty)
        let svg = try SVG(rendering.bytes)
        #expect(svg.groups(classPrefix: "node").count == 2)
        #expect(svg.groups(classPrefix: "edge").count == 1)
    }

    @Test("hostile evidence comes back unchanged in the tooltip", arguments: hostile)
    func tooltipRoundTrip(_ text: String) throws {
        let evidence = Evidence(document: "doc.txt", start: 0, end: 1, sentence: text)
        let graph = Graph(nodes: [Node(id: "leader:x", kind: .leader, label: "X", evidence: [evidence])])
        let rendering = try Graphviz.shared.render(dot: DOTWriter().write(graph), format: .svg)
        #expect(rendering.warnings.isEmpty)
        let node = try #require(try SVG(rendering.bytes).group(id: "leader:x"))
        #expect(node.tooltip == "X (leader)\ndoc.txt: \(text)")
    }

    @Test("a line break in a label becomes two lines; control characters are dropped")
    func lineBreaksAndControls() throws {
        let label = "first\u{0007} line\nsecond\u{0000}\r\nthird\tend"
        let graph = Graph(nodes: [Node(id: "state:KOR", kind: .state, label: label, code: "KOR")])
        let dot = DOTWriter().write(graph)
        #expect(dot.contains(#"label="first line\nsecond\nthird end""#))
        let rendering = try Graphviz.shared.render(dot: dot, format: .svg)
        #expect(rendering.warnings.isEmpty)
        let node = try #require(try SVG(rendering.bytes).group(id: "state:KOR"))
        #expect(node.textLines == ["first line", "second", "third end"])
    }

    @Test("quoting per context")
    func quotingRules() {
        #expect(DOTEscaping.quoted(#"a"b\c"#, .id) == #""a\"b\\c""#)
        #expect(DOTEscaping.quoted(#"\N & x"#, .label) == #""\\N &amp; x""#)
        #expect(DOTEscaping.quoted(#"\N"#, .tooltip) == #""\\\\N""#)
        #expect(DOTEscaping.quoted("a\nb\u{1}c", .id) == #""a\nbc""#)
        #expect(DOTEscaping.quoted("node", .id) == #""node""#)
    }

    @Test("XML ids keep identifiers readable and are valid names")
    func xmlIDs() {
        #expect(DOTEscaping.xmlID("state:KOR") == "state:KOR")
        #expect(DOTEscaping.xmlID("leader:lee-jae-myung") == "leader:lee-jae-myung")
        #expect(DOTEscaping.xmlID("a b\"<c>") == "a_b__c_")
        #expect(DOTEscaping.xmlID("1abc") == "_1abc")
        #expect(DOTEscaping.xmlID("") == "_")
        #expect(DOTEscaping.xmlID("leader:习近平") == "leader:习近平")
    }

    @Test("long sentences are cut with an ellipsis")
    func truncation() {
        let long = String(repeating: "word ", count: 100)
        let cut = DOTEscaping.truncated(long, to: 50)
        #expect(cut.count <= 50)
        #expect(cut.hasSuffix("…"))
        #expect(DOTEscaping.truncated("  short\n text ", to: 50) == "short text")
    }
}
