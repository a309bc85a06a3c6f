import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

/// A graph over the drawing budget (`RenderOptions.maxEdges`, `maxNodes`) is laid out in part:
/// its heaviest edges and the nodes they join, then the heaviest nodes without edges. The report's tables still list everything, and the drawn
/// elements keep the ids the rows point at.
@Suite("Drawing budget")
struct DrawingBudgetTests {
    /// A hub state that met twelve others, the i-th with i sentences; and two states whose ids
    /// are the same once made XML-safe ("state:X Y" and "state:X_Y"), so that element ids need
    /// a suffix to stay unique, and which one gets it depends on the graph drawn.
    static var graph: Graph {
        let codes = (1...12).map { String(format: "S%02d", $0) }
        var nodes = [Node(id: "state:HUB", kind: .state, label: "Hub", code: "HUB")]
        var edges: [Edge] = []
        for (n, code) in codes.enumerated() {
            nodes.append(Node(id: "state:\(code)", kind: .state, label: "State \(code)", code: StateCode(rawValue: code)))
            let evidence = (0...n).map { Evidence(document: "d.txt", start: 100 * n + $0, end: 100 * n + $0 + 1, sentence: "S.") }
            edges.append(Edge(source: "state:HUB", target: "state:\(code)", relation: .met, evidence: evidence))
        }
        nodes.append(Node(id: "state:X Y", kind: .state, label: "X Y", code: "XY1"))
        nodes.append(Node(id: "state:X_Y", kind: .state, label: "X_Y", code: "XY2"))
        let heavy = (0..<20).map { Evidence(document: "d.txt", start: 5000 + $0, end: 5001 + $0, sentence: "S.") }
        edges.append(Edge(source: "state:HUB", target: "state:X_Y", relation: .urged, evidence: heavy))
        edges.append(Edge(source: "state:HUB", target: "state:X Y", relation: .visited, evidence: [heavy[0]]))
        return Graph(nodes: nodes, edges: edges, documents: ["d.txt"])
    }

    @Test("an SVG over the budget draws the heaviest edges and only their nodes")
    func svgDrawsHeaviest() throws {
        let graph = Self.graph
        let svg = try SVG(GraphWriter().write(graph, as: .svg, options: RenderOptions(maxEdges: 5)).bytes)
        let drawn = svg.groups(classPrefix: "edge")
        #expect(drawn.count == 5)
        // The five heaviest: urged (20), then met with 12, 11, 10 and 9 sentences.
        let titles = drawn.compactMap(\.titleText)
        #expect(titles.contains { $0.contains("X_Y") })
        #expect(!titles.contains { $0.contains("S08") || $0.contains("X Y") })
        #expect(svg.groups(classPrefix: "node").count == 6)
        // Without a budget, everything.
        let whole = try SVG(GraphWriter().write(graph, as: .svg, options: RenderOptions()).bytes)
        #expect(whole.groups(classPrefix: "edge").count == graph.edgeCount)
    }

