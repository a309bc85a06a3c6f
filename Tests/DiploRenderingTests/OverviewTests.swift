import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

/// A graph with many entities in relations is drawn as an overview: the best connected, each
/// pair's relations as one edge, a note of what is left out, laid out by `sfdp`; every default
/// drawing keeps between 1:2 and 2:1.
@Suite("Overview")
struct OverviewTests {
    /// `count` states in a ring, each meeting the next; state i also urges state 0 i % 3 times
    /// and is led by a leader who is in no other relation. States early in the ring get more
    /// interactions (state i meets state i + 1 with count - i sentences).
    static func ring(_ count: Int) -> Graph {
        var nodes: [Node] = []
        var edges: [Edge] = []
        func evidence(_ n: Int, _ salt: Int) -> [Evidence] {
            (0..<n).map { Evidence(document: "d.txt", start: salt * 1000 + $0, end: salt * 1000 + $0 + 1, sentence: "S.") }
        }
        for i in 0..<count {
            let code = String(format: "S%02d", i)
            nodes.append(Node(id: "state:\(code)", kind: .state, label: "State \(i)", code: StateCode(rawValue: code)))
            nodes.append(Node(id: "leader:l\(i)", kind: .leader, label: "Leader \(i)", state: "state:\(code)"))
            let next = String(format: "S%02d", (i + 1) % count)
            edges.append(Edge(source: "state:\(code)", target: "state:\(next)", relation: .met, evidence: evidence(count - i, i)))
            edges.append(Edge(source: "leader:l\(i)", target: "state:\(code)", relation: .leads, evidence: evidence(1, 500 + i)))
            if i > 0, i % 3 > 0 {
                edges.append(Edge(source: "state:\(code)", target: "state:S00", relation: .urged, evidence: evidence(i % 3, 700 + i)))
            }
        }
        return Graph(nodes: nodes, edges: edges, documents: ["d.txt"])
    }

    @Test("more than forty entities in relations make an overview of the best connected sixty")
    func overviewOfLargeGraph() {
        let graph = Self.ring(40)  // 80 entities, all in relations
        let drawing = RenderOptions().drawing(of: graph)
        #expect(drawing.isOverview)
        #expect(drawing.graph.nodeCount <= RenderOptions.defaultTop)
        #expect(drawing.connectedEntities == 80)
        // Interactions win: every state is drawn before any leader, who is only in `leads`.
        let states = drawing.graph.nodes.filter { $0.kind == .state }
        #expect(states.count == 40)
        #expect(RenderOptions().layoutEngine(for: drawing) == .sfdp)
        #expect(RenderOptions(engine: .neato).layoutEngine(for: drawing) == .neato)
        // Forty entities or fewer are drawn whole, by dot.
        let small = RenderOptions().drawing(of: Self.ring(20))
        #expect(!small.isOverview && small.graph.nodeCount == 40)
        #expect(RenderOptions().layoutEngine(for: small) == .dot)
    }

    @Test("--top: a number draws that many, all draws every entity in relations", arguments: [1, 5, 17])
    func topCount(_ top: Int) {
        let graph = Self.ring(40)
        var options = RenderOptions()
        options.top = .count(top)
        let drawing = options.drawing(of: graph)
        #expect(drawing.graph.nodeCount <= top)
        #expect(drawing.topEntities == top)
        // Nothing drawn is left without a relation.
        let ends = Set(drawing.graph.edges.flatMap { [$0.source, $0.target] })
        #expect(drawing.graph.nodes.allSatisfy { ends.contains($0.id) })
        options.top = .all
        #expect(options.drawing(of: graph).graph.nodeCount == 80)
    }

