import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

@Suite("Render options")
struct RenderOptionsTests {
    /// The DOT lines between `subgraph "cluster_<state>" {` and its closing brace.
    static func clusterLines(_ dot: String, state: String) -> [String]? {
        let lines = dot.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "  subgraph \"cluster_\(state)\" {") else { return nil }
        guard let end = lines[start...].firstIndex(of: "  }") else { return nil }
        return Array(lines[(start + 1)..<end])
    }

    @Test("the defaults are the standard diagram, and the old initialiser gives the same DOT")
    func defaults() {
        let options = RenderOptions()
        #expect(options.engine == nil && !options.clusterByState && options.rankdir == nil)
        #expect(options.layoutEngine(forWhole: Fixtures.graph) == .dot)
        #expect(options.legend && options.title == nil && options.style == .default)
        expectIdentical(DOTWriter().write(Fixtures.graph), DOTWriter(options: RenderOptions()).write(Fixtures.graph))
        expectIdentical(DOTWriter(title: "T").write(Fixtures.graph), DOTWriter(options: RenderOptions(title: "T")).write(Fixtures.graph))
    }

    @Test("cluster by state: each leader inside its state's cluster, with the state")
    func clusters() throws {
        let dot = DOTWriter(options: RenderOptions(clusterByState: true)).write(Fixtures.graph)
        let kor = try #require(Self.clusterLines(dot, state: "state:KOR"))
        #expect(kor.contains { $0.hasPrefix(#"    "leader:lee-jae-myung" ["#) })
        #expect(kor.contains { $0.hasPrefix(#"    "state:KOR" ["#) })
        #expect(!kor.contains { $0.contains("xi-jinping\" [") })
        #expect(kor.first?.contains(#"label="""#) == true)  // no inherited title
        let chn = try #require(Self.clusterLines(dot, state: "state:CHN"))
        #expect(chn.contains { $0.hasPrefix(#"    "leader:xi-jinping" ["#) })
        #expect(Self.clusterLines(dot, state: "state:PRK") == nil)  // no leader, no cluster
        // Every node is written exactly once.
        for node in Fixtures.nodes {
            let statements = dot.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"\(node.id)\" [id=") }
            #expect(statements.count == 1, "\(node.id)")
        }
        #expect(!DOTWriter().write(Fixtures.graph).contains("subgraph"))
    }

    @Test("clustered DOT renders with every engine, the clusters in the SVG", arguments: LayoutEngine.allCases)
    func clustersRender(_ engine: LayoutEngine) throws {
        let options = RenderOptions(engine: engine, clusterByState: true)
        let rendering = try Graphviz.shared.render(
            dot: DOTWriter(options: options).write(Fixtures.graph), format: .svg, engine: engine)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        let svg = try SVG(rendering.bytes)
        #expect(svg.groups(classPrefix: "node").count == Fixtures.nodes.count)
        if engine == .dot || engine == .fdp {
            let cluster = try #require(svg.group(id: "cluster_state:KOR"))
            #expect(cluster.value(of: "class") == "cluster state-cluster")
        }
    }

    @Test("rankdir is written when set, for every direction", arguments: RankDirection.allCases)
    func rankdir(_ direction: RankDirection) throws {
        let dot = DOTWriter(options: RenderOptions(rankdir: direction)).write(Fixtures.graph)
        #expect(dot.contains(#"rankdir="\#(direction.rawValue)""#))
        #expect(!DOTWriter().write(Fixtures.graph).contains("rankdir"))
        #expect(try Graphviz.shared.render(dot: dot, format: .svg).warnings.isEmpty)
    }

    @Test("legend: kinds and relation classes present, in their colours; absent when turned off")
    func legend() throws {
        let dot = DOTWriter().write(Fixtures.graph)
        #expect(dot.contains(#"label=<<table"#))
        for kind in NodeKind.allCases {
            #expect(dot.contains(">\(kind.rawValue)</font></td>"))
        }
        #expect(dot.contains(##"bgcolor="#fff2cc""##))
        #expect(dot.contains("leads, party to") && dot.contains("interaction") && dot.contains("conflict"))
        #expect(!dot.contains("added"))
        let off = DOTWriter(options: RenderOptions(legend: false)).write(Fixtures.graph)
        #expect(!off.contains("<table") && !off.contains("interaction</font>"))

        // Only what the graph has: a graph of states only shows "state" and no edge classes.
        let states = Fixtures.graph.filtered(kinds: [.state])
        let partial = DOTWriter(options: RenderOptions(legend: true, title: "")).write(states)
        #expect(partial.contains(">state</font>") && !partial.contains(">leader</font>"))
        #expect(!partial.contains("<tr><td colspan"))  // no title row

        // The legend renders, and its text is in the SVG, for every engine.
        for engine in LayoutEngine.allCases {
            let options = RenderOptions(engine: engine)
            let rendering = try Graphviz.shared.render(
                dot: DOTWriter(options: options).write(Fixtures.graph), format: .svg, engine: engine)
            #expect(rendering.warnings.isEmpty, "\(engine): \(rendering.warnings)")
            let texts = try SVG(rendering.bytes).root.textLines
            #expect(texts.contains("leader") && texts.contains(Fixtures.headline), "\(engine)")
        }
    }

    @Test("a title with markup characters is escaped in the legend label")
    func legendTitleEscaping() throws {
        let options = RenderOptions(title: "A & B <C> \"D\"\nsecond line")
        let dot = DOTWriter(options: options).write(Fixtures.graph)
        #expect(dot.contains("A &amp; B &lt;C&gt; &quot;D&quot;<br/>second line"))
        let svg = try SVG(try Graphviz.shared.render(dot: dot, format: .svg).bytes)
        #expect(svg.root.textLines.contains("A & B <C> \"D\""))
    }

    @Test("long labels are wrapped at word boundaries")
    func wrapping() throws {
        #expect(DOTEscaping.wrapped("agreement on online crime prevention", width: 24) == "agreement on online\ncrime prevention")
        #expect(DOTEscaping.wrapped("short", width: 24) == "short")
        #expect(DOTEscaping.wrapped("Supercalifragilisticexpialidocious treaty", width: 10) == "Supercalifragilisticexpialidocious\ntreaty")
        #expect(DOTEscaping.wrapped("a b c d e", width: 0) == "a b c d e")
        let graph = Graph(nodes: [Node(id: "agreement:x", kind: .agreement, label: "agreement on online crime prevention")])
        let dot = DOTWriter().write(graph)
        #expect(dot.contains(#"label="agreement on online\ncrime prevention""#))
        let svg = try SVG(try Graphviz.shared.render(dot: dot, format: .svg).bytes)
        #expect(svg.group(id: "agreement:x")?.textLines == ["agreement on online", "crime prevention"])
    }

    @Test("each engine gets its own graph attributes")
    func engineAttributes() {
        let dot = DOTWriter(options: RenderOptions(engine: .dot)).write(Fixtures.graph)
        #expect(dot.contains(#"ranksep="#) && dot.contains(#"overlap="false""#))
        for engine in [LayoutEngine.neato, .fdp, .sfdp, .twopi] {
            let text = DOTWriter(options: RenderOptions(engine: engine)).write(Fixtures.graph)
            #expect(text.contains(#"overlap="prism""#), "\(engine)")
            #expect(text.contains(#"sep="+"#), "\(engine)")
        }
        #expect(DOTWriter(options: RenderOptions(engine: .circo)).write(Fixtures.graph).contains(#"overlap="false""#))
    }

    @Test("diff styling: added green, removed red dashed, changed orange with old→new")
    func diffStyling() throws {
        let old = Fixtures.graph
        var new = Fixtures.graph
        new.removeEdge(Edge(source: "state:PRK", target: "state:KOR", relation: .rejected).key)
        new.removeNode("organization:apec")
        new.add(Node(id: "state:USA", kind: .state, label: "United States", code: "USA"))
        new.add(Edge(source: "state:KOR", target: "state:USA", relation: .alliedWith,
                     evidence: [Fixtures.evidence("South Korea is allied with the United States.", at: 900)]))
        new.add(Edge(source: "leader:lee-jae-myung", target: "leader:xi-jinping", relation: .urged,
                     evidence: [Fixtures.evidence("Lee urged Xi again.", at: 700)]))
        let diff = Graph.diff(old: old, new: new)
        let style = Style.default
        let dot = DOTWriter().write(diff)
        let lines = dot.split(separator: "\n").map(String.init)
        func line(_ prefix: String) -> String { lines.first { $0.hasPrefix("  " + prefix) } ?? "" }

        let allied = line(#""state:KOR" -> "state:USA""#)
        #expect(allied.contains(#"class="allied_with added""#))
        #expect(allied.contains(#"color="\#(style.addedColor)""#))
        let rejected = line(#""state:PRK" -> "state:KOR""#)
        #expect(rejected.contains(#"class="rejected removed""#))
        #expect(rejected.contains(#"color="\#(style.removedColor)""#) && rejected.contains(#"style="dashed""#))
        let urged = line(#""leader:lee-jae-myung" -> "leader:xi-jinping""#)
        #expect(urged.contains(#"class="urged changed""#))
        #expect(urged.contains(#"label="urged (1→2)""#) && urged.contains(#"color="\#(style.changedColor)""#))
        #expect(urged.contains(#"changed: 1 → 2 sentences"#))
        let met = line(#""state:CHN" -> "state:KOR""#)
        #expect(met.contains(#"class="met""#) && met.contains(#"label="met""#))

        let usa = line(#""state:USA" ["#)
        #expect(usa.contains(#"class="state added""#) && usa.contains(#"color="\#(style.addedColor)""#))
        let apec = line(#""organization:apec" ["#)
        #expect(apec.contains(#"class="organization removed""#) && apec.contains(#"style="filled,dashed""#))
        #expect(dot.contains("added</font>") && dot.contains("removed</font>") && dot.contains("changed (old→new)</font>"))

        let svg = try SVG(try Graphviz.shared.render(dot: dot, format: .svg).bytes)
        #expect(svg.group(id: "state:KOR__allied_with__state:USA")?.value(of: "class") == "edge allied_with added")
        #expect(svg.group(id: "leader:lee-jae-myung__urged__leader:xi-jinping")?.textLines == ["urged (1→2)"])
    }

    @Test("rendering a graph with options: every format, options honoured")
    func renderGraph() throws {
        let options = RenderOptions(engine: .neato, legend: false, title: "Mine")
        let dot = String(decoding: try GraphWriter().write(Fixtures.graph, as: .dot, options: options).bytes, as: UTF8.self)
        expectIdentical(dot, DOTWriter(options: options).write(Fixtures.graph))
        let svg = try SVG(try GraphWriter().write(Fixtures.graph, as: .svg, options: options).bytes)
        #expect(svg.root.textLines.contains("Mine"))
        try expectIdentical(GraphWriter().write(Fixtures.graph, as: .json, options: options).bytes, Array(try Fixtures.graph.jsonData()))
        try expectIdentical(GraphWriter().write(Fixtures.graph, as: .graphml, options: options).bytes, Array(GraphMLWriter.write(Fixtures.graph).utf8))
        try expectIdentical(GraphWriter().write(Fixtures.graph, as: .csv, options: options).bytes, Array(CSVWriter.write(Fixtures.graph).utf8))
    }
}
