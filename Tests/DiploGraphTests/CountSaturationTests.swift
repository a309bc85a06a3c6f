import Foundation
import Testing
@testable import DiploGraph

/// Counts that would add up past `Int.max` stay at `Int.max`: merging never traps.
@Suite("Counts saturate at Int.max")
struct CountSaturationTests {
    static func ev(_ document: String, _ start: Int) -> Evidence {
        Evidence(document: document, start: start, end: start + 5, sentence: "A met B.")
    }

    static func met(_ source: NodeID, _ target: NodeID, count: Int, evidence: [Evidence]) -> Edge {
        Edge(source: source, target: target, relation: .met, evidence: evidence, count: count)
    }

    static let nodes = [
        Node(id: "state:AAA", kind: .state, label: "A", code: "AAA"),
        Node(id: "state:BBB", kind: .state, label: "B", code: "BBB"),
    ]

    @Test("merging two edges adds their counts less the records both list, saturating at Int.max")
    func mergedCount() {
        func merged(_ a: (count: Int, evidence: [Evidence]), _ b: (count: Int, evidence: [Evidence])) -> Int? {
            var graph = Graph(nodes: Self.nodes, edges: [Self.met("state:AAA", "state:BBB", count: a.count, evidence: a.evidence)])
            graph.add(Self.met("state:AAA", "state:BBB", count: b.count, evidence: b.evidence))
            return graph.edges.first?.count
        }
        let (x, y, z) = (Self.ev("a.txt", 0), Self.ev("a.txt", 10), Self.ev("b.txt", 0))
        #expect(merged((.max, []), (.max, [])) == .max)
        #expect(merged((.max, []), (1, [])) == .max)
        #expect(merged((.max, [x]), (.max, [x])) == .max)
        #expect(merged((.max - 1, [x]), (1, [x])) == .max - 1)
        #expect(merged((3, [x, y]), (4, [y, z])) == 6)
    }

    @Test("two met edges of Int.max folded into one have Int.max", arguments: [false, true])
    func foldedEdges(sameEvidence: Bool) throws {
        let first = Self.met("state:AAA", "state:BBB", count: .max, evidence: [Self.ev("a.txt", 0)])
        let second = Self.met("state:BBB", "state:AAA", count: .max, evidence: [Self.ev(sameEvidence ? "a.txt" : "b.txt", 0)])
        let graph = Graph(nodes: Self.nodes, edges: [first, second])
        #expect(graph.edgeCount == 1)
        #expect(graph.edges.first?.count == .max)
        for limit in [nil, 0, 1, 50] {
            var accumulator = GraphAccumulator(evidenceLimit: limit)
            accumulator.add(Graph(nodes: Self.nodes, edges: [first]))
            accumulator.add(Graph(nodes: Self.nodes, edges: [second]))
            accumulator.add(graph)
            #expect(accumulator.graph().edges.first?.count == .max, "limit \(String(describing: limit))")
        }
    }

    @Test("nodes whose counts sum past Int.max merge to Int.max, in Graph and in the accumulator")
    func nodes() throws {
        let big = Node(id: "state:AAA", kind: .state, label: "A", code: "AAA", evidence: [Self.ev("a.txt", 0)], count: .max - 1)
        let more = Node(id: "state:AAA", kind: .state, label: "A", code: "AAA", evidence: [Self.ev("b.txt", 9)], count: 2)
        #expect(Graph(nodes: [big, more]).nodes.first?.count == .max)
        var accumulator = GraphAccumulator(evidenceLimit: 1)
        for _ in 0..<3 { accumulator.add(Graph(nodes: [big, more])) }
        #expect(accumulator.graph().nodes.first?.count == .max)
        var parts = [GraphAccumulator(), GraphAccumulator()]
        parts[0].add(Graph(nodes: [big]))
        parts[1].add(Graph(nodes: [more]))
        var whole = GraphAccumulator()
        whole.add(parts[0])
        whole.add(parts[1])
        #expect(whole.graph().nodes.first?.count == .max)
    }

    @Test("graph JSON with folded Int.max edges reads, merges, diffs and writes Int.max")
    func throughJSON() throws {
        let json = """
            {"nodes": [{"id": "state:AAA", "kind": "state", "label": "A", "code": "AAA"},
                       {"id": "state:BBB", "kind": "state", "label": "B", "code": "BBB"}],
             "edges": [{"source": "state:AAA", "target": "state:BBB", "relation": "met", "count": 9223372036854775807},
                       {"source": "state:BBB", "target": "state:AAA", "relation": "met", "count": 9223372036854775807}]}
            """
        let graph = try Graph.fromJSON(Data(json.utf8))
        #expect(graph.edges.first?.count == .max)
        let merged = Graph.merged([graph, graph, graph])
        #expect(merged.edges.first?.count == .max)
        #expect(String(decoding: try merged.jsonData(), as: UTF8.self).contains("\"count\" : 9223372036854775807"))
        #expect(Graph.diff(old: graph, new: merged).edges.first?.change == nil)
    }
}
