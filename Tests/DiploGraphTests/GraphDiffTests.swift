import Foundation
import TestSupport
import Testing
@testable import DiploGraph

@Suite("Diff")
struct GraphDiffTests {
    static let old = QueryFixtures.graph
    static var new: Graph {
        var graph = QueryFixtures.graph
        graph.removeNode("organization:apec")  // and the visited edge
        graph.add(Node(id: "state:USA", kind: .state, label: "United States", code: "USA"))
        graph.add(Edge(source: "state:KOR", target: "state:USA", relation: .alliedWith, evidence: [QueryFixtures.ev(20)]))
        // met: 3 → 5 sentences.
        graph.add(Edge(source: "state:CHN", target: "state:KOR", relation: .met, evidence: [QueryFixtures.ev(21), QueryFixtures.ev(22)]))
        graph.addDocument("r.txt")
        return graph
    }

    @Test("added, removed and changed edges and nodes are marked; the rest is not")
    func markers() throws {
        let diff = Graph.diff(old: Self.old, new: Self.new)
        try diff.validate()
        #expect(diff.documents == ["q.txt", "r.txt"])

        let allied = try #require(diff.edge(Edge(source: "state:KOR", target: "state:USA", relation: .alliedWith).key))
        #expect(allied.change == .added && allied.previousCount == nil)
        let visited = try #require(diff.edge(Edge(source: "leader:lee-jae-myung", target: "organization:apec", relation: .visited).key))
        #expect(visited.change == .removed && visited.count == 1)
        let met = try #require(diff.edge(Edge(source: "state:KOR", target: "state:CHN", relation: .met).key))
        #expect(met.change == .changed && met.previousCount == 3 && met.count == 5)
        let leads = try #require(diff.edge(Edge(source: "leader:lee-jae-myung", target: "state:KOR", relation: .leads).key))
        #expect(leads.change == nil && leads.previousCount == nil)

        #expect(diff.node("state:USA")?.change == .added)
        #expect(diff.node("organization:apec")?.change == .removed)
        #expect(diff.node("state:KOR")?.change == nil)
        #expect(diff.nodeCount == Self.old.nodeCount + 1)
        #expect(diff.edgeCount == Self.old.edgeCount + 1)
        #expect(diff.hasChanges && !Self.old.hasChanges)
    }

    @Test("the diff of a graph with itself has no markers; markers on the inputs are replaced")
    func identity() {
        let same = Graph.diff(old: Self.old, new: Self.old)
        #expect(same == Self.old)
        let twice = Graph.diff(old: Self.old, new: Graph.diff(old: Self.old, new: Self.new))
        #expect(twice.node("organization:apec")?.change == nil)  // marked removed in the input, present now
    }

    @Test("markers and previous counts survive JSON, under change and previous_count")
    func json() throws {
        let diff = Graph.diff(old: Self.old, new: Self.new)
        let data = try diff.jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""change" : "added""#))
        #expect(text.contains(#""previous_count" : 3"#))
        let back = try Graph.fromJSON(data)
        #expect(back == diff)
        try expectIdentical(back.jsonData(), data)
    }

    @Test("merging keeps markers: equal ones stay, differing ones become changed; the accumulator agrees")
    func merging() {
        let a = Node(id: "state:KOR", kind: .state, label: "South Korea", code: "KOR", change: .added)
        let b = Node(id: "state:KOR", kind: .state, label: "Korea", code: "KOR")
        let c = Node(id: "state:KOR", kind: .state, label: "Korea", code: "KOR", change: .removed)
        #expect(Graph(nodes: [a, b]).node("state:KOR")?.change == .added)
        #expect(Graph(nodes: [b, a]).node("state:KOR")?.change == .added)
        #expect(Graph(nodes: [a, c]).node("state:KOR")?.change == .changed)
        let e1 = Edge(source: "state:KOR", target: "state:CHN", relation: .met, change: .changed, previousCount: 2)
        let e2 = Edge(source: "state:CHN", target: "state:KOR", relation: .met, change: .changed, previousCount: 4)
        let merged = Graph(edges: [e1, e2]).edges.first
        #expect(merged?.change == .changed && merged?.previousCount == 4)

        let graphs = [Graph(nodes: [a], edges: [e1]), Graph(nodes: [b], edges: [e2]), Graph(nodes: [c])]
        let byMerge = graphs.reduce(Graph()) { $0.merging($1) }
        #expect(Graph.merged(graphs) == byMerge)
        #expect(Graph.merged(graphs.reversed()) == byMerge)
    }
}

@Suite("JSON without diff markers is unchanged")
struct UnchangedJSONTests {
    @Test("a graph without markers writes exactly the bytes it wrote before markers existed")
    func golden() throws {
        let graph = Graph(
            nodes: [Node(id: "state:KOR", kind: .state, label: "South Korea", code: "KOR",
                         evidence: [Evidence(document: "a.txt", start: 0, end: 5, sentence: "Korea")])],
            edges: [Edge(source: "state:KOR", target: "state:KOR", relation: .met)],
            documents: ["a.txt"])
        // (The edge without evidence has no "count": the contract refuses a count of 0. The
        // documents are objects since documents have dates; an undated one has only its name.)
        let expected = """
            {
              "documents" : [
                {
                  "name" : "a.txt"
                }
              ],
              "edges" : [
                {
                  "evidence" : [

                  ],
                  "plover" : "CONSULT",
                  "relation" : "met",
                  "source" : "state:KOR",
                  "target" : "state:KOR"
                }
              ],
              "nodes" : [
                {
                  "code" : "KOR",
                  "evidence" : [
                    {
                      "document" : "a.txt",
                      "end" : 5,
                      "sentence" : "Korea",
                      "start" : 0
                    }
                  ],
                  "id" : "state:KOR",
                  "kind" : "state",
                  "label" : "South Korea"
                }
              ]
            }

            """
        try expectIdentical(String(decoding: try graph.jsonData(), as: UTF8.self), expected)
    }

    /// The committed `Graphs/*.json` (those of the samples were written before diff markers
    /// existed; a diff example, if there is one, round-trips too).
    static func committedGraphs() -> [URL] {
        let graphs = Fixtures.packageRoot.appendingPathComponent("Graphs")
        let files = (try? FileManager.default.contentsOfDirectory(at: graphs, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    @Test("every committed graph JSON reads and writes back byte for byte", arguments: committedGraphs())
    func committed(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        let graph = try Graph.fromJSON(data)
        try expectIdentical(graph.jsonData(), data, "\(url.lastPathComponent)")
    }

    @Test("Graphs/ holds graph JSON, so the round trip above runs on something")
    func committedGraphsExist() {
        #expect(!Self.committedGraphs().isEmpty, "no *.json in \(Fixtures.packageRoot.path)/Graphs")
    }
}
