import DiploGraph

/// The SVG element ids of a graph's nodes, edges and clusters: XML-safe forms of the node ids
/// (`leader:lee-jae-myung`) and of `source__relation__target`, made unique in one fixed order.
///
/// The one place that decides them: `DOTWriter` writes them into the DOT (Graphviz copies them to
/// the SVG) and `HTMLReport` points its table rows at them.
struct ElementIDs {
    private var nodeIDs: [String: String] = [:]
    private var edgeIDs: [Edge.Key: String] = [:]
    private var clusterIDs: [String: String] = [:]

    init(_ graph: Graph, options: RenderOptions) {
        var used: Set<String> = []
        func unique(_ base: String) -> String {
            var candidate = base
            var n = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)-\(n)"
                n += 1
            }
            return candidate
        }
        if options.clusterByState {
            for (state, members) in DOTWriter.clusters(of: graph) {
                clusterIDs[state.id] = unique(DOTEscaping.xmlID("cluster_" + state.id))
                for node in [state] + members {
                    nodeIDs[node.id] = unique(DOTEscaping.xmlID(node.id))
                }
            }
        }
        for node in graph.nodes where nodeIDs[node.id] == nil {
            nodeIDs[node.id] = unique(DOTEscaping.xmlID(node.id))
        }
        for edge in graph.edges {
            edgeIDs[edge.key] = unique(
                DOTEscaping.xmlID(edge.source) + "__" + edge.relation.rawValue + "__" + DOTEscaping.xmlID(edge.target))
        }
    }

    /// The element id of the cluster of state `stateID` (with `clusterByState`).
    func cluster(_ stateID: String) -> String { clusterIDs[stateID] ?? DOTEscaping.xmlID("cluster_" + stateID) }

    /// The element id of node `id`.
    func node(_ id: String) -> String { nodeIDs[id] ?? DOTEscaping.xmlID(id) }

    /// The element id of the edge with `key`.
    func edge(_ key: Edge.Key) -> String {
        edgeIDs[key] ?? DOTEscaping.xmlID(key.source) + "__" + key.relation.rawValue + "__" + DOTEscaping.xmlID(key.target)
    }
}
