import Foundation
import Testing
@testable import DiploGraph

/// A corpus merge gives a leader the state most of their evidence supports, whatever the order
/// of the graphs, and keeps the tally so that later merges stay exact.
@Suite struct LeaderStateMajorityTests {
    static func leader(state: NodeID, places: Int, document: String) -> Node {
        let evidence = (0..<places).map {
            Evidence(document: document, start: $0 * 100, end: $0 * 100 + 20, sentence: "Sentence \($0) of \(document).")
        }
        return Node(id: "leader:ana-ruiz", kind: .leader, label: "Ana Ruiz", state: state, evidence: evidence)
    }

    static func graph(_ node: Node, document: String) -> Graph {
        let code = node.state!.stateCode!
        return Graph(nodes: [node, Node(id: node.state!, kind: .state, label: code.rawValue, code: code)], documents: [document])
    }

    /// Eight places say one state, 2 + 2 say another, in three documents.
    static let graphs = [
        graph(leader(state: "state:PER", places: 8, document: "a.txt"), document: "a.txt"),
        graph(leader(state: "state:CHL", places: 2, document: "b.txt"), document: "b.txt"),
        graph(leader(state: "state:CHL", places: 2, document: "c.txt"), document: "c.txt"),
    ]

    static let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]

    @Test func mostSupportedStateWinsInEveryOrderOfGraphMerge() throws {
        for order in Self.orders {
            var merged = Graph()
            for i in order { merged.merge(Self.graphs[i]) }
            let node = try #require(merged.node("leader:ana-ruiz"))
            #expect(node.state == "state:PER", "order \(order)")
            #expect(node.stateSupport == ["state:PER": 8, "state:CHL": 4])
        }
    }

    @Test func accumulatorAgreesWithGraphMerge() throws {
        for order in Self.orders {
            let node = try #require(Graph.merged(order.map { Self.graphs[$0] }).node("leader:ana-ruiz"))
            #expect(node.state == "state:PER")
            #expect(node.stateSupport == ["state:PER": 8, "state:CHL": 4])
        }
    }

    @Test func aLaterMajorityOverturnsAnEarlierOne() throws {
        let more = Self.graph(Self.leader(state: "state:CHL", places: 5, document: "d.txt"), document: "d.txt")
        let node = try #require(Graph.merged(Self.graphs + [more]).node("leader:ana-ruiz"))
        #expect(node.state == "state:CHL")
    }

    @Test func tiesGoToTheSmallerIdentifier() throws {
        let a = Self.graph(Self.leader(state: "state:PER", places: 3, document: "a.txt"), document: "a.txt")
        let b = Self.graph(Self.leader(state: "state:CHL", places: 3, document: "b.txt"), document: "b.txt")
        #expect(a.merging(b).node("leader:ana-ruiz")?.state == "state:CHL")
        #expect(b.merging(a).node("leader:ana-ruiz")?.state == "state:CHL")
    }

    @Test func theTallySurvivesJSONSoThatMergingSavedGraphsStaysExact() throws {
        let first = Graph.merged(Self.graphs)
        let decoded = try JSONDecoder().decode(Graph.self, from: first.jsonData())
        #expect(decoded == first)
        let text = String(decoding: try first.jsonData(), as: UTF8.self)
        #expect(text.contains("\"state_support\""))
        // Five more places for the minority state: 9 against 8 only if the tally was kept.
        let more = Self.graph(Self.leader(state: "state:CHL", places: 5, document: "d.txt"), document: "d.txt")
        #expect(decoded.merging(more).node("leader:ana-ruiz")?.state == "state:CHL")
    }

    @Test func oneStateLeavesNoTally() throws {
        let node = try #require(Graph.merged([Self.graphs[1], Self.graphs[2]]).node("leader:ana-ruiz"))
        #expect(node.stateSupport.isEmpty)
        let json = try Graph.merged([Self.graphs[1], Self.graphs[2]]).jsonData()
        #expect(!String(decoding: json, as: UTF8.self).contains("state_support"))
    }

    @Test func aCountBelowOneIsRefused() {
        let json = #"{"documents":[],"edges":[],"nodes":[{"evidence":[],"id":"leader:x","kind":"leader","label":"X","state_support":{"state:PER":0,"state:CHL":2}}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Graph.self, from: Data(json.utf8)) }
    }
}
