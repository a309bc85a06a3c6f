import DiploGraph

/// The SVG element ids of a graph's nodes, edges and clusters: XML-safe forms of the node ids
/// (`leader:lee-jae-myung`) and of `source__relation__target`, made unique in one fixed order.
///
/// The one place that decides them: `DOTWriter` writes them into the DOT (Graphviz copies them to
/// the SVG) and `HTMLReport` points its table rows at them.
struct ElementIDs {
    /// The ids a node is known by.
    private struct NodeIDs {
        /// The node's own id.
        var id: NodeID
        /// The node id made XML-safe, before it is made unique: edge ids are built from it.
        var safe: String
        /// The node's element id.
        var element: String

        /// The XML-safe form of `end`, an edge's end that names this node.
        ///
        /// Strings that are equal can differ in their scalars ("é" and "e\u{301}"), and the safe
        /// form depends on the scalars: the node's is reused only for the very same bytes.
        func safeID(of end: NodeID) -> String {
            id.kind == end.kind && id.key.utf8.elementsEqual(end.key.utf8) ? safe : DOTEscaping.xmlID(end.description)
        }
    }

    /// The element ids of an edge and of its two ends.
    struct EdgeIDs {
        /// The edge's element id.
        var edge: String
        /// The element id of the source node.
        var source: String
        /// The element id of the target node.
        var target: String
    }

    private var nodeIDs: [NodeID: NodeIDs]
    private var clusterIDs: [NodeID: String] = [:]
    /// The keys of the edges, sorted, to find an edge's place in ``edgesInOrder``.
    private let edgeKeys: [Edge.Key]
    /// The ids of each edge, in the order of the sorted edges.
    private(set) var edgesInOrder: [EdgeIDs] = []
    /// How many names were tried while making the ids unique (for the tests, which check that
    /// the work grows linearly with the number of elements).
    private(set) var probes = 0

    /// The ids of `graph`'s elements as drawn with `options`.
    init(_ graph: Graph, options: RenderOptions) {
        self.init(graph, clusters: StateCluster.clusters(of: graph, options: options))
    }

    /// The ids of the elements of `graph`, with a cluster for each of `clusters`.
    init(_ graph: Graph, clusters: [StateCluster]) {
        var unique = UniqueNames(capacity: graph.nodes.count + graph.edges.count + clusters.count)
        defer { probes = unique.probes }
        var nodeIDs = [NodeID: NodeIDs](minimumCapacity: graph.nodes.count)
        func add(_ node: Node) {
            let safe = DOTEscaping.xmlID(node.id.description)
            nodeIDs[node.id] = NodeIDs(id: node.id, safe: safe, element: unique.claim(safe))
        }
        for cluster in clusters {
            clusterIDs[cluster.state.id] = unique.claim(DOTEscaping.xmlID("cluster_" + cluster.state.id.description))
            add(cluster.state)
            cluster.members.forEach(add)
        }
        for node in graph.nodes where clusters.isEmpty || nodeIDs[node.id] == nil {
            add(node)
        }
        edgesInOrder.reserveCapacity(graph.edges.count)
        for edge in graph.edges {
            // An edge may name a node the graph does not hold: its id is worked out the same way.
            let source = nodeIDs[edge.source], target = nodeIDs[edge.target]
            let sourceSafe = source?.safeID(of: edge.source) ?? DOTEscaping.xmlID(edge.source.description)
            let targetSafe = target?.safeID(of: edge.target) ?? DOTEscaping.xmlID(edge.target.description)
            edgesInOrder.append(EdgeIDs(
                edge: unique.claim(Self.edgeBase(source: sourceSafe, relation: edge.relation, target: targetSafe)),
                source: source?.element ?? sourceSafe,
                target: target?.element ?? targetSafe))
        }
        self.nodeIDs = nodeIDs
        edgeKeys = graph.edges.map(\.key)
    }

    /// The element id of the cluster of state `stateID` (with `clusterByState`).
    func cluster(_ stateID: NodeID) -> String { clusterIDs[stateID] ?? DOTEscaping.xmlID("cluster_" + stateID.description) }

    /// The element id of node `id`.
    func node(_ id: NodeID) -> String { nodeIDs[id]?.element ?? DOTEscaping.xmlID(id.description) }

    /// The element id of the edge with `key`.
    func edge(_ key: Edge.Key) -> String {
        // The keys are sorted: find the first one not below `key`.
        var low = 0, high = edgeKeys.count
        while low < high {
            let middle = (low + high) / 2
            if edgeKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        if low < edgeKeys.count && edgeKeys[low] == key { return edgesInOrder[low].edge }
        return Self.edgeBase(source: DOTEscaping.xmlID(key.source.description), relation: key.relation, target: DOTEscaping.xmlID(key.target.description))
    }

    /// The element ids of `edge` and its ends.
    func ids(of edge: Edge) -> EdgeIDs {
        EdgeIDs(edge: self.edge(edge.key), source: node(edge.source), target: node(edge.target))
    }

    /// `source__relation__target` from XML-safe node ids, before it is made unique.
    private static func edgeBase(source: String, relation: Relation, target: String) -> String {
        var base = source
        base += "__"
        base += relation.rawValue
        base += "__"
        base += target
        return base
    }
}

/// Names made unique in the order they are claimed: the first claim of a name gets it as it is,
/// later ones get `name-2`, `name-3`, … (skipping any that are taken).
///
/// The next suffix to try is kept per name, so that n claims of one name try about n names in
/// all, not n²/2. A suffixed name can be taken by a claim of its own (`a-2` claimed as itself);
/// each such name is skipped once per base, so the total stays linear.
struct UniqueNames {
    /// Every name handed out.
    private var used: Set<String>
    /// For a name claimed more than once, the next suffix to try.
    private var nextSuffix: [String: Int] = [:]
    /// How many names were tried.
    private(set) var probes = 0

    /// An empty set of names, with room for `capacity`.
    init(capacity: Int) {
        used = Set(minimumCapacity: capacity)
    }

    /// `base`, or `base-n` with the smallest n ≥ 2 not yet taken by this base's earlier claims
    /// or by any other name; the name is taken from then on.
    mutating func claim(_ base: String) -> String {
        probes += 1
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base] ?? 2
        while true {
            probes += 1
            let candidate = "\(base)-\(suffix)"
            suffix += 1
            if used.insert(candidate).inserted {
                nextSuffix[base] = suffix
                return candidate
            }
        }
    }
}
