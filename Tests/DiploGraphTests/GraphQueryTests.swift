import Foundation
import Testing
@testable import DiploGraph

/// A small world: two leaders and their states, a third state, an agreement, an organisation.
enum QueryFixtures {
    static func ev(_ n: Int) -> Evidence {
        Evidence(document: "q.txt", start: n * 10, end: n * 10 + 5, sentence: "Sentence \(n).")
    }

    static let nodes = [
        Node(id: "state:KOR", kind: .state, label: "South Korea", code: "KOR", aliases: ["ROK"]),
        Node(id: "state:CHN", kind: .state, label: "China", code: "CHN"),
        Node(id: "state:TUR", kind: .state, label: "Türkiye", code: "TUR", aliases: ["Turkey"]),
        Node(id: "leader:lee-jae-myung", kind: .leader, label: "Lee Jae Myung", state: "state:KOR", aliases: ["Lee"]),
        Node(id: "leader:erdogan", kind: .leader, label: "Recep Tayyip Erdoğan", state: "state:TUR", aliases: ["Erdoğan"]),
        Node(id: "agreement:swap", kind: .agreement, label: "currency swap"),
        Node(id: "organization:apec", kind: .organization, label: "APEC"),
    ]
    static let edges = [
        Edge(source: "leader:lee-jae-myung", target: "state:KOR", relation: .leads, evidence: [ev(1)]),
        Edge(source: "leader:erdogan", target: "state:TUR", relation: .leads),
        Edge(source: "state:KOR", target: "state:CHN", relation: .met, evidence: [ev(2), ev(3), ev(4)]),
        Edge(source: "state:KOR", target: "agreement:swap", relation: .partyTo, evidence: [ev(5)]),
        Edge(source: "state:CHN", target: "agreement:swap", relation: .partyTo, evidence: [ev(6), ev(7)]),
        Edge(source: "leader:lee-jae-myung", target: "organization:apec", relation: .visited, evidence: [ev(8)]),
    ]
    static var graph: Graph { Graph(nodes: nodes, edges: edges, documents: ["q.txt"]) }
}

@Suite("Filters, lookup, neighbourhood")
struct GraphQueryTests {
    @Test("filtered by kinds keeps every node of those kinds and the edges among them")
    func kinds() throws {
        let states = QueryFixtures.graph.filtered(kinds: [.state])
        #expect(states.nodes.map(\.id) == ["state:CHN", "state:KOR", "state:TUR"])  // TUR has no state edge: kept
        #expect(states.edges.map(\.relation) == [.met])
        #expect(states.documents == ["q.txt"])

        let leaders = QueryFixtures.graph.filtered(kinds: [.leader])
        #expect(leaders.nodeCount == 2 && leaders.edgeCount == 0)
        #expect(leaders.nodes.allSatisfy { $0.state == nil })  // their states are gone
        try leaders.validate()

        let both = QueryFixtures.graph.filtered(kinds: [.leader, .state])
        #expect(both.node("leader:lee-jae-myung")?.state == "state:KOR")
        #expect(Set(both.edges.map(\.relation)) == [.leads, .met])
        try both.validate()
    }

    @Test("the heaviest edges: by weight, ties by key, with only the nodes they join")
    func heaviest() throws {
        let graph = QueryFixtures.graph
        // Weights: met 3, CHN party to the swap 2, every other edge 1.
        let two = graph.heaviest(edges: 2)
        #expect(two.edges.map(\.relation) == [.met, .partyTo])
        #expect(two.edges.first { $0.relation == .partyTo }?.source == "state:CHN")
        #expect(two.nodes.map(\.id) == ["agreement:swap", "state:CHN", "state:KOR"])
        #expect(two.documents == ["q.txt"])
        try two.validate()
        // The third is the weight-1 edge with the smallest key: Erdoğan leads Türkiye, and he
        // keeps his state.
        let three = graph.heaviest(edges: 3)
        #expect(three.edgeCount == 3)
        #expect(three.edge(Edge(source: "leader:erdogan", target: "state:TUR", relation: .leads).key) != nil)
        #expect(three.node("leader:erdogan")?.state == "state:TUR")
        try three.validate()
        // Not over the limit: the graph itself, nodes without edges included.
        #expect(graph.heaviest(edges: 6) == graph)
        #expect(graph.heaviest(edges: 1000) == graph)
        let none = graph.heaviest(edges: 0)
        #expect(none.isEmpty && none.documents == ["q.txt"])
        // The same edges whatever order the graph was built in.
        let reversed = Graph(nodes: QueryFixtures.nodes.reversed(), edges: QueryFixtures.edges.reversed(), documents: ["q.txt"])
        #expect(reversed.heaviest(edges: 3) == three)
    }

