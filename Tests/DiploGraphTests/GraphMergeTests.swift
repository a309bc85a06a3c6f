import Foundation
import TestSupport
import Testing
@testable import DiploGraph

/// Small graphs that overlap: the same leader under three names, the same state from two
/// documents, the same relation read twice, and symmetric edges written both ways.
enum MergeFixtures {
    static func ev(_ document: String, _ start: Int, _ sentence: String, rule: String? = nil) -> Evidence {
        Evidence(document: document, start: start, end: start + sentence.utf8.count, sentence: sentence, rule: rule)
    }

    static let kor1 = Node(id: "state:KOR", kind: .state, label: "South Korea", code: "KOR",
                           evidence: [ev("a.txt", 0, "South Korea spoke.")])
    static let kor2 = Node(id: "state:KOR", kind: .state, label: "Korea", code: "KOR", aliases: ["ROK"],
                           evidence: [ev("b.txt", 7, "Korea spoke.")])
    static let chn = Node(id: "state:CHN", kind: .state, label: "China", code: "CHN",
                          evidence: [ev("b.txt", 30, "China listened.")])
    static let leeShort = Node(id: "leader:lee-jae-myung", kind: .leader, label: "Lee", state: "state:KOR",
                               evidence: [ev("a.txt", 40, "Lee said so.")])
    static let leeFull = Node(id: "leader:lee-jae-myung", kind: .leader, label: "Lee Jae Myung", state: "state:KOR",
                              title: "President", aliases: ["President Lee"],
                              evidence: [ev("b.txt", 50, "President Lee Jae Myung spoke.")])
    static let leeHyphen = Node(id: "leader:lee-jae-myung", kind: .leader, label: "Lee Jae-myung", state: "state:KOR",
                                title: "Pres.", evidence: [ev("c.txt", 3, "Lee Jae-myung spoke.")])
    static let deal1 = Node(id: "agreement:trade-agreement", kind: .agreement, label: "trade agreement",
                            topics: ["trade"], evidence: [ev("a.txt", 80, "They signed a trade agreement.")])
    static let deal2 = Node(id: "agreement:trade-agreement", kind: .agreement, label: "Trade Agreement",
                            topics: ["tariffs", "trade"], evidence: [ev("c.txt", 90, "The Trade Agreement on tariffs.")])

    static let met1 = Edge(source: "state:KOR", target: "state:CHN", relation: .met,
                           evidence: [ev("a.txt", 100, "South Korea met China.")])
    static let met2 = Edge(source: "state:CHN", target: "state:KOR", relation: .met,
                           evidence: [ev("b.txt", 100, "China met South Korea.")])
    static let urged = Edge(source: "leader:lee-jae-myung", target: "state:CHN", relation: .urged,
                            evidence: [ev("c.txt", 200, "Lee urged China.", rule: "verb:urged")])
    static let leads = Edge(source: "leader:lee-jae-myung", target: "state:KOR", relation: .leads,
                            evidence: [ev("b.txt", 50, "President Lee Jae Myung spoke.")])

    static let graphA = Graph(nodes: [kor1, leeShort, deal1, chn], edges: [met1], documents: ["a.txt"])
    static let graphB = Graph(nodes: [kor2, chn, leeFull], edges: [met2, leads], documents: ["b.txt"])
    static let graphC = Graph(nodes: [leeHyphen, deal2, chn], edges: [urged, met1], documents: ["c.txt", "a.txt"])
    static let graphD = Graph(nodes: [kor1, Node(id: "organization:apec", kind: .organization, label: "APEC")],
                              edges: [leads], documents: ["d.txt"])
    static let all = [graphA, graphB, graphC, graphD]
}

@Suite("Graph merging")
struct GraphMergeTests {
    typealias F = MergeFixtures

    @Test("the same identifier gives one node")
    func sameIDOneNode() {
        let graph = Graph(nodes: [F.leeShort, F.leeFull, F.leeHyphen])
        #expect(graph.nodeCount == 1)
        #expect(graph.nodes.map(\.id) == ["leader:lee-jae-myung"])
    }

    @Test("the longer label wins and the others become aliases")
    func labelPreference() throws {
        let graph = Graph(nodes: [F.leeShort, F.leeFull])
        let lee = try #require(graph.node("leader:lee-jae-myung"))
        #expect(lee.label == "Lee Jae Myung")
        #expect(lee.aliases == ["Lee", "President Lee"])
        #expect(!lee.aliases.contains(lee.label))
    }

