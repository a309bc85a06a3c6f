import Foundation
import Testing
@testable import DiploGraph

/// Nodes' and edges' first and last days seen: joined in every merge path, whatever the order
/// and the evidence limit; written only when known; read back with the contract checked.
@Suite("Days seen")
struct SeenDaysTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// One document's graph: Ghana met Togo in `document`, seen on `date`.
    static func document(_ document: String, _ date: String?, sentences: Int = 1) -> Graph {
        let evidence = (0..<sentences).map {
            Evidence(document: document, start: $0 * 20, end: $0 * 20 + 10, sentence: "Ghana met Togo (\($0)).")
        }
        let seen = date.map { day($0)...day($0) }
        return Graph(
            nodes: [Node(id: "state:GHA", kind: .state, label: "Ghana", code: "GHA", evidence: evidence, seen: seen),
                    Node(id: "state:TGO", kind: .state, label: "Togo", code: "TGO", evidence: evidence, seen: seen)],
            edges: [Edge(source: "state:GHA", target: "state:TGO", relation: .met, evidence: evidence, seen: seen)],
            documents: [document], documentDates: date.map { [document: day($0)] } ?? [:])
    }

    static let graphs = [
        document("b.txt", "2022-05-09", sentences: 3), document("a.txt", "2022-07-01"),
        document("c.txt", nil, sentences: 2), document("d.txt", "2021-12-31"),
    ]
    static let met = Edge.Key(source: "state:GHA", relation: .met, target: "state:TGO")
    static let span = day("2021-12-31")...day("2022-07-01")

    @Test("Graph.merge and the accumulator join the days, in any order, with or without a limit")
    func mergePaths() throws {
        var merged = Graph()
        for graph in Self.graphs { merged.merge(graph) }
        #expect(merged.edge(Self.met)?.seen == Self.span)
        #expect(merged.node("state:GHA")?.seen == Self.span)
        for order in [Self.graphs, Self.graphs.reversed(), [2, 0, 3, 1].map { Self.graphs[$0] }] {
            #expect(Graph.merged(order) == merged)
            var limited = GraphAccumulator(evidenceLimit: 1)
            for graph in order { limited.add(graph) }
            let cut = limited.graph()
            #expect(cut.edge(Self.met)?.evidence.map(\.document) == ["a.txt"])
            #expect(cut.edge(Self.met)?.seen == Self.span)
            #expect(cut.node("state:TGO")?.seen == Self.span)
        }
    }

    @Test("accumulators filled apart and combined join the days too")
    func accumulatorOfAccumulators() {
        var left = GraphAccumulator(evidenceLimit: 1), right = GraphAccumulator(evidenceLimit: 1)
        left.add(Self.graphs[0])
        left.add(Self.graphs[2])
        right.add(Self.graphs[3])
        right.add(Self.graphs[1])
        left.add(right)
        #expect(left.graph().edge(Self.met)?.seen == Self.span)
    }

    @Test("markSeen dates everything collected so far, and only that")
    func markSeen() {
        var accumulator = GraphAccumulator()
        accumulator.add(Self.document("x.txt", nil))
        accumulator.markSeen(on: Self.day("2020-02-02"))
        accumulator.add(Edge(source: "state:GHA", target: "state:NGA", relation: .urged))
        let graph = accumulator.graph()
        #expect(graph.edge(Self.met)?.seen == Self.day("2020-02-02")...Self.day("2020-02-02"))
        #expect(graph.edge(Edge.Key(source: "state:GHA", relation: .urged, target: "state:NGA"))?.seen == nil)
    }

    @Test("the JSON writes first_seen and last_seen only when known, and reads them back")
    func json() throws {
        let graph = Graph.merged(Self.graphs)
        let text = String(decoding: try graph.jsonData(), as: UTF8.self)
        #expect(text.contains(#""first_seen" : "2021-12-31""#))
        #expect(text.contains(#""last_seen" : "2022-07-01""#))
        #expect(try Graph.fromJSON(graph.jsonData()) == graph)
        let undated = Self.document("c.txt", nil)
        #expect(!String(decoding: try undated.jsonData(), as: UTF8.self).contains("_seen"))
    }

    @Test("an older graph's days come from the documents of its kept evidence")
    func older() throws {
        let json = #"""
            {"documents": [{"name": "a.txt", "date": "2022-07-01"}, {"name": "b.txt", "date": "2022-05-09"}, "c.txt"],
             "nodes": [{"id": "state:GHA", "kind": "state", "label": "Ghana", "code": "GHA"},
                       {"id": "state:TGO", "kind": "state", "label": "Togo", "code": "TGO",
                        "evidence": [{"document": "c.txt", "start": 0, "end": 1, "sentence": "Togo."}]}],
             "edges": [{"source": "state:GHA", "target": "state:TGO", "relation": "met", "count": 9,
                        "evidence": [{"document": "a.txt", "start": 0, "end": 1, "sentence": "Met."},
                                     {"document": "b.txt", "start": 0, "end": 1, "sentence": "Met."}]}]}
            """#
        let graph = try Graph.fromJSON(Data(json.utf8))
        #expect(graph.edge(Self.met)?.seen == Self.day("2022-05-09")...Self.day("2022-07-01"))
        #expect(graph.node("state:GHA")?.seen == nil, "no evidence")
        #expect(graph.node("state:TGO")?.seen == nil, "an undated document")
    }

    @Test("first_seen and last_seen break the contract unless both are days in order", arguments: [
        (#", "first_seen": "2022-01-01""#, "edges[0].last_seen: required with first_seen"),
        (#", "last_seen": "2022-01-01""#, "edges[0].first_seen: required with last_seen"),
        (#", "first_seen": "2022-02-01", "last_seen": "2022-01-01""#, "edges[0].last_seen: 2022-01-01 is before first_seen 2022-02-01"),
        (#", "first_seen": "1 May 2022", "last_seen": "2022-06-01""#, "edges[0].first_seen: '1 May 2022' is not a day written YYYY-MM-DD"),
    ])
    func contract(fields: String, message: String) throws {
        let json = #"{"nodes": [{"id": "state:GHA", "kind": "state", "label": "Ghana", "code": "GHA"}, {"id": "state:TGO", "kind": "state", "label": "Togo", "code": "TGO"}], "edges": [{"source": "state:GHA", "target": "state:TGO", "relation": "met"\#(fields)}]}"#
        #expect(throws: GraphContractError.self) { try Graph.fromJSON(Data(json.utf8)) }
        do {
            _ = try Graph.fromJSON(Data(json.utf8))
        } catch let error as GraphContractError {
            #expect(error.description == message)
        }
    }

    @Test("folding to states joins the days of the leaders' edges")
    func folding() throws {
        let graph = Graph(
            nodes: [Node(id: "state:GHA", kind: .state, label: "Ghana", code: "GHA"),
                    Node(id: "state:TGO", kind: .state, label: "Togo", code: "TGO"),
                    Node(id: "leader:ama", kind: .leader, label: "Ama", state: "state:GHA")],
            edges: [Edge(source: "leader:ama", target: "state:TGO", relation: .urged,
                         seen: Self.day("2020-01-01")...Self.day("2020-03-01")),
                    Edge(source: "state:GHA", target: "state:TGO", relation: .urged,
                         seen: Self.day("2020-02-01")...Self.day("2020-04-01"))])
        let urged = graph.foldedToStates().edge(Edge.Key(source: "state:GHA", relation: .urged, target: "state:TGO"))
        #expect(urged?.seen == Self.day("2020-01-01")...Self.day("2020-04-01"))
    }

    @Test("filters and the diff keep each node's and edge's days")
    func subgraphs() throws {
        let graph = Graph.merged(Self.graphs)
        #expect(graph.filtered(kinds: [.state], minWeight: 2).edge(Self.met)?.seen == Self.span)
        #expect(graph.neighbourhood(of: "state:GHA", hops: 1).node("state:TGO")?.seen == Self.span)
        let diff = Graph.diff(old: Self.graphs[0], new: graph)
        #expect(diff.edge(Self.met)?.seen == Self.span, "what is in the new graph is taken from it")
    }
}
