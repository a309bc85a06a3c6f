import DiploGraph
import Testing
@testable import DiploRendering

/// Element ids are made unique in time linear in the number of elements: 20,000 node ids that
/// are the same once made XML-safe took 29 s, even for `-f dot`, when every claim tried every
/// suffix taken before it.
@Suite("Element ids")
struct ElementIDsTests {
    /// `count` states whose ids differ only in three symbols, which XML-safe ids replace by `_`:
    /// every one is `state:X___` before it is made unique. Each has an edge to the next.
    static func collidingGraph(_ count: Int) -> Graph {
        let symbols = (0x2190...0x21FF).compactMap(Unicode.Scalar.init)  // arrows: not letters or digits
        let ids = (0..<count).map { n in
            NodeID(kind: .state, key: "X" + [n, n / symbols.count, n / (symbols.count * symbols.count)]
                .map { String(symbols[$0 % symbols.count]) }.joined())
        }
        let nodes = ids.map { Node(id: $0, kind: .state, label: "X") }
        let edges = zip(ids, ids.dropFirst()).map { Edge(source: $0, target: $1, relation: .met) }
        return Graph(nodes: nodes, edges: edges)
    }

    @Test("n ids that collide take about 2n probes, and twice as many ids twice as many probes")
    func linearProbes() {
        let small = ElementIDs(Self.collidingGraph(5_000), options: RenderOptions())
        let large = ElementIDs(Self.collidingGraph(10_000), options: RenderOptions())
        // Nodes and edges: about 2 × 5,000 elements, each found free on the first or second try.
        #expect(small.probes <= 3 * 10_000, "\(small.probes) probes")
        #expect(large.probes <= 2 * small.probes + 10, "\(small.probes) then \(large.probes) probes")
        #expect(large.probes >= 2 * small.probes - 10)
    }

    @Test("20,000 colliding ids get 20,000 distinct element ids, and the DOT names each node once")
    func twentyThousand() {
        let graph = Self.collidingGraph(20_000)
        let ids = ElementIDs(graph, options: RenderOptions())
        let nodeIDs = Set(graph.nodes.map { ids.node($0.id) })
        #expect(nodeIDs.count == 20_000)
        #expect(ids.probes <= 3 * (graph.nodeCount + graph.edgeCount))
        let dot = DOTWriter().write(graph)
        #expect(dot.components(separatedBy: ", class=\"state\"").count - 1 == 20_000)
    }

    @Test("a name is given as it is, then with the smallest suffix not taken by anyone")
    func suffixes() {
        var names = UniqueNames(capacity: 8)
        let claimed = ["a", "a", "a-2", "a", "a-4", "a", "a", "b"].map { names.claim($0) }
        #expect(claimed == ["a", "a-2", "a-2-2", "a-3", "a-4", "a-5", "a-6", "b"])
        #expect(Set(claimed).count == claimed.count)
    }
}
