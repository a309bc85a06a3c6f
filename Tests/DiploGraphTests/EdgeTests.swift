import Testing
@testable import DiploGraph

@Suite("Edges")
struct EdgeTests {
    static let symmetric = Relation.allCases.filter(\.isSymmetric)
    static let directed = Relation.allCases.filter { !$0.isSymmetric }

    @Test("the symmetric relations are exactly met, allied_with, cooperates_with, negotiated, discussed")
    func symmetricSet() {
        #expect(Set(Self.symmetric) == [.met, .alliedWith, .cooperatesWith, .negotiated, .discussed])
    }

    @Test("a symmetric relation stores its ends in sorted order", arguments: symmetric)
    func symmetricCanonicalOrder(_ relation: Relation) {
        let forward = Edge(source: "state:CHN", target: "state:KOR", relation: relation)
        let backward = Edge(source: "state:KOR", target: "state:CHN", relation: relation)
        #expect(backward.source == "state:CHN")
        #expect(backward.target == "state:KOR")
        #expect(forward == backward)
        #expect(forward.key == backward.key)
    }

    @Test("a directed relation keeps its direction", arguments: directed)
    func directedKeepsOrder(_ relation: Relation) {
        let edge = Edge(source: "state:KOR", target: "state:CHN", relation: relation)
        #expect(edge.source == "state:KOR")
        #expect(edge.target == "state:CHN")
        #expect(edge.key != Edge(source: "state:CHN", target: "state:KOR", relation: relation).key)
    }

    @Test("A met B and B met A are one edge in a graph, with both pieces of evidence")
    func symmetricMergeInGraph() {
        let a = Evidence(document: "d", start: 0, end: 10, sentence: "A met B.")
        let b = Evidence(document: "d", start: 11, end: 21, sentence: "B met A.")
        let graph = Graph(
            nodes: [Node(id: "state:AAA", kind: .state, label: "A", code: "AAA"),
                    Node(id: "state:BBB", kind: .state, label: "B", code: "BBB")],
            edges: [Edge(source: "state:BBB", target: "state:AAA", relation: .met, evidence: [b]),
                    Edge(source: "state:AAA", target: "state:BBB", relation: .met, evidence: [a])])
        #expect(graph.edgeCount == 1)
        #expect(graph.edges.first?.source == "state:AAA")
        #expect(graph.edges.first?.count == 2)
    }

    @Test("evidence is sorted and de-duplicated; count and documentCount follow it")
    func evidenceNormalised() {
        let e1 = Evidence(document: "b.txt", start: 5, end: 9, sentence: "x")
        let e2 = Evidence(document: "a.txt", start: 50, end: 60, sentence: "y")
        let e3 = Evidence(document: "a.txt", start: 1, end: 4, sentence: "z")
        let edge = Edge(source: "state:AAA", target: "state:BBB", relation: .urged, evidence: [e1, e2, e1, e3, e2])
        #expect(edge.evidence == [e3, e2, e1])
        #expect(edge.count == 3)
        #expect(edge.documentCount == 2)
    }

    @Test("edge keys order by source, then relation, then target")
    func keyOrder() {
        let keys = [
            Edge.Key(source: "state:b", relation: .met, target: "state:a"),
            Edge.Key(source: "state:a", relation: .urged, target: "state:a"),
            Edge.Key(source: "state:a", relation: .leads, target: "state:z"),
            Edge.Key(source: "state:a", relation: .leads, target: "state:b"),
        ]
        #expect(keys.sorted() == [keys[3], keys[2], keys[1], keys[0]])
    }

    @Test("interactions exclude leads and party_to")
    func interactions() {
        #expect(!Relation.leads.isInteraction)
        #expect(!Relation.partyTo.isInteraction)
        #expect(Relation.urged.isInteraction)
        #expect(Relation.met.isInteraction)
        #expect(Relation.partyTo.rawValue == "party_to")
        #expect(Relation.alliedWith.rawValue == "allied_with")
    }

    @Test("every relation has words for people: the id with spaces, no underscore", arguments: Relation.allCases)
    func label(_ relation: Relation) {
        #expect(!relation.label.contains("_"))
        #expect(relation.label == relation.rawValue.split(separator: "_").joined(separator: " "))
        #expect(relation.label.first?.isLowercase == true)
    }

    @Test("the multi-word relations read as people say them")
    func multiWordLabels() {
        #expect(Relation.partyTo.label == "party to")
        #expect(Relation.cooperatesWith.label == "cooperates with")
        #expect(Relation.dependsOn.label == "depends on")
        #expect(Relation.alliedWith.label == "allied with")
        #expect(Relation.met.label == "met")
    }
}
