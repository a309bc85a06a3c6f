import Testing
@testable import DiploGraph

@Suite("Levels: leaders folded into their states")
struct GraphLevelTests {
    static func ev(_ n: Int) -> Evidence {
        Evidence(document: "l.txt", start: n * 10, end: n * 10 + 5, sentence: "Sentence \(n).")
    }

    /// Two Ghanaian leaders and one Togolese, a stateless leader, an agreement.
    static var graph: Graph {
        Graph(
            nodes: [
                Node(id: "state:GHA", kind: .state, label: "Ghana", code: "GHA"),
                Node(id: "state:TGO", kind: .state, label: "Togo", code: "TGO"),
                Node(id: "leader:ama", kind: .leader, label: "Ama Mensah", state: "state:GHA"),
                Node(id: "leader:kofi", kind: .leader, label: "Kofi Owusu", state: "state:GHA"),
                Node(id: "leader:eyadema", kind: .leader, label: "Faure Gnassingbe", state: "state:TGO"),
                Node(id: "leader:nobody", kind: .leader, label: "Jan Novak"),
                Node(id: "agreement:pact", kind: .agreement, label: "border pact"),
            ],
            edges: [
                Edge(source: "leader:ama", target: "state:GHA", relation: .leads, evidence: [ev(1)]),
                Edge(source: "leader:eyadema", target: "state:TGO", relation: .leads, evidence: [ev(2)]),
                // Both Ghanaians urged Togo's leader, once in the same sentence.
                Edge(source: "leader:ama", target: "leader:eyadema", relation: .urged, evidence: [ev(3), ev(4)]),
                Edge(source: "leader:kofi", target: "leader:eyadema", relation: .urged, evidence: [ev(4), ev(5)]),
                Edge(source: "state:GHA", target: "state:TGO", relation: .urged, evidence: [ev(6)]),
                Edge(source: "leader:ama", target: "agreement:pact", relation: .signed, evidence: [ev(7)]),
                Edge(source: "leader:ama", target: "state:GHA", relation: .praised, evidence: [ev(8)]),
                Edge(source: "leader:nobody", target: "state:TGO", relation: .visited, evidence: [ev(9)]),
            ],
            documents: ["l.txt"])
    }

    @Test("a leader's edges become its state's, one edge per key, each sentence counted once")
    func folded() throws {
        let states = Self.graph.foldedToStates()
        #expect(states.nodes.map(\.id) == ["agreement:pact", "state:GHA", "state:TGO"])
        let urged = try #require(states.edge(Edge.Key(source: "state:GHA", relation: .urged, target: "state:TGO")))
        #expect(urged.count == 4, "sentences 3, 4, 5 and 6")
        #expect(states.edge(Edge.Key(source: "state:GHA", relation: .signed, target: "agreement:pact")) != nil)
        #expect(states.documents == ["l.txt"])
    }

    @Test("leads edges, loops and stateless leaders go")
    func dropped() throws {
        let states = Self.graph.foldedToStates()
        #expect(!states.edges.contains { $0.relation == .leads })
        #expect(!states.edges.contains { $0.source == $0.target }, "Ama praising Ghana is Ghana praising itself")
        #expect(!states.edges.contains { $0.relation == .visited }, "a leader with no state has no place")
        try states.validate()
    }

    @Test("the leader level is the graph itself")
    func leaderLevel() {
        #expect(Self.graph.at(level: .leader) == Self.graph)
        #expect(Self.graph.at(level: .state) == Self.graph.foldedToStates())
    }
}
