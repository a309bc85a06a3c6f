import DiploGraph

/// A small graph in the shape of the user's article: two leaders, two states, an agreement, an
/// organisation, structural, symmetric, conflictual and repeated edges.
extension Fixtures {
    /// The name of the graph's one document.
    public static let document = "000_sample.txt"
    /// The document's headline, which titles drawings of the graph.
    public static let headline = "Seoul asks Beijing to help restart talks"

    /// Evidence for `sentence`, read at byte `start` of `document`.
    public static func evidence(_ sentence: String, at start: Int, in document: String = document) -> Evidence {
        Evidence(document: document, start: start, end: start + sentence.utf8.count, sentence: sentence)
    }

    /// The graph's nodes: three states, two leaders, an agreement and an organisation.
    public static var nodes: [Node] {
        [
            Node(id: "state:KOR", kind: .state, label: "South Korea", code: "KOR",
                 evidence: [evidence("South Korea and China signed seven agreements.", at: 10)]),
            Node(id: "state:CHN", kind: .state, label: "China", code: "CHN"),
            Node(id: "state:PRK", kind: .state, label: "North Korea", code: "PRK"),
            Node(id: "leader:lee-jae-myung", kind: .leader, label: "Lee Jae Myung", state: "state:KOR",
                 title: "President", aliases: ["Lee", "President Lee"],
                 evidence: [evidence("President Lee Jae Myung urged Xi.", at: 100)]),
            Node(id: "leader:xi-jinping", kind: .leader, label: "Xi Jinping", state: "state:CHN", title: "President"),
            Node(id: "agreement:won-yuan-currency-exchange", kind: .agreement, label: "won-yuan currency exchange",
                 topics: ["currency exchange"]),
            Node(id: "organization:apec", kind: .organization, label: "APEC"),
        ]
    }

    /// The graph's edges: leadership, an urging, repeated meetings, a party to an agreement,
    /// a rejection and a visit.
    public static var edges: [Edge] {
        [
            Edge(source: "leader:lee-jae-myung", target: "state:KOR", relation: .leads),
            Edge(source: "leader:xi-jinping", target: "state:CHN", relation: .leads),
            Edge(source: "leader:lee-jae-myung", target: "leader:xi-jinping", relation: .urged,
                 evidence: [evidence("President Lee Jae Myung urged Xi.", at: 100)]),
            Edge(source: "state:KOR", target: "state:CHN", relation: .met,
                 evidence: (0..<5).map { evidence("They met, part \($0).", at: 200 + 40 * $0) }),
            Edge(source: "state:KOR", target: "agreement:won-yuan-currency-exchange", relation: .partyTo),
            Edge(source: "state:PRK", target: "state:KOR", relation: .rejected),
            Edge(source: "state:KOR", target: "organization:apec", relation: .visited),
        ]
    }

    /// The graph, its document titled with ``headline``.
    public static var graph: Graph {
        Graph(nodes: nodes, edges: edges, documents: [document], documentTitles: [document: headline])
    }
}
