import Foundation
import Testing
import TestSupport
@testable import DiploGraph

/// A graph collected with an evidence limit keeps the first records of each node and edge and
/// counts them all, whatever the order and grouping of the additions.
@Suite("Evidence limit")
struct EvidenceLimitTests {
    /// Twenty documents, each naming two states and a meeting between them in a few sentences.
    static func documents(prefix: String = "") -> [Graph] {
        (0..<20).map { n in
            let document = "\(prefix)doc\(String(format: "%02d", (n * 7) % 20)).txt"
            var nodes: [Node] = []
            var edges: [Edge] = []
            for sentence in 0..<(1 + n % 4) {
                let start = sentence * 40
                let evidence = Evidence(document: document, start: start, end: start + 30,
                                        sentence: "Sentence \(sentence) of \(document).", rule: "verb:met")
                nodes.append(Node(id: "state:NOR", kind: .state, label: "Norway", code: "NOR", evidence: [evidence]))
                nodes.append(Node(id: "state:KEN", kind: .state, label: "Kenya", code: "KEN", evidence: [evidence]))
                edges.append(Edge(source: "state:NOR", target: "state:KEN", relation: .met, evidence: [evidence]))
            }
            return Graph(nodes: nodes, edges: edges, documents: [document])
        }
    }

    static func collected(_ graphs: [Graph], limit: Int?) -> Graph {
        var accumulator = GraphAccumulator(evidenceLimit: limit)
        for graph in graphs { accumulator.add(graph) }
        return accumulator.graph()
    }

    @Test("keeps the first records and counts them all")
    func firstRecordsExactCounts() throws {
        let all = Self.collected(Self.documents(), limit: nil)
        let limited = Self.collected(Self.documents(), limit: 5)
        for node in all.nodes {
            let cut = try #require(limited.node(node.id))
            #expect(cut.evidence == Array(node.evidence.prefix(5)))
            #expect(cut.count == node.evidence.count)
            #expect(cut.count > cut.evidence.count)
        }
        for edge in all.edges {
            let cut = try #require(limited.edge(edge.key))
            #expect(cut.evidence == Array(edge.evidence.prefix(5)))
            #expect(cut.count == edge.count)
        }
        #expect(limited.documents == all.documents)
    }

    @Test("any order and grouping gives the same graph", arguments: [1, 3, 50])
    func orderIndependent(limit: Int) {
        let graphs = Self.documents()
        let expected = Self.collected(graphs, limit: limit)
        // Reversed, interleaved, and merged in groups whose accumulators are then combined.
        #expect(Self.collected(graphs.reversed(), limit: limit) == expected)
        let interleaved = graphs.enumerated().sorted { ($0.offset % 3, $0.offset) < ($1.offset % 3, $1.offset) }.map(\.element)
        #expect(Self.collected(interleaved, limit: limit) == expected)
        var total = GraphAccumulator(evidenceLimit: limit)
        for group in stride(from: 0, to: graphs.count, by: 6) {
            var part = GraphAccumulator(evidenceLimit: limit)
            for graph in graphs[group..<min(group + 6, graphs.count)] { part.add(graph) }
            total.add(part)
        }
        #expect(total.graph() == expected)
        // A limited graph merged again under the same limit is itself.
        #expect(Self.collected([expected], limit: limit) == expected)
    }

    @Test("without a limit, a node keeps each distinct record once, however many and in any order", arguments: [0, 1, 5, 8, 9, 40])
    func unlimitedDistinct(distinct: Int) throws {
        // Each record arrives three times, in a shuffled order, some alone and some in lists;
        // half go through a second accumulator merged in at the end.
        let records = (0..<distinct).map { n in
            Evidence(document: "doc\(n % 3).txt", start: n * 10, end: n * 10 + 9, sentence: "S\(n).", rule: n % 2 == 0 ? "a" : "b")
        }
        var generator = SplitMix64(seed: UInt64(distinct))
        let arrivals = (records + records + records).shuffled(using: &generator)
        var main = GraphAccumulator()
        var other = GraphAccumulator()
        for (n, record) in arrivals.enumerated() {
            let node = Node(id: "state:NOR", kind: .state, label: "Norway", code: "NOR", evidence: n % 5 == 0 ? [record, record] : [record])
            if n % 2 == 0 { main.add(node) } else { other.add(node) }
        }
        main.add(other)
        let graph = main.graph()
        if distinct == 0 {
            #expect(graph.node("state:NOR")?.evidence.isEmpty ?? true)
            return
        }
        let node = try #require(graph.node("state:NOR"))
        #expect(node.evidence == records.sorted())
        #expect(node.count == distinct)
    }

    @Test("a repeated record counts once while it is kept")
    func repeatsCountOnce() {
        let graphs = Self.documents()
        let once = Self.collected(graphs, limit: 1000)
        let twice = Self.collected(graphs + graphs, limit: 1000)
        #expect(twice == once)
    }

    @Test("the count survives the JSON, on nodes only when evidence was cut")
    func countInJSON() throws {
        let all = Self.collected(Self.documents(), limit: nil)
        let limited = Self.collected(Self.documents(), limit: 2)
        let text = String(decoding: try limited.jsonData(), as: UTF8.self)
        #expect(text.contains("\"count\""))
        let read = try Graph.fromJSON(try limited.jsonData())
        #expect(read == limited)
        #expect(read.node("state:NOR")?.count == all.node("state:NOR")?.evidence.count)
        // Uncut nodes say nothing new: their JSON has no count.
        let uncut = try JSONSerialization.jsonObject(with: all.jsonData()) as? [String: Any]
        let nodes = try #require(uncut?["nodes"] as? [[String: Any]])
        #expect(nodes.allSatisfy { $0["count"] == nil })
    }

    @Test("Graph.add adds the counts of cut evidence from other documents")
    func graphAddCounts() throws {
        let limited = Self.collected(Self.documents(), limit: 2)
        var doubled = limited
        doubled.merge(Self.collected(Self.documents(prefix: "other-"), limit: 2))
        let edge = try #require(doubled.edge(Edge.Key(source: "state:KEN", relation: .met, target: "state:NOR")))
        #expect(edge.count == 2 * (limited.edges.first?.count ?? 0))
    }
}