    @Test("an overview draws one edge per pair, labelled with what it sums, and notes what it leaves out")
    func condensedEdges() throws {
        var graph = Self.ring(40)
        // S01 and S00 already: met (40 sentences, S00 → S01) and urged (S01 → S00, 1). Add a
        // criticism the other way, twice.
        graph.add(Edge(source: "state:S00", target: "state:S01", relation: .criticized, evidence: [
            Evidence(document: "d.txt", start: 90_000, end: 90_001, sentence: "S."),
            Evidence(document: "d.txt", start: 90_002, end: 90_003, sentence: "S."),
        ]))
        let drawing = RenderOptions().drawing(of: graph)
        let dot = DOTWriter(options: RenderOptions()).write(drawing)
        let pairLines = dot.split(separator: "\n").filter {
            $0.contains("\"state:S00\" -> \"state:S01\"") || $0.contains("\"state:S01\" -> \"state:S00\"")
        }
        #expect(pairLines.count == 1, "one edge for the pair: \(pairLines)")
        let line = try #require(pairLines.first)
        #expect(line.contains(#"label="met 40 · criticized 2 · ← urged""#))
        #expect(line.contains(#"dir="both""#))
        #expect(line.contains(#"relation="criticized,met,urged""#))
        #expect(line.contains(#"count="43""#))
        #expect(dot.contains("Showing the 60 best connected of 80 entities and "))
        // The whole graph's DOT keeps every relation.
        let whole = DOTWriter(options: RenderOptions()).write(graph)
        #expect(whole.components(separatedBy: " -> ").count - 1 == graph.edgeCount)
        #expect(whole.contains(#"K="1.2""#), "the whole graph's DOT is written for the overview's engine, sfdp")
    }

    @Test("a condensed label names the three heaviest relations and counts the rest")
    func condensedLabelIsShort() {
        let relations: [Relation] = [.met, .urged, .criticized, .warned, .praised]
        let group = relations.enumerated().map { index, relation in
            Edge(source: "state:A", target: "state:B", relation: relation,
                 evidence: (0..<(5 - index)).map { Evidence(document: "d.txt", start: 10 * index + $0, end: 10 * index + $0 + 1, sentence: "S.") })
        }
        #expect(DOTWriter.condensedLabel(group, from: "state:A") == "met 5 · urged 4 · criticized 3 · +2 more")
        #expect(DOTWriter.condensedLabel(group, from: "state:B") == "met 5 · ← urged 4 · ← criticized 3 · +2 more")
    }

    /// The aspect ratio (height / width) of an SVG's `viewBox`.
    static func aspect(_ svg: [UInt8]) throws -> Double {
        let root = try SVG(svg).root
        let box = try #require(root.value(of: "viewBox")).split(separator: " ").compactMap { Double($0) }
        try #require(box.count == 4 && box[2] > 0)
        return box[3] / box[2]
    }

    /// A state that met `count` others: `dot` puts the others in one row under it.
    static func star(_ count: Int) -> Graph {
        var graph = Graph(nodes: [Node(id: "state:HUB", kind: .state, label: "Hub", code: "HUB")], documents: ["d.txt"])
        for i in 0..<count {
            graph.add(Node(id: "state:L\(i)", kind: .state, label: "Leaf state \(i)", code: "L\(i)"))
            graph.add(Edge(source: "state:HUB", target: "state:L\(i)", relation: .urged,
                           evidence: [Evidence(document: "d.txt", start: i, end: i + 1, sentence: "S.")]))
        }
        return graph
    }

    @Test("a default drawing keeps between 1:2 and 2:1; a ratio the user gives is kept", arguments: [LayoutEngine.dot, .neato])
    func aspectKept(_ engine: LayoutEngine) throws {
        let wide = Self.star(14)
        var unbounded = RenderOptions(engine: engine)
        unbounded.keepsAspect = false
        let free = try Self.aspect(GraphWriter().write(wide, as: .svg, options: unbounded).bytes)
        let kept = try Self.aspect(GraphWriter().write(wide, as: .svg, options: RenderOptions(engine: engine)).bytes)
        #expect(RenderOptions.aspectLimits.contains(kept), "aspect \(kept)")
        if engine == .dot {
            #expect(free < 0.5, "the test's graph is a wide strip without the limits: \(free)")
        }
        var given = RenderOptions(engine: engine)
        given.attributes = [try GraphvizAttribute(.graph, name: "ratio", value: "0.2")]
        let user = try Self.aspect(GraphWriter().write(wide, as: .svg, options: given).bytes)
        #expect(user < 0.4, "the user's ratio, not the limits: \(user)")
    }
}
