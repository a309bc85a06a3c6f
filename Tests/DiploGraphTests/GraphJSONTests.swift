import Foundation
import TestSupport
import Testing
@testable import DiploGraph

@Suite("Graph JSON")
struct GraphJSONTests {
    static var graph: Graph { Graph.merged(MergeFixtures.all) }

    @Test("jsonData then fromJSON gives the same graph and the same bytes")
    func roundTrip() throws {
        let data = try Self.graph.jsonData()
        let back = try Graph.fromJSON(data)
        #expect(back == Self.graph)
        try expectIdentical(back.jsonData(), data)
    }

    @Test("an id whose key starts with a combining mark is valid and round-trips", arguments: [
        "\u{0656}abra-agreement", "\u{0301}e", "\u{20DD}",
    ])
    func combiningMarkAfterPrefix(key: String) throws {
        // "agreement:" + a combining mark is one Character at the colon: the prefix check must
        // still see "agreement:".
        let id = NodeID.make(.agreement, key)
        #expect(id.description.utf8.starts(with: "agreement:".utf8))
        let graph = Graph(nodes: [Node(id: id, kind: .agreement, label: key)], edges: [])
        try graph.validate()
        let back = try Graph.fromJSON(try graph.jsonData())
        #expect(back == graph)
    }

    @Test("an empty graph round-trips")
    func emptyRoundTrip() throws {
        let data = try Graph().jsonData()
        #expect(String(decoding: data, as: UTF8.self) == "{\n  \"documents\" : [\n\n  ],\n  \"edges\" : [\n\n  ],\n  \"nodes\" : [\n\n  ]\n}\n")
        #expect(try Graph.fromJSON(data) == Graph())
    }

    @Test("the same graph always gives the same bytes, whatever the insertion order")
    func deterministic() throws {
        let nodes = Self.graph.nodes
        let edges = Self.graph.edges
        let forward = Graph(nodes: nodes, edges: edges, documents: Self.graph.documents)
        let backward = Graph(nodes: nodes.reversed(), edges: edges.reversed(), documents: Self.graph.documents.reversed())
        let first = try forward.jsonData()
        try expectIdentical(forward.jsonData(), first)
        try expectIdentical(backward.jsonData(), first)
    }

