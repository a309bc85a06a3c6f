import DiploGraph

/// The part of a graph a laid-out diagram draws, and what it leaves out
/// (``RenderOptions/drawing(of:)``).
///
/// A diagram draws the entities that take part in a relation; the others are named in a caption
/// ("also mentioned: …"). When many entities have relations, it is an *overview*: the best
/// connected ones (``RenderOptions/top``) and the relations among them, each pair's relations
/// drawn as one edge labelled with what it sums ("met 3 · urged 2"), laid out by a
/// force-directed engine, with a note of what was left out.
public struct Drawing: Sendable {
    /// The nodes and edges drawn.
    public var graph: Graph
    /// Whether the drawing is an overview: parallel relations of a pair condensed into one edge,
    /// `sfdp` unless an engine is given, and a note of what was left out.
    public var isOverview: Bool
    /// How many entities of the whole graph take part in a relation.
    public var connectedEntities: Int
    /// How many relations the whole graph has.
    public var relations: Int
    /// How many entities in relations the overview's limit (``RenderOptions/top``) let through
    /// to the drawing budget: ``connectedEntities`` when it left none out.
    public var topEntities: Int
    /// The entities of the whole graph that take part in no relation, and so are not drawn,
    /// the most mentioned first (ties by identifier). Empty when the graph has no relation at
    /// all: then its entities are drawn, as there is nothing else to show.
    public var alsoMentioned: [Node]

    /// How many entities with a relation the diagram leaves out.
    public var leftOutEntities: Int { max(0, connectedEntities - graph.nodeCount) }

    /// How many relations the diagram leaves out.
    public var leftOutRelations: Int { max(0, relations - graph.edgeCount) }

    /// A drawing of all of `graph`.
    public init(whole graph: Graph) {
        self.init(graph: graph, isOverview: false, connectedEntities: graph.nodeCount, relations: graph.edgeCount,
                  topEntities: graph.nodeCount, alsoMentioned: [])
    }

    /// A drawing of `graph`, part of a whole graph in which `connectedEntities` entities take
    /// part in `relations` relations and `alsoMentioned` in none, and of which the overview's
    /// limit let `topEntities` through.
    public init(graph: Graph, isOverview: Bool, connectedEntities: Int, relations: Int, topEntities: Int, alsoMentioned: [Node]) {
        self.graph = graph
        self.isOverview = isOverview
        self.connectedEntities = connectedEntities
        self.relations = relations
        self.topEntities = topEntities
        self.alsoMentioned = alsoMentioned
        if isOverview {
            for group in edgeGroups(graph.edges) where group.count > 1 {
                let representative = Self.representative(of: group).key
                for edge in group { representatives[edge.key] = representative }
            }
        }
    }

    /// The drawn edges grouped by the pair of entities they join, each group in the order of
    /// `edges` (sorted by key, as drawn): in an overview one group per pair, which is drawn as
    /// one edge; otherwise one group per edge. Groups come in the order of their first edge.
    func edgeGroups(_ edges: [Edge]) -> [[Edge]] {
        guard isOverview else { return edges.map { [$0] } }
        var groups: [[Edge]] = []
        var groupOfPair: [Pair: Int] = [:]
        for edge in edges {
            let pair = Pair(edge.source, edge.target)
            if let index = groupOfPair[pair] {
                groups[index].append(edge)
            } else {
                groupOfPair[pair] = groups.count
                groups.append([edge])
            }
        }
        return groups
    }

    /// The edge drawn for the relation `key`: in an overview, the representative of its pair's
    /// relations (``representative(of:)``), which lends the drawn edge its element id. `nil`
    /// when the relation is not drawn.
    func drawnKey(of key: Edge.Key) -> Edge.Key? {
        guard graph.edge(key) != nil else { return nil }
        return representatives[key] ?? key
    }

    /// In an overview, the key of the representative of each drawn relation whose pair has
    /// several; empty otherwise.
    private var representatives: [Edge.Key: Edge.Key] = [:]

    /// The relation that stands for a group of one pair's relations: the heaviest, interactions
    /// before `leads` and `party to`, ties in key order.
    static func representative(of group: [Edge]) -> Edge {
        group.min { ($0.relation.isInteraction ? 0 : 1, -$0.weight, $0.key) < ($1.relation.isInteraction ? 0 : 1, -$1.weight, $1.key) }!
    }

    /// An unordered pair of node identifiers.
    struct Pair: Hashable {
        let first: NodeID
        let second: NodeID

        init(_ a: NodeID, _ b: NodeID) {
            (first, second) = a <= b ? (a, b) : (b, a)
        }
    }
}