    @Test("filtered by weight keeps edges with at least that many sentences; the default keeps all")
    func weight() {
        let graph = QueryFixtures.graph
        #expect(graph.filtered() == graph)
        #expect(graph.filtered(kinds: nil, minWeight: 0) == graph)
        let heavy = graph.filtered(minWeight: 2)
        #expect(heavy.edges.map(\.relation) == [.met, .partyTo])
        #expect(heavy.nodeCount == graph.nodeCount)  // nodes stay
        #expect(graph.filtered(minWeight: 3).edges.map(\.relation) == [.met])
        // An edge without evidence weighs 1.
        #expect(graph.filtered(minWeight: 1).edge(Edge(source: "leader:erdogan", target: "state:TUR", relation: .leads).key) != nil)
        #expect(graph.filtered(minWeight: 2).edge(Edge(source: "leader:erdogan", target: "state:TUR", relation: .leads).key) == nil)
    }

    @Test("node(matching:) finds by id, label, alias, code and slug, ignoring case and diacritics", arguments: [
        ("state:KOR", "state:KOR"),
        ("STATE:kor", "state:KOR"),
        ("south korea", "state:KOR"),
        ("ROK", "state:KOR"),
        ("kor", "state:KOR"),
        ("Lee", "leader:lee-jae-myung"),
        ("lee jae myung", "leader:lee-jae-myung"),
        ("  Lee   Jae  Myung ", "leader:lee-jae-myung"),
        ("erdogan", "leader:erdogan"),
        ("recep tayyip erdogan", "leader:erdogan"),
        ("Turkey", "state:TUR"),
        ("turkiye", "state:TUR"),
        ("apec", "organization:apec"),
        ("Currency Swap", "agreement:swap"),
    ])
    func matching(_ name: String, _ id: NodeID) {
        #expect(QueryFixtures.graph.node(matching: name)?.id == id)
    }

    @Test("nodes(matching:) takes the first or last words of a name, and lists every node they fit")
    func partsOfNames() {
        var graph = QueryFixtures.graph
        graph.add(Node(id: "leader:kim-jong-un", kind: .leader, label: "Kim Jong Un"))
        graph.add(Node(id: "leader:kim-yo-jong", kind: .leader, label: "Kim Yo Jong"))
        graph.add(Node(id: "leader:ana-maria-ruiz", kind: .leader, label: "Ana Maria Ruiz", aliases: ["President Ana Ruiz"]))
        #expect(graph.nodes(matching: "Tayyip Erdogan").map(\.id) == ["leader:erdogan"])
        #expect(graph.nodes(matching: "recep").map(\.id) == ["leader:erdogan"])
        #expect(graph.nodes(matching: "Kim").map(\.id) == ["leader:kim-jong-un", "leader:kim-yo-jong"])
        #expect(graph.nodes(matching: "kim jong").map(\.id) == ["leader:kim-jong-un"])
        #expect(graph.nodes(matching: "Ruiz").map(\.id) == ["leader:ana-maria-ruiz"])
        // A word inside a name is no part a person would type alone.
        #expect(graph.nodes(matching: "Jae").isEmpty)
        // An exact step wins over parts: "Lee" is an alias, not also the start of other names.
        graph.add(Node(id: "leader:lee-hsien-loong", kind: .leader, label: "Lee Hsien Loong"))
        #expect(graph.nodes(matching: "Lee").map(\.id) == ["leader:lee-jae-myung"])
    }

    @Test("node(matching:) returns nil for unknown names and empty text")
    func noMatch() {
        #expect(QueryFixtures.graph.node(matching: "Atlantis") == nil)
        #expect(QueryFixtures.graph.node(matching: "   ") == nil)
    }

    @Test("neighbourhood: nodes within K hops either way, the edges among them")
    func neighbourhood() throws {
        let graph = QueryFixtures.graph
        let zero = graph.neighbourhood(of: "state:CHN", hops: 0)
        #expect(zero.nodes.map(\.id) == ["state:CHN"] && zero.edgeCount == 0)

        let one = graph.neighbourhood(of: "state:CHN", hops: 1)
        #expect(one.nodes.map(\.id) == ["agreement:swap", "state:CHN", "state:KOR"])
        // The KOR–swap edge is among them too, though it does not touch CHN.
        #expect(one.edgeCount == 3)
        try one.validate()

        let two = graph.neighbourhood(of: "state:CHN", hops: 2)
        #expect(two.nodes.map(\.id) == ["agreement:swap", "leader:lee-jae-myung", "state:CHN", "state:KOR"])
        let all = graph.neighbourhood(of: "state:CHN", hops: 10)
        #expect(all.nodeCount == 5)  // not Erdoğan, Türkiye: another component
        #expect(graph.neighbourhood(of: "state:CHN", hops: -1).nodeCount == 1)
        #expect(graph.neighbourhood(of: "state:XXX", hops: 2).nodeCount == 0)

        // The leader's state left out: the field is cleared so the graph still validates.
        let lee = graph.neighbourhood(of: "organization:apec", hops: 1)
        #expect(lee.node("leader:lee-jae-myung")?.state == nil)
        try lee.validate()
    }
}