    @Test("keys sorted, slashes unescaped, a final newline, counts written, empty lists left out")
    func shape() throws {
        let node = Node(id: "organization:au", kind: .organization, label: "African/Union")
        let a = Node(id: "state:AAA", kind: .state, label: "A", code: "AAA")
        let b = Node(id: "state:BBB", kind: .state, label: "B", code: "BBB")
        let ev1 = Evidence(document: "x/y.txt", start: 0, end: 3, sentence: "A B")
        let ev2 = Evidence(document: "x/y.txt", start: 4, end: 7, sentence: "B A")
        let graph = Graph(nodes: [node, a, b], edges: [Edge(source: "state:BBB", target: "state:AAA", relation: .met, evidence: [ev1, ev2])])
        let data = try graph.jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"African/Union\""))
        #expect(text.contains("\"x/y.txt\""))
        #expect(!text.contains("\\/"))
        #expect(!text.contains("\"aliases\""))
        #expect(!text.contains("\"topics\""))

        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["documents", "nodes", "edges"])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.count == 1)
        #expect(edges[0]["count"] as? Int == 2)
        #expect(edges[0]["source"] as? String == "state:AAA")
        #expect(edges[0]["relation"] as? String == "met")
        #expect(edges[0]["plover"] as? String == "CONSULT")
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["organization:au", "state:AAA", "state:BBB"])
        #expect(nodes[1]["code"] as? String == "AAA")
        #expect(nodes[0]["code"] == nil)
        // Sorted keys inside an object: "code" before "evidence" before "id" before "kind".
        let aText = try #require(text.range(of: "\"code\" : \"AAA\""))
        let idText = try #require(text.range(of: "\"id\" : \"state:AAA\""))
        #expect(aText.lowerBound < idText.lowerBound)
    }

    @Test("a graph written by another tool, with no evidence, counts or documents, is read")
    func minimalInput() throws {
        let json = """
            {"nodes": [{"id": "state:KOR", "kind": "state", "label": "South Korea", "code": "KOR"},
                       {"id": "leader:lee-jae-myung", "kind": "leader", "label": "Lee Jae Myung",
                        "title": "President", "state": "state:KOR"}],
             "edges": [{"source": "leader:lee-jae-myung", "target": "state:KOR", "relation": "leads"}]}
            """
        let graph = try Graph.fromJSON(Data(json.utf8))
        #expect(graph.nodeCount == 2)
        #expect(graph.node("leader:lee-jae-myung")?.state == "state:KOR")
        #expect(graph.edges.map(\.relation) == [.leads])
        #expect(graph.edges.first?.count == 0)
        // `leads` is no event: no PLOVER type is written for it.
        #expect(!String(decoding: try graph.jsonData(), as: UTF8.self).contains("\"plover\""))
        #expect(graph.documents.isEmpty)
    }

    @Test("an interaction without plover is read, and written back with its relation's type")
    func ploverOptional() throws {
        let json = """
            {"nodes": [{"id": "state:PER", "kind": "state", "label": "Peru", "code": "PER"},
                       {"id": "state:CHL", "kind": "state", "label": "Chile", "code": "CHL"}],
             "edges": [{"source": "state:PER", "target": "state:CHL", "relation": "coerced"}]}
            """
        let graph = try Graph.fromJSON(Data(json.utf8))
        #expect(graph.edges.map(\.relation) == [.coerced])
        #expect(String(decoding: try graph.jsonData(), as: UTF8.self).contains(#""plover" : "COERCE""#))
    }

    @Test("every relation but leads and party_to carries one PLOVER type")
    func ploverPerRelation() {
        for relation in Relation.allCases {
            #expect((relation.plover == nil) == !relation.isInteraction, "\(relation)")
        }
    }

    // MARK: Contract violations

    private static let kor = #"{"id": "state:KOR", "kind": "state", "label": "South Korea", "code": "KOR"}"#

    private func contractError(_ json: String) -> GraphContractError? {
        do {
            _ = try Graph.fromJSON(Data(json.utf8))
            return nil
        } catch let error as GraphContractError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    @Test("a node without kind is refused, naming nodes[i].kind")
    func missingKind() throws {
        let error = try #require(contractError(#"{"nodes": [\#(Self.kor), {"id": "state:CHN", "label": "China", "code": "CHN"}], "edges": []}"#))
        #expect(error.field == "nodes[1].kind")
        #expect(error.problem.contains("missing"))
        #expect(error.description.hasPrefix("nodes[1].kind: "))
    }

    @Test("an unknown kind is refused, naming nodes[i].kind")
    func unknownKind() throws {
        let error = try #require(contractError(#"{"nodes": [{"id": "city:paris", "kind": "city", "label": "Paris"}]}"#))
        #expect(error.field == "nodes[0].kind")
    }

    @Test("nodes is required")
    func missingNodes() throws {
        let error = try #require(contractError(#"{"edges": []}"#))
        #expect(error.field == "nodes")
    }

    @Test("an unknown relation is refused, naming edges[i].relation")
    func unknownRelation() throws {
        let error = try #require(contractError(
            #"{"nodes": [\#(Self.kor)], "edges": [{"source": "state:KOR", "target": "state:KOR", "relation": "hugged"}]}"#))
        #expect(error.field == "edges[0].relation")
    }

    @Test("an edge to a missing node is refused, naming the end")
    func edgeToMissingNode() throws {
        let target = try #require(contractError(
            #"{"nodes": [\#(Self.kor)], "edges": [{"source": "state:KOR", "target": "state:XYZ", "relation": "urged"}]}"#))
        #expect(target.field == "edges[0].target")
        #expect(target.problem.contains("state:XYZ"))

        let source = try #require(contractError(
            #"{"nodes": [\#(Self.kor)], "edges": [{"source": "leader:nobody", "target": "state:KOR", "relation": "leads"}]}"#))
        #expect(source.field == "edges[0].source")
        #expect(source.problem.contains("leader:nobody"))
    }

    @Test("a state without code is refused, naming nodes[i].code")
    func stateWithoutCode() throws {
        // Nodes are validated in identifier order: agreement:… comes before state:CHN.
        let error = try #require(contractError(
            #"{"nodes": [{"id": "state:CHN", "kind": "state", "label": "China"}, {"id": "agreement:x", "kind": "agreement", "label": "X"}]}"#))
        #expect(error.field == "nodes[1].code")
        #expect(error.problem.contains("ISO 3166-1"))
    }

    @Test("a leader whose state is not a state node is refused, naming nodes[i].state")
    func leaderStateNotAState() throws {
        let missing = try #require(contractError(
            #"{"nodes": [{"id": "leader:a-b", "kind": "leader", "label": "A B", "state": "state:KOR"}]}"#))
        #expect(missing.field == "nodes[0].state")
        #expect(missing.problem.contains("state:KOR"))

        let notAState = try #require(contractError(#"""
            {"nodes": [{"id": "organization:eu", "kind": "organization", "label": "EU"},
                       {"id": "leader:a-b", "kind": "leader", "label": "A B", "state": "organization:eu"}]}
            """#))
        #expect(notAState.field == "nodes[0].state")
        #expect(notAState.problem.contains("organization:eu"))
    }

    @Test("an identifier without its kind's prefix is refused, naming nodes[i].id")
    func wrongPrefix() throws {
        let error = try #require(contractError(#"{"nodes": [{"id": "KOR", "kind": "state", "label": "South Korea", "code": "KOR"}]}"#))
        #expect(error.field == "nodes[0].id")
    }

    @Test("an empty label is refused, naming nodes[i].label")
    func emptyLabel() throws {
        let error = try #require(contractError(#"{"nodes": [{"id": "organization:x", "kind": "organization", "label": ""}]}"#))
        #expect(error.field == "nodes[0].label")
    }

    @Test("a wrong type names its field")
    func typeMismatch() throws {
        let error = try #require(contractError(
            #"{"nodes": [\#(Self.kor)], "edges": [{"source": "state:KOR", "target": "state:KOR", "relation": "met", "evidence": [{"document": "d", "start": "zero", "end": 1, "sentence": "s"}]}]}"#))
        #expect(error.field == "edges[0].evidence[0].start")
    }

    @Test("text that is not JSON is refused with a contract error")
    func notJSON() {
        #expect(throws: GraphContractError.self) { try Graph.fromJSON(Data("not json".utf8)) }
    }
}
