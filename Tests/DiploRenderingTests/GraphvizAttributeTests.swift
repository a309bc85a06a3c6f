import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

/// `-G`, `-N` and `-E` attributes: only checked names and values, and they override the style.
@Suite("Graphviz attributes")
struct GraphvizAttributeTests {
    @Test("values of each type are taken", arguments: [
        (GraphvizAttribute.Target.graph, "size=7,5"), (.graph, "size=7,5!"), (.graph, "size=3"),
        (.graph, "ranksep=1.2"), (.graph, "splines=polyline"), (.graph, "overlap=prism"), (.graph, "sep=+14"),
        (.graph, "ratio=fill"), (.graph, "ratio=0.7"), (.graph, "bgcolor=#ffffff"), (.graph, "newrank=False"),
        (.graph, "fontname=DejaVu Sans"), (.graph, "pad=.5"), (.graph, "rankdir=LR"),
        (.node, "shape=box"), (.node, "style=filled,rounded"), (.node, "fillcolor=Navy"), (.node, "fontsize=14"),
        (.node, "width=0.3"), (.node, "peripheries=2"),
        (.edge, "color=gray40"), (.edge, "arrowhead=odiamond"), (.edge, "arrowhead=lteeoldiamond"),
        (.edge, "arrowtail=invdot"), (.edge, "arrowhead=ediamond"), (.edge, "dir=both"), (.edge, "weight=3"),
        (.edge, "style=dashed"), (.edge, "penwidth=0.5"),
    ])
    func accepted(_ target: GraphvizAttribute.Target, _ argument: String) throws {
        let attribute = try GraphvizAttribute(parsing: argument, for: target)
        #expect("\(attribute.name)=\(attribute.value)" == argument)
    }

