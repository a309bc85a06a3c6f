import DiploGraph

/// A state that has leaders, with its leaders: drawn as one cluster with
/// ``RenderOptions/clusterByState``.
struct StateCluster {
    /// The state node.
    var state: Node
    /// The leaders that serve the state, sorted by identifier.
    var members: [Node]

    /// The clusters of `graph` when `options` draws them: its states that have leaders, sorted
    /// by identifier, each with its leaders; none unless ``RenderOptions/clusterByState`` is set.
    static func clusters(of graph: Graph, options: RenderOptions) -> [StateCluster] {
        guard options.clusterByState else { return [] }
        var members: [NodeID: [Node]] = [:]
        for node in graph.nodes where node.kind == .leader {
            if let state = node.state, graph.node(state)?.kind == .state {
                members[state, default: []].append(node)
            }
        }
        return members.keys.sorted().compactMap { id in
            graph.node(id).map { StateCluster(state: $0, members: members[id] ?? []) }
        }
    }
}
