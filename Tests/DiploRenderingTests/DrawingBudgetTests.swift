import DiploGraph
import Foundation
import Testing
@testable import DiploRendering

/// A graph over the drawing budget (`RenderOptions.maxEdges`) is laid out in part: its heaviest
/// edges and the nodes they join. The report's tables still list everything, and the drawn
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
            nodes.append(Node(id: "state:\(code)", kind: .state, label: "State \(code)", code: code))
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
        let svg = try SVG(GraphvizRenderer.render(graph, format: .svg, options: RenderOptions(maxEdges: 5)))
        let drawn = svg.groups(classPrefix: "edge")
        #expect(drawn.count == 5)
        // The five heaviest: urged (20), then met with 12, 11, 10 and 9 sentences.
        let titles = drawn.compactMap(\.titleText)
        #expect(titles.contains { $0.contains("X_Y") })
        #expect(!titles.contains { $0.contains("S08") || $0.contains("X Y") })
        #expect(svg.groups(classPrefix: "node").count == 6)
        // Without a budget, everything.
        let whole = try SVG(GraphvizRenderer.render(graph, format: .svg, options: RenderOptions()))
        #expect(whole.groups(classPrefix: "edge").count == graph.edgeCount)
    }

    @Test("the report draws part of the graph, lists all of it, and its rows find the drawn elements")
    func reportRowsMatchDrawnElements() throws {
        let graph = Self.graph
        let options = RenderOptions(maxEdges: 5)
        let page = try HTMLReport.render(graph, options: options)
        #expect(page.contains("draws the 5 heaviest of the \(graph.edgeCount) relations"))
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
        #expect(!(try HTMLReport.render(graph, options: RenderOptions(maxEdges: 100))).contains("heaviest"))
    }

    @Test("DOT keeps every edge whatever the budget")
    func dotKeepsEverything() {
        let graph = Self.graph
        let dot = DOTWriter(options: RenderOptions(maxEdges: 1)).write(graph)
        #expect(dot.components(separatedBy: " -> ").count - 1 == graph.edgeCount)
    }
}
