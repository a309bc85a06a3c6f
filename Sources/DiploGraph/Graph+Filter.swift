/// Subgraphs: by node kind and edge weight, and the neighbourhood of one node.
extension Graph {
    /// The subgraph of nodes of some kinds and edges of some weight.
    ///
    /// Every node of the kept kinds stays, including nodes that are left without edges: a filter
    /// says what to show, not what to hide, so `--kinds state` shows every state even if it only
    /// ever had edges to leaders. An edge stays when both its ends stay and its weight is at least
    /// `minWeight`. An edge's weight is its evidence count, and at least 1 (an edge read from a
    /// hand-written graph without evidence counts once), so the default `minWeight` of 1 keeps
    /// every edge. Documents are kept. Leaders whose state is filtered out lose their `state`
    /// field, so that the result still passes ``validate()``.
    ///
    /// - Parameters:
    ///   - kinds: The node kinds to keep; `nil` keeps every kind.
    ///   - minWeight: The smallest weight an edge must have to be kept.
    /// - Returns: The filtered graph.
    public func filtered(kinds: Set<NodeKind>? = nil, minWeight: Int = 1) -> Graph {
        let keptIDs = Set(nodes.lazy.filter { kinds?.contains($0.kind) ?? true }.map(\.id))
        return subgraph(
            nodeIDs: keptIDs,
            edges: edges.filter { keptIDs.contains($0.source) && keptIDs.contains($0.target) && $0.weight >= minWeight })
    }

    /// The nodes within `hops` edges of node `id` (edges followed in either direction), and every
    /// edge among them.
    ///
    /// `hops` 0 gives the node alone; a negative `hops` counts as 0. An `id` the graph does not
    /// have gives a graph with no nodes (the documents are kept). Leaders whose state is left
    /// out lose their `state` field, so that the result still passes ``validate()``.
    ///
    /// - Parameters:
    ///   - id: The identifier of the centre node (see ``node(matching:)`` to find it by name).
    ///   - hops: How many edges away a node may be.
    /// - Returns: The neighbourhood as a graph.
    public func neighbourhood(of id: NodeID, hops: Int) -> Graph {
        guard node(id) != nil else { return subgraph(nodeIDs: [], edges: []) }
        var adjacency: [NodeID: [NodeID]] = [:]
        for edge in edges {
            adjacency[edge.source, default: []].append(edge.target)
            adjacency[edge.target, default: []].append(edge.source)
        }
        var reached: Set<NodeID> = [id]
        var frontier = [id]
        var distance = 0
        while distance < hops && !frontier.isEmpty {
            var next: [NodeID] = []
            for current in frontier {
                for neighbour in adjacency[current] ?? [] where reached.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
            distance += 1
        }
        return subgraph(
            nodeIDs: reached,
            edges: edges.filter { reached.contains($0.source) && reached.contains($0.target) })
    }

    /// The `limit` heaviest edges and the nodes they join: what a diagram of a graph too large to
    /// lay out can still show. Edges are ranked by weight, heaviest first, ties by key, so the
    /// choice does not depend on anything but the graph. A graph with at most `limit` edges is
    /// returned whole, nodes without edges included; a cut graph keeps only nodes that have a
    /// kept edge. Documents are kept; leaders whose state is left out lose their `state` field.
    ///
    /// - Parameter limit: The most edges to keep (0 or less keeps none).
    /// - Returns: The graph, or its heaviest part.
    public func heaviest(edges limit: Int) -> Graph {
        guard edgeCount > limit else { return self }
        let kept = edges
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }
            .prefix(max(0, limit))
        var ids = Set<NodeID>()
        for edge in kept {
            ids.insert(edge.source)
            ids.insert(edge.target)
        }
        return subgraph(nodeIDs: ids, edges: kept.sorted { $0.key < $1.key })
    }

    /// The graph of the nodes `nodeIDs` and `edges` (whose ends must be among them, sorted by
    /// key, so that each is appended), with this
    /// graph's documents, their dates and headlines; leaders' `state` fields that point outside are cleared.
    private func subgraph(nodeIDs: Set<NodeID>, edges: [Edge]) -> Graph {
        var result = documentsOnly
        for id in nodeIDs.sorted() {
            guard var node = node(id) else { continue }
            if let state = node.state, !nodeIDs.contains(state) { node.state = nil; node.stateSupport = [:] }
            result.replace(node)
        }
        for edge in edges { result.add(edge) }
        return result
    }
}

extension Edge {
    /// The weight filters compare: the evidence count, and at least 1.
    public var weight: Int { max(1, count) }
}
