import DiploGraph
import TestSupport
import Testing
@testable import DiploRendering

@Suite("DOT writer")
struct DOTWriterTests {
    @Test("writing twice gives the same bytes")
    func deterministic() {
        let graph = Fixtures.graph
        expectIdentical(DOTWriter().write(graph), DOTWriter().write(graph))
    }

    @Test("insertion order does not change the DOT")
    func orderIndependent() {
        var forward = Graph()
        for node in Fixtures.nodes { forward.add(node) }
        for edge in Fixtures.edges { forward.add(edge) }
        forward.addDocument(Fixtures.document)

        var backward = Graph()
        backward.addDocument(Fixtures.document)
        for edge in Fixtures.edges.reversed() { backward.add(edge) }
        for node in Fixtures.nodes.reversed() { backward.add(node) }

        expectIdentical(DOTWriter().write(forward), DOTWriter().write(backward))
    }

    @Test("named graph, nodes sorted by id, then edges sorted by key")
    func layout() throws {
        let dot = DOTWriter().write(Fixtures.graph)
        let lines = dot.split(separator: "\n").map(String.init)
        #expect(lines.first == #"digraph "diplograph" {"#)
        #expect(lines.last == "}")
        #expect(dot.hasSuffix("}\n"))
        let nodeIDs = lines.compactMap { line -> String? in
            guard line.hasPrefix("  \""), !line.contains(" -> ") else { return nil }
            return String(line.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(nodeIDs == Fixtures.nodes.map(\.id).sorted().map(\.description))
        let edgeLines = lines.filter { $0.contains(" -> ") }
        #expect(edgeLines.count == Fixtures.edges.count)
        let firstEdge = try #require(lines.firstIndex { $0.contains(" -> ") })
        let lastNode = try #require(lines.lastIndex { $0.hasPrefix("  \"") && !$0.contains(" -> ") })
        #expect(lastNode < firstEdge)
        let keys = Fixtures.graph.edges.map { "\"\($0.source)\" -> \"\($0.target)\"" }
        for (line, key) in zip(edgeLines, keys) { #expect(line.hasPrefix("  " + key + " [")) }
        #expect(dot.contains("\(Fixtures.headline)</td></tr>"))
        #expect(dot.contains(#"splines="true""#))
        #expect(!DOTWriter(options: RenderOptions(legend: false)).write(Fixtures.graph).contains("<table"))
        #expect(DOTWriter(options: RenderOptions(legend: false)).write(Fixtures.graph).contains("label=\"\(Fixtures.headline)\""))
    }

    @Test("nodes carry id, class, shape by kind and a tooltip")
    func nodeAttributes() {
        let dot = DOTWriter().write(Fixtures.graph)
        #expect(dot.contains(#""state:KOR" [id="state:KOR", class="state", label="South Korea", shape="box""#))
        #expect(dot.contains(#""leader:xi-jinping" [id="leader:xi-jinping", class="leader", label="Xi Jinping", shape="ellipse""#))
        #expect(dot.contains(#"class="agreement", label="won-yuan currency\nexchange", shape="note""#))
        #expect(dot.contains(#"class="organization", label="APEC", shape="hexagon""#))
        #expect(dot.contains(#"tooltip="Lee Jae Myung (President, leader, state:KOR)\nalso: Lee; President Lee\n000_sample.txt: President Lee Jae Myung urged Xi.""#))
    }

    @Test("edges: relation label, dir=none when symmetric, pen width grows with evidence")
    func edgeAttributes() {
        let dot = DOTWriter().write(Fixtures.graph)
        #expect(dot.contains(#""state:CHN" -> "state:KOR" [id="state:CHN__met__state:KOR", class="met", plover="CONSULT", label="met""#))
        let met = dot.split(separator: "\n").first { $0.contains(#"class="met""#) } ?? ""
        #expect(met.contains(#"dir="none""#))
        #expect(met.contains(#"penwidth="2.0""#))
        #expect(met.contains(#"(and 2 more)"#))
        let urged = dot.split(separator: "\n").first { $0.contains(#"class="urged""#) } ?? ""
        #expect(!urged.contains("dir="))
        #expect(urged.contains(#"plover="REQUEST""#))
        let leads = dot.split(separator: "\n").first { $0.contains(#"class="leads""#) } ?? ""
        #expect(!leads.isEmpty && !leads.contains("plover="))
        #expect(urged.contains(#"penwidth="1.0""#))
        #expect(urged.contains(#"tooltip="Lee Jae Myung urged Xi Jinping\n000_sample.txt: President Lee Jae Myung urged Xi.""#))
    }

    @Test("a cut evidence list: the tooltip says how many more the edge counts, the pen width follows the count")
    func cutEvidence() {
        let sentences = (0..<3).map { Fixtures.evidence("Oslo met Nairobi, time \($0).", at: 100 * $0) }
        let edge = Edge(source: "state:NOR", target: "state:KEN", relation: .met, evidence: sentences, count: 40)
        let nodes = [Node(id: "state:NOR", kind: .state, label: "Norway", code: "NOR", evidence: sentences, count: 9),
                     Node(id: "state:KEN", kind: .state, label: "Kenya", code: "KEN")]
        let dot = DOTWriter().write(Graph(nodes: nodes, edges: [edge], documents: [Fixtures.document]))
        let met = dot.split(separator: "\n").first { $0.contains(#"class="met""#) } ?? ""
        let shown = min(3, Style.default.tooltipEvidenceLimit)
        #expect(met.contains("(and \(40 - shown) more)"), "\(met)")
        #expect(met.contains(#"penwidth="\#(Style.default.penWidth(forCount: 40))""#))
        let norway = dot.split(separator: "\n").first { $0.contains(#"id="state:NOR""#) } ?? ""
        #expect(norway.contains("(and \(9 - shown) more)"), "\(norway)")
        // The report lists the kept sentences and says how many were not kept.
        let html = HTMLReport.relationTable(Graph(nodes: nodes, edges: [edge], documents: [Fixtures.document]),
                                            ids: ElementIDs(Graph(nodes: nodes, edges: [edge]), options: RenderOptions()),
                                            showChanges: false)
        #expect(html.contains("and 37 more, not kept"))
        #expect(html.contains(#"<td class="count">40</td>"#))
    }

    @Test("pen width is bounded")
    func penWidth() {
        let style = Style.default
        #expect(style.penWidth(forCount: 0) == 1)
        #expect(style.penWidth(forCount: 1) == 1)
        #expect(style.penWidth(forCount: 2) == 1.5)
        #expect(style.penWidth(forCount: 8) == 2.5)
        #expect(style.penWidth(forCount: 1_000_000) == 4)
    }

    @Test("ids stay unique when sanitising makes two equal")
    func uniqueIDs() {
        let graph = Graph(nodes: [
            Node(id: "leader:a b", kind: .leader, label: "1"),
            Node(id: "leader:a_b", kind: .leader, label: "2"),
        ])
        let dot = DOTWriter().write(graph)
        #expect(dot.contains(#"[id="leader:a_b", "#))
        #expect(dot.contains(#"[id="leader:a_b-2", "#))
    }

    @Test("edge labels and tooltips say the relation in words; class and relation keep the id")
    func relationWords() {
        let dot = DOTWriter().write(Fixtures.graph)
        let partyTo = dot.split(separator: "\n").first { $0.contains(#"class="party_to""#) } ?? ""
        #expect(partyTo.contains(#"label="party to""#), "\(partyTo)")
        #expect(partyTo.contains(#"tooltip="South Korea party to won-yuan currency exchange""#), "\(partyTo)")
        #expect(partyTo.contains(#"relation="party_to""#))
        #expect(!dot.contains(#"label="party_to""#))
    }

    @Test("nodes and edges carry the graph's data for tools that read the DOT")
    func dataAttributes() {
        let dot = DOTWriter().write(Fixtures.graph)
        let lee = dot.split(separator: "\n").first { $0.contains(#"[id="leader:lee-jae-myung""#) } ?? ""
        #expect(lee.hasSuffix(#"kind="leader", count="1", state="state:KOR"];"#), "\(lee)")
        let korea = dot.split(separator: "\n").first { $0.contains(#"[id="state:KOR""#) } ?? ""
        #expect(korea.hasSuffix(#"kind="state", count="1", code="KOR"];"#), "\(korea)")
        let met = dot.split(separator: "\n").first { $0.contains(#"class="met""#) } ?? ""
        #expect(met.hasSuffix(#"relation="met", count="5"];"#), "\(met)")

        let diff = Graph.diff(old: Graph(nodes: [Fixtures.nodes[0], Fixtures.nodes[1]],
                                         edges: [Edge(source: "state:KOR", target: "state:CHN", relation: .met)]),
                              new: Fixtures.graph)
        let diffDOT = DOTWriter().write(diff)
        let changed = diffDOT.split(separator: "\n").first { $0.contains(#"class="met changed""#) } ?? ""
        #expect(changed.hasSuffix(#"relation="met", count="5", previous_count="0", change="changed"];"#), "\(changed)")
        #expect(diffDOT.contains(#"kind="leader", count="1", state="state:KOR", change="added"];"#))
    }

    @Test("title: derived from the graph, overridable, or none")
    func title() {
        let many = Graph(documents: ["a", "b", "c", "d", "e"])
        #expect(DOTWriter().write(many).contains(#"label="5 articles""#))
        #expect(DOTWriter().write(Graph(documents: ["Samples/a.txt"], documentTitles: ["Samples/a.txt": "Talks in Oslo"]))
            .contains(#"label="Talks in Oslo""#))
        #expect(DOTWriter(title: "Mine").write(many).contains(#"label="Mine""#))
        #expect(!DOTWriter(title: "").write(many).contains("label="))
        #expect(DOTWriter().write(Graph()) .contains(#"digraph "diplograph" {"#))
    }
}