    @Test("the report draws part of the graph, lists all of it, and its rows find the drawn elements")
    func reportRowsMatchDrawnElements() throws {
        let graph = Self.graph
        let options = RenderOptions(maxEdges: 5)
        let page = try HTMLReport.render(graph, options: options)
        #expect(page.contains("draws the 6 best connected of the 15 entities in relations and 5 of the \(graph.edgeCount) relations"))
        let ids = ElementIDs(graph, options: options)
        // Every relation and every entity has its row.
        for edge in graph.edges { #expect(page.contains("data-ref=\"\(ids.edge(edge.key))\"")) }
        for node in graph.nodes { #expect(page.contains("data-ref=\"\(ids.node(node.id))\"")) }
        // The drawn elements carry the ids of the whole graph's rows, the suffixed one included.
        let start = try #require(page.range(of: "<svg"))
        let end = try #require(page.range(of: "</svg>"))
        let svg = try SVG(Array(page[start.lowerBound..<end.upperBound].utf8))
        let drawnIDs = (svg.groups(classPrefix: "edge") + svg.groups(classPrefix: "node")).compactMap { $0.value(of: "id") }
        #expect(drawnIDs.count == 11)
        for id in drawnIDs { #expect(page.contains("data-ref=\"\(id)\""), "no row for \(id)") }
        #expect(drawnIDs.contains(ids.node("state:X_Y")))
        // Under the budget, the report is the one it always was.
        #expect(!(try HTMLReport.render(graph, options: RenderOptions(maxEdges: 100))).contains("best connected"))
    }

    /// `count` states without edges; state n has n % 7 + 1 sentences.
    static func isolated(_ count: Int) -> Graph {
        let nodes = (0..<count).map { n in
            Node(id: NodeID(kind: .state, key: String(format: "S%05d", n)), kind: .state, label: "State \(n)", code: "S\(n % 100)",
                 evidence: (0...(n % 7)).map { Evidence(document: "d.txt", start: $0, end: $0 + 1, sentence: "S.") })
        }
        return Graph(nodes: nodes, documents: ["d.txt"])
    }

    @Test("nodes without edges beyond the node budget are dropped, the heaviest kept")
    func isolatedNodes() throws {
        let graph = Self.isolated(5_000)
        let drawn = RenderOptions(maxNodes: 100).drawn(graph)
        #expect(drawn.nodeCount == 100)
        let lightestDrawn = drawn.nodes.map(\.count).min() ?? 0
        let heaviestLeft = graph.nodes.filter { drawn.node($0.id) == nil }.map(\.count).max() ?? 0
        #expect(lightestDrawn >= heaviestLeft)
        let svg = try SVG(GraphWriter().write(graph, as: .svg, options: RenderOptions(maxNodes: 100)).bytes)
        #expect(svg.groups(classPrefix: "node").count == 100)
        // Within the budget, the graph is drawn whole.
        #expect(RenderOptions(maxNodes: 5_000).drawn(graph) == graph)
    }

    @Test("entities in no relation are not drawn but named under the legend, the most mentioned first")
    func isolatedNotDrawn() throws {
        var graph = Self.graph
        for (n, weight) in [1, 3, 2].enumerated() {
            graph.add(Node(id: "state:LONE\(n)", kind: .state, label: "Lone \(n)", code: "LN\(n)",
                           evidence: (0..<weight).map { Evidence(document: "d.txt", start: $0, end: $0 + 1, sentence: "S.") }))
        }
        let drawing = RenderOptions().drawing(of: graph)
        #expect(drawing.graph.edgeCount == graph.edgeCount)
        #expect(drawing.graph.nodeCount == graph.nodeCount - 3)
        #expect(drawing.alsoMentioned.map(\.id) == ["state:LONE1", "state:LONE2", "state:LONE0"])
        let svg = try SVG(GraphWriter().write(graph, as: .svg, options: RenderOptions()).bytes)
        #expect(svg.groups(classPrefix: "node").count == graph.nodeCount - 3)
        let lines = svg.root.textLines
        #expect(lines.contains("Also mentioned: Lone 1, Lone 2, Lone 0."))
    }

    @Test("an edge whose new ends do not fit the node budget is passed over for lighter ones")
    func nodeBudgetCutsEdges() {
        let graph = Self.graph
        let drawn = RenderOptions(maxNodes: 3).drawn(graph)
        // The hub and the ends of the two heaviest edges: urged X_Y (20), met S12 (12).
        #expect(Set(drawn.nodes.map(\.id)) == ["state:HUB", "state:X_Y", "state:S12"])
        #expect(drawn.edgeCount == 2)
        // Both budgets: the tighter one decides.
        #expect(RenderOptions(maxEdges: 1, maxNodes: 3).drawn(graph).edgeCount == 1)
    }

    @Test("with an edge budget alone, the drawing is the heaviest edges and their nodes", arguments: [0, 1, 5, 13, 14, 100])
    func edgeBudgetAlone(_ limit: Int) {
        let graph = Self.graph
        #expect(RenderOptions(maxEdges: limit).drawn(graph) == graph.heaviest(edges: limit))
    }

    @Test("the report says when the node budget leaves entities out")
    func reportNodeCut() throws {
        let graph = Self.isolated(30)
        let page = try HTMLReport.render(graph, options: RenderOptions(maxNodes: 10))
        #expect(page.contains("The diagram draws 10 of the 30 entities"))
        #expect(page.components(separatedBy: "<tr id=\"row-").count - 1 == 30)
        #expect(!(try HTMLReport.render(graph, options: RenderOptions(maxNodes: 30))).contains("The diagram draws"))
    }

    @Test("DOT keeps every edge whatever the budget")
    func dotKeepsEverything() {
        let graph = Self.graph
        let dot = DOTWriter(options: RenderOptions(maxEdges: 1)).write(graph)
        #expect(dot.components(separatedBy: " -> ").count - 1 == graph.edgeCount)
    }
}
