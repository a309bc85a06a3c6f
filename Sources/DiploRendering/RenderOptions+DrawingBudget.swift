import DiploGraph

/// The drawing budget: how much of a graph a laid-out diagram draws (``RenderOptions/maxEdges``,
/// ``RenderOptions/maxNodes``).
extension RenderOptions {
    /// The part of `graph` a laid-out diagram draws.
    ///
    /// A graph within both budgets is drawn whole. Otherwise edges are taken heaviest first
    /// (most sentences; ties in key order), each with the nodes it joins, as long as there are
    /// fewer than ``maxEdges`` and its nodes fit within ``maxNodes`` (an edge whose new ends do
    /// not fit is passed over for lighter ones between nodes already drawn). When no edge was
    /// left out, the nodes without a drawn edge follow, heaviest first (ties in id order), while
    /// they fit; when edges were left out, only the nodes they join are drawn. Documents are
    /// kept; a leader whose state is not drawn loses its `state` field.
    ///
    /// Sorting aside, the work is linear in the size of the graph.
    ///
    /// - Parameter graph: The whole graph.
    /// - Returns: `graph`, or the part of it that is drawn.
    public func drawn(_ graph: Graph) -> Graph {
        let edgeLimit = max(0, maxEdges ?? Int.max)
        let nodeLimit = max(0, maxNodes ?? Int.max)
        if graph.edgeCount <= edgeLimit && graph.nodeCount <= nodeLimit { return graph }

        var keptIDs = Set<String>()
        var keptEdges: [Edge] = []
        let ranked = graph.edges.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }
        for edge in ranked where keptEdges.count < edgeLimit {
            // Edges may name nodes the graph does not hold; those take no room.
            let newEnds = Set([edge.source, edge.target].filter { !keptIDs.contains($0) && graph.node($0) != nil })
            if keptIDs.count + newEnds.count > nodeLimit { continue }
            keptIDs.formUnion(newEnds)
            keptEdges.append(edge)
        }
        if keptEdges.count == graph.edgeCount {
            let rest = graph.nodes.filter { !keptIDs.contains($0.id) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
            for node in rest.prefix(max(0, nodeLimit - keptIDs.count)) {
                keptIDs.insert(node.id)
            }
        }

        var nodes: [Node] = []
        nodes.reserveCapacity(keptIDs.count)
        for id in keptIDs {
            guard var node = graph.node(id) else { continue }
            if let state = node.state, !keptIDs.contains(state) { node.state = nil; node.stateSupport = [:] }
            nodes.append(node)
        }
        return Graph(nodes: nodes, edges: keptEdges, documents: graph.documents)
    }

}