    /// Values that crash Graphviz, break out of the DOT or the SVG, or are not of the type.
    @Test("hostile or ill-typed values are refused, naming the option", arguments: [
        (GraphvizAttribute.Target.node, "fillcolor=red;", "not a Graphviz colour"),
        (.node, "fillcolor=red:blue", "not a Graphviz colour"),
        (.node, #"color=red"];x[label="y"#, "not a Graphviz colour"),
        (.node, #"fontname=Helvetica"/><script>"#, "not a safe font name"),
        (.node, "shape=record", "unknown Graphviz shape"),
        (.node, "shape=epsf", "unknown Graphviz shape"),
        (.node, "style=filled,invented", "comma-separated list"),
        (.node, "fontsize=1e9", "not a number"),
        (.node, "fontsize=inf", "not a number"),
        (.node, "fontsize=0x10", "not a number"),
        (.node, "fontsize=500", "must be from 1 to 200"),
        (.node, "label=\\G", "comes from the graph"),
        (.node, "URL=javascript:alert(1)", "not one of the node attributes"),
        (.node, "image=/etc/passwd", "not one of the node attributes"),
        (.edge, "arrowhead=normal;", "not a Graphviz arrow"),
        (.edge, "arrowhead=normalnormalnormalnormalnormal", "not a Graphviz arrow"),
        (.edge, "tooltip=x", "comes from the graph"),
        (.edge, "weight=2.5", "not a whole number"),
        (.graph, "size=7,5,3", "not a size"),
        (.graph, "size=-7,5", "not a size"),
        (.graph, "size=0,0", "not a size"),
        (.graph, "dpi=300", "use --dpi"),
        (.graph, "layout=neato", "use -K"),
        (.graph, "label=x", "use --title"),
        (.graph, "splines=line;", "not one of"),
        (.graph, "stylesheet=http://example.org/x.css", "not one of the graph attributes"),
        (.graph, "size", "expected name=value"),
        // Values that crash or hang Graphviz 2.43 on the samples (see GraphvizAttributeCatalogue).
        (.graph, "splines=ortho", "not one of"),
        (.graph, "overlap=portho", "not one of"),
        (.graph, "concentrate=true", "not one of the graph attributes"),
        (.graph, "pack=1", "not one of the graph attributes"),
        (.graph, "packmode=node", "not one of the graph attributes"),
        (.graph, "smoothing=spring", "not one of the graph attributes"),
        (.edge, "constraint=false", "not one of the edge attributes"),
        (.edge, "minlen=0", "must be from 1 to 10"),
    ])
    func refused(_ target: GraphvizAttribute.Target, _ argument: String, _ problem: String) {
        do {
            _ = try GraphvizAttribute(parsing: argument, for: target)
            Issue.record("\(target.option) \(argument) was taken")
        } catch {
            let message = String(describing: error)
            #expect(message.hasPrefix("\(target.option) \""), "\(message)")
            #expect(message.contains(problem), "\(message)")
            #expect(!message.contains("\n"))
        }
    }

    @Test("the data attributes of the DOT are none of the attributes a user may set")
    func dataNamesAreFree() {
        for name in DOTWriter.nodeDataAttributes { #expect(GraphvizAttributeCatalogue.node[name] == nil, "\(name)") }
        for name in DOTWriter.edgeDataAttributes { #expect(GraphvizAttributeCatalogue.edge[name] == nil, "\(name)") }
    }

    /// The DOT statement of the element whose id is `id`.
    static func statement(_ id: String, in dot: String) -> String {
        dot.split(separator: "\n").first { $0.contains("[id=\"\(id)\"") }.map(String.init) ?? ""
    }

    @Test("node and edge attributes replace the style's on every element, once; later ones win")
    func overrideElements() throws {
        var options = RenderOptions()
        options.attributes = [
            try GraphvizAttribute(.node, name: "shape", value: "circle"),
            try GraphvizAttribute(.node, name: "fillcolor", value: "pink"),
            try GraphvizAttribute(.node, name: "shape", value: "octagon"),
            try GraphvizAttribute(.node, name: "peripheries", value: "2"),
            try GraphvizAttribute(.edge, name: "color", value: "navy"),
            try GraphvizAttribute(.edge, name: "fontsize", value: "12"),
        ]
        let dot = DOTWriter(options: options).write(Fixtures.graph)
        for node in Fixtures.nodes {
            let line = Self.statement(node.id.description, in: dot)
            #expect(line.components(separatedBy: "shape=").count == 2 && line.contains(#"shape="octagon""#), "\(line)")
            #expect(line.components(separatedBy: " fillcolor=").count == 2 && line.contains(#"fillcolor="pink""#))
            #expect(line.hasSuffix(#", peripheries="2"];"#), "an attribute the writer does not set goes last: \(line)")
        }
        let met = Self.statement("state:CHN__met__state:KOR", in: dot)
        #expect(met.contains(#" color="navy""#) && !met.contains(##" color="#404040""##), "\(met)")
        #expect(met.contains(##"fontcolor="#404040""##), "fontcolor is not color")
        #expect(dot.contains(#"edge [fontname="Helvetica", fontsize="12", arrowsize="0.7", color="navy"]"#), "\(dot)")
        #expect(dot.contains(#"node [fontname="Helvetica", fontsize="11", style="filled", margin="0.15,0.06", shape="octagon", fillcolor="pink", peripheries="2"]"#))

        let svg = try SVG(GraphWriter().write(Fixtures.graph, as: .svg, options: options).bytes)
        let korea = try #require(svg.group(id: "state:KOR"))
        #expect(korea.descendants(named: "polygon").count == 2, "octagon with two peripheries")
        #expect(korea.descendants(named: "polygon").contains { $0.value(of: "fill") == "pink" })
        let metGroup = try #require(svg.group(id: "state:CHN__met__state:KOR"))
        #expect(metGroup.descendants(named: "path").first?.value(of: "stroke") == "navy")
    }

    @Test("graph attributes replace the engine's; splines gives way to straight edges; size shrinks the drawing")
    func overrideGraph() throws {
        var options = RenderOptions()
        options.attributes = [
            try GraphvizAttribute(.graph, name: "ranksep", value: "1.5"),
            try GraphvizAttribute(.graph, name: "splines", value: "polyline"),
            try GraphvizAttribute(.graph, name: "size", value: "2,1"),
        ]
        let dot = DOTWriter(options: options).write(Fixtures.graph)
        let graphLine = dot.split(separator: "\n")[1]
        #expect(graphLine.contains(#"ranksep="1.5""#) && !graphLine.contains(#"ranksep="0.6""#))
        #expect(graphLine.contains(#"splines="polyline""#) && graphLine.hasSuffix(#"size="2,1"];"#), "\(graphLine)")
        options.straightEdges = true
        let straight = DOTWriter(options: options).write(Fixtures.graph).split(separator: "\n")[1]
        #expect(straight.contains(#"splines="line""#) && !straight.contains("polyline"))

        options.straightEdges = false
        let svg = try SVG(GraphWriter().write(Fixtures.graph, as: .svg, options: options).bytes)
        let width = Double((svg.root.value(of: "width") ?? "").replacingOccurrences(of: "pt", with: "")) ?? 0
        let height = Double((svg.root.value(of: "height") ?? "").replacingOccurrences(of: "pt", with: "")) ?? 0
        #expect(width > 0 && width <= 2 * 72 + 1 && height <= 72 + 1, "\(width) × \(height) pt")
    }

    @Test("dpi reaches the DOT and the PNG only: Graphviz draws an SVG with a dpi outside its view box")
    func dpi() throws {
        var options = RenderOptions()
        options.dpi = 288
        #expect(DOTWriter(options: options).write(Fixtures.graph).contains(#"dpi="288""#))
        let plain = try GraphWriter().write(Fixtures.graph, as: .svg).bytes
        try expectIdentical(GraphWriter().write(Fixtures.graph, as: .svg, options: options).bytes, plain)
        let small = try GraphWriter().write(Fixtures.graph, as: .png).bytes
        let large = try GraphWriter().write(Fixtures.graph, as: .png, options: options).bytes
        let (smallWidth, largeWidth) = (Self.pngWidth(small), Self.pngWidth(large))
        #expect(abs(Double(largeWidth) / Double(smallWidth) - 3) < 0.05, "288 dpi is three times Graphviz's 96: \(smallWidth) → \(largeWidth)")

        options.dpi = 5000
        #expect(throws: GraphvizAttributeError.self) { try GraphWriter().write(Fixtures.graph, as: .png, options: options).bytes }
        #expect(throws: GraphvizAttributeError.self) { try HTMLReport.render(Fixtures.graph, options: options) }
    }

    /// Values of each type to try: every word, the ends of every range.
    static func sampleValues(_ kind: GraphvizAttributeCatalogue.ValueKind) -> [String] {
        let shown = GraphvizAttributeCatalogue.shown
        switch kind {
        case .color: return ["navy", "#ff000080"]
        case .fontName: return ["DejaVu Sans"]
        case .shape: return ["box", "plain"]
        case .number(let range): return [shown(range.lowerBound), shown(range.upperBound)]
        case .integer(let range): return [String(range.lowerBound), String(range.upperBound)]
        case .boolean: return ["true", "false"]
        case .word(let words), .words(let words): return words.sorted()
        case .point(let range, let exclamation):
            let (low, high) = (shown(range.lowerBound), shown(max(range.lowerBound, min(range.upperBound, 50))))
            return [low, "\(high),\(high)"] + (exclamation ? ["\(high),\(high)!"] : [])
        case .separation: return ["0", "+1000", "2,3"]
        case .ratio: return GraphvizAttributeCatalogue.ratioWords.sorted() + ["0.01", "100"]
        case .arrow: return ["lteeoldiamond", "ediamond", "none"]
        }
    }

    /// Every attribute the catalogue allows, with every sample value, is drawn by the `dot`
    /// engine in-process (a crash would end the test run), with and without clusters. Values
    /// that crash or hang Graphviz 2.43 are not in the catalogue.
    @Test("every value the catalogue allows draws the fixture with dot", arguments: GraphvizAttribute.Target.allCases)
    func catalogueDraws(_ target: GraphvizAttribute.Target) throws {
        let table: [String: GraphvizAttributeCatalogue.ValueKind]
        switch target {
        case .graph: table = GraphvizAttributeCatalogue.graph
        case .node: table = GraphvizAttributeCatalogue.node
        case .edge: table = GraphvizAttributeCatalogue.edge
        }
        var drawn = 0
        for (name, kind) in table.sorted(by: { $0.key < $1.key }) {
            for value in Self.sampleValues(kind) {
                let attribute = try GraphvizAttribute(target, name: name, value: value)
                for clusters in [false, true] {
                    var options = RenderOptions(clusterByState: clusters)
                    options.attributes = [attribute]
                    let svg = try GraphWriter().write(Fixtures.graph, as: .svg, options: options).bytes
                    #expect(svg.count > 500, "\(target.option) \(name)=\(value)")
                    drawn += 1
                }
            }
        }
        #expect(drawn > 40)
    }

    /// The width in pixels in a PNG's header.
    static func pngWidth(_ bytes: [UInt8]) -> Int {
        guard bytes.count > 24 else { return 0 }
        return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
}
