import DiploGraph

/// A graph's nodes, edges and state clusters in the order the DOT and the element ids list them,
/// worked out once: `Graph.nodes` and `Graph.edges` sort on every access.
struct SortedGraph {
    /// A state that has leaders, with its leaders: drawn as one cluster with `clusterByState`.
    struct Cluster {
        /// The state node.
        var state: Node
        /// The leaders that serve the state, sorted by identifier.
        var members: [Node]
    }

    /// The graph itself, for looking nodes up.
    let graph: Graph
    /// The nodes, sorted by identifier.
    let nodes: [Node]
    /// The edges, sorted by source, relation and target.
    let edges: [Edge]
    /// The states that have leaders, sorted by identifier, each with its leaders; empty unless
    /// asked for.
    let clusters: [Cluster]

    /// Sorts `graph`, and groups its leaders by state when `withClusters` is set.
    init(_ graph: Graph, withClusters: Bool) {
        self.graph = graph
        nodes = graph.nodes
        edges = graph.edges
        clusters = withClusters ? Self.clusters(of: nodes, in: graph) : []
    }

    /// The states of `graph` that have leaders among `nodes`, sorted, each with its leaders in
    /// the order of `nodes`.
    private static func clusters(of nodes: [Node], in graph: Graph) -> [Cluster] {
        var members: [String: [Node]] = [:]
        for node in nodes where node.kind == .leader {
            if let state = node.state, graph.node(state)?.kind == .state {
                members[state, default: []].append(node)
            }
        }
        return members.keys.sorted().compactMap { id in
            graph.node(id).map { Cluster(state: $0, members: members[id] ?? []) }
        }
    }
}