    @Test("between equally long labels the smaller in code-point order wins, whatever the order")
    func labelTieBreak() throws {
        let x = Node(id: "agreement:trade-agreement", kind: .agreement, label: "trade agreement")
        let y = Node(id: "agreement:trade-agreement", kind: .agreement, label: "Trade Agreement")
        let xy = try #require(Graph(nodes: [x, y]).node(x.id))
        let yx = try #require(Graph(nodes: [y, x]).node(x.id))
        #expect(xy.label == "Trade Agreement")
        #expect(yx.label == "Trade Agreement")
        #expect(xy.aliases == ["trade agreement"])
        #expect(xy == yx)
    }

    @Test("aliases, topics and evidence are united; optional fields are kept from either side")
    func unions() throws {
        let graph = Graph(nodes: [F.kor1, F.kor2, F.deal1, F.deal2, F.leeShort, F.leeFull])
        let kor = try #require(graph.node("state:KOR"))
        #expect(kor.label == "South Korea")
        #expect(kor.aliases == ["Korea", "ROK"])
        #expect(kor.code == "KOR")
        #expect(kor.evidence == (F.kor1.evidence + F.kor2.evidence).sorted())

        let deal = try #require(graph.node("agreement:trade-agreement"))
        #expect(deal.topics == ["tariffs", "trade"])
        #expect(deal.evidence.count == 2)

        let lee = try #require(graph.node("leader:lee-jae-myung"))
        #expect(lee.title == "President")  // only one side had a title
        #expect(lee.state == "state:KOR")
        #expect(lee.evidence.map(\.document) == ["a.txt", "b.txt"])
    }

    @Test("merging a node with itself changes nothing")
    func idempotentNode() {
        let once = Graph(nodes: [F.leeFull])
        let twice = Graph(nodes: [F.leeFull, F.leeFull])
        #expect(once == twice)
        #expect(twice.node(F.leeFull.id)?.evidence.count == 1)
    }

    @Test("the same relation from two graphs is one edge whose count adds up")
    func edgesMergedWithCount() throws {
        let merged = F.graphA.merging(F.graphB)
        let key = Edge.Key(source: "state:CHN", relation: .met, target: "state:KOR")
        let met = try #require(merged.edge(key))
        #expect(met.count == 2)
        #expect(met.documentCount == 2)
        #expect(merged.edges.filter { $0.relation == .met }.count == 1)

        // The same evidence twice is counted once.
        let again = merged.merging(F.graphA)
        #expect(again.edge(key)?.count == 2)
    }

    @Test("documents are united and sorted")
    func documents() {
        let merged = Graph.merged([F.graphD, F.graphC, F.graphB])
        #expect(merged.documents == ["a.txt", "b.txt", "c.txt", "d.txt"])
    }

    @Test("merge, merging and merged agree")
    func mergeSpellings() {
        var inPlace = F.graphA
        inPlace.merge(F.graphB)
        #expect(inPlace == F.graphA.merging(F.graphB))
        #expect(inPlace == Graph.merged([F.graphA, F.graphB]))
        #expect(Graph.merged([Graph]()).isEmpty)
    }

    @Test("merging in any order gives the same JSON bytes")
    func orderIndependent() throws {
        let reference = try Graph.merged(F.all).jsonData()
        for permutation in permutations(of: Array(F.all.indices)) {
            let merged = Graph.merged(permutation.map { F.all[$0] })
            try expectIdentical(merged.jsonData(), reference, "order \(permutation)")
        }
    }

    @Test("merging in any grouping gives the same JSON bytes")
    func groupingIndependent() throws {
        let (a, b, c, d) = (F.graphA, F.graphB, F.graphC, F.graphD)
        let reference = try Graph.merged([a, b, c, d]).jsonData()
        let groupings = [
            a.merging(b).merging(c.merging(d)),
            a.merging(b.merging(c.merging(d))),
            d.merging(c).merging(b).merging(a),
            c.merging(a).merging(d.merging(b)),
            Graph.merged([Graph.merged([b, d]), Graph.merged([c, a])]),
        ]
        for (i, grouping) in groupings.enumerated() {
            try expectIdentical(grouping.jsonData(), reference, "grouping \(i)")
        }
    }

    @Test("removing a node removes the edges that touch it")
    func removeNode() {
        var graph = Graph.merged(F.all)
        #expect(!graph.edges(touching: "state:CHN").isEmpty)
        graph.removeNode("state:CHN")
        #expect(graph.node("state:CHN") == nil)
        #expect(graph.edges(touching: "state:CHN").isEmpty)
        #expect(graph.edge(Edge.Key(source: "leader:lee-jae-myung", relation: .leads, target: "state:KOR")) != nil)
    }

    private func permutations(of items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { i -> [[Int]] in
            var rest = items
            let head = rest.remove(at: i)
            return permutations(of: rest).map { [head] + $0 }
        }
    }
}
