import DiploGraph

/// What a laid-out diagram draws of a graph: the entities in relations, an overview of a large
/// graph (``RenderOptions/top``), and the drawing budget (``RenderOptions/maxEdges``,
/// ``RenderOptions/maxNodes``).
extension RenderOptions {
    /// The most relations a laid-out diagram draws when no other budget is given (the command
    /// line's `--max-edges`): a diagram this size is already dense, and Graphviz lays it out in
    /// seconds; a whole corpus's graph would take it hours.
    public static let defaultMaxEdges = 500

    /// The most entities a laid-out diagram draws when no other budget is given (the command
    /// line's `--max-nodes`): as many as 500 relations can join. `dot` lays out 1,000 entities
    /// without relations in a fraction of a second, 16,000 in 18 s, and 50,000 in minutes (its
    /// time grows with the square of their number).
    public static let defaultMaxNodes = 1_000

    /// The part of `graph` a laid-out diagram draws (SVG, PNG, PDF and the report's diagram).
    ///
    /// 1. Entities in no relation are not drawn: they are listed in ``Drawing/alsoMentioned``
    ///    (when the graph has no relation at all, its entities are drawn instead).
    /// 2. When more than ``overviewThreshold`` entities take part in relations (or ``top`` is a
    ///    number), the drawing is an overview of the ``top`` best connected (``defaultTop`` by
    ///    default): ranked by the sentences of their interactions, then of all their relations,
    ///    then by identifier, so that a state that meets, signs and protests outranks one that is
    ///    only led. An entity that keeps no relation among those drawn is left out too.
    /// 3. The relations among the entities drawn are taken interactions first (`leads` and
    ///    `party to` after every interaction), heaviest first, ties in key order, while fewer
    ///    than ``maxEdges`` are taken and their ends fit within ``maxNodes``.
    ///
    /// Documents, their dates and headlines are kept; a leader whose state is not drawn loses its `state`
    /// field. Sorting aside, the work is linear in the size of the graph.
    ///
    /// - Parameter graph: The whole graph.
    /// - Returns: What is drawn, and what is left out.
    public func drawing(of graph: Graph) -> Drawing {
        let allEdges = graph.edges
        var interactionWeight: [NodeID: Int] = [:]
        var totalWeight: [NodeID: Int] = [:]
        for edge in allEdges {
            for end in Set([edge.source, edge.target]) where graph.node(end) != nil {
                totalWeight[end, default: 0] += edge.weight
                if edge.relation.isInteraction { interactionWeight[end, default: 0] += edge.weight }
            }
        }
        let (connected, isolated) = graph.nodes.partitioned { totalWeight[$0.id] != nil }
        if allEdges.isEmpty {
            return Drawing(graph: withoutEdges(graph), isOverview: false, connectedEntities: 0, relations: 0, topEntities: 0, alsoMentioned: [])
        }
        let alsoMentioned = isolated.sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }

        let isOverview: Bool
        let limit: Int
        switch top {
        case .automatic:
            isOverview = connected.count > Self.overviewThreshold
            limit = isOverview ? Self.defaultTop : Int.max
        case .all:
            isOverview = connected.count > Self.overviewThreshold
            limit = Int.max
        case .count(let count):
            isOverview = connected.count > Self.overviewThreshold || count < connected.count
            limit = max(0, count)
        }
        let ranked = connected.sorted { a, b in
            let (ia, ib) = (interactionWeight[a.id] ?? 0, interactionWeight[b.id] ?? 0)
            if ia != ib { return ia > ib }
            let (ta, tb) = (totalWeight[a.id] ?? 0, totalWeight[b.id] ?? 0)
            if ta != tb { return ta > tb }
            return a.id < b.id
        }
        let candidates = Set(ranked.prefix(limit).map(\.id))

        let edgeLimit = max(0, maxEdges ?? Int.max)
        let nodeLimit = max(0, maxNodes ?? Int.max)
        var keptIDs = Set<NodeID>()
        var keptEdges: [Edge] = []
        let rankedEdges = allEdges
            .filter { Self.drawable($0, among: candidates, in: graph) }
            .sorted { a, b in
                if a.relation.isInteraction != b.relation.isInteraction { return a.relation.isInteraction }
                return a.weight != b.weight ? a.weight > b.weight : a.key < b.key
            }
        for edge in rankedEdges where keptEdges.count < edgeLimit {
            // Edges may name nodes the graph does not hold; those take no room.
            let newEnds = Set([edge.source, edge.target].filter { !keptIDs.contains($0) && graph.node($0) != nil })
            if keptIDs.count + newEnds.count > nodeLimit { continue }
            keptIDs.formUnion(newEnds)
            keptEdges.append(edge)
        }

        var nodes: [Node] = []
        nodes.reserveCapacity(keptIDs.count)
        for id in keptIDs {
            guard var node = graph.node(id) else { continue }
            if let state = node.state, !keptIDs.contains(state) { node.state = nil; node.stateSupport = [:] }
            nodes.append(node)
        }
        var drawn = graph.documentsOnly
        for node in nodes { drawn.add(node) }
        for edge in keptEdges { drawn.add(edge) }
        return Drawing(graph: drawn, isOverview: isOverview, connectedEntities: connected.count,
                       relations: allEdges.count, topEntities: candidates.count, alsoMentioned: alsoMentioned)
    }

    /// The part of `graph` a laid-out diagram draws: ``drawing(of:)``'s graph.
    ///
    /// - Parameter graph: The whole graph.
    /// - Returns: `graph`, or the part of it that is drawn.
    public func drawn(_ graph: Graph) -> Graph {
        drawing(of: graph).graph
    }

    /// Whether `edge` may be drawn when the entities drawn are among `candidates`: each end is a
    /// candidate, or a name the graph holds no node for (a hand-made graph's).
    private static func drawable(_ edge: Edge, among candidates: Set<NodeID>, in graph: Graph) -> Bool {
        (candidates.contains(edge.source) || graph.node(edge.source) == nil)
            && (candidates.contains(edge.target) || graph.node(edge.target) == nil)
    }

    /// The nodes of a graph without relations, heaviest first while they fit within
    /// ``maxNodes``.
    private func withoutEdges(_ graph: Graph) -> Graph {
        let nodeLimit = max(0, maxNodes ?? Int.max)
        guard graph.nodeCount > nodeLimit else { return graph }
        let kept = graph.nodes.sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }.prefix(nodeLimit)
        var drawn = graph.documentsOnly
        for node in kept { drawn.add(node) }
        return drawn
    }
}

extension Array {
    /// The elements that satisfy `belongs`, and the others, each in their order.
    func partitioned(by belongs: (Element) -> Bool) -> (matching: [Element], others: [Element]) {
        var matching: [Element] = []
        var others: [Element] = []
        for element in self {
            if belongs(element) { matching.append(element) } else { others.append(element) }
        }
        return (matching, others)
    }
}
