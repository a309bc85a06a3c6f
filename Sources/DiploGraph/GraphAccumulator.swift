/// Collects nodes and edges cheaply and builds the `Graph` once: the one place the merge policy
/// lives (`Graph.add`, `Graph.merge` and `Graph(nodes:edges:)` all merge through it).
///
/// The policy: of one entity's labels the longest wins (ties: the smaller in code-point order)
/// and the others become aliases; codes and titles are picked the same way; topics, aliases and
/// evidence are united, the days seen joined, diff markers combined (see ``Change``) and of two
/// previous counts the larger kept; a leader's state is the one most places read support
/// (``Node/stateSupport``). Every choice is a union or a pick by a total order, so the result is
/// the same in any order or grouping of additions.
///
/// Sets are kept while collecting and sorted once in `graph()`: a document that names one state
/// thousands of times, or a corpus merge, would otherwise pay a sort per addition.
///
/// With an evidence limit, each node and edge keeps only its first records (in ``Evidence``'s
/// order) and counts the rest (``Node/count``, ``Edge/count``): memory then grows with the graph,
/// not with the text read. The kept records do not depend on the order of additions either.
public struct GraphAccumulator: Sendable {
    private struct NodeParts: Sendable {
        var kind: NodeKind
        var labels: Set<String> = []
        var codes: Set<StateCode> = []
        /// How many places support each state (see ``Node/stateSupport``).
        var stateSupport: [NodeID: Int] = [:]
        var titles: Set<String> = []
        var topics: Set<String> = []
        var aliases: Set<String> = []
        var evidence: EvidencePool
        var change: Change?

        init(kind: NodeKind, evidenceLimit: Int?) {
            self.kind = kind
            self.evidence = EvidencePool(limit: evidenceLimit)
        }

        mutating func absorb(_ node: Node) {
            change = Change.combined(change, node.change)
            labels.insert(node.label)
            if let code = node.code { codes.insert(code) }
            stateSupport = Node.summed(stateSupport, node.supportedStates)
            if let title = node.title { titles.insert(title) }
            topics.formUnion(node.topics)
            aliases.formUnion(node.aliases)
            evidence.add(node.evidence, count: node.count, seen: node.seen)
        }

        mutating func absorb(_ other: NodeParts) {
            change = Change.combined(change, other.change)
            labels.formUnion(other.labels)
            codes.formUnion(other.codes)
            stateSupport = Node.summed(stateSupport, other.stateSupport)
            titles.formUnion(other.titles)
            topics.formUnion(other.topics)
            aliases.formUnion(other.aliases)
            evidence.add(other.evidence)
        }

        /// The node these parts make up, with identifier `id`.
        func node(id: NodeID) -> Node {
            let label = labels.reduce(labels.first!) { Node.preferred($0, $1) }
            return Node(
                id: id, kind: kind, label: label,
                code: codes.lazy.map(\.rawValue).reduce(nil) { Node.preferredOptional($0, $1) }.map(StateCode.init(rawValue:)),
                state: Node.majorityState(of: stateSupport),
                title: titles.reduce(nil) { Node.preferredOptional($0, $1) },
                topics: Array(topics), aliases: Array(aliases.union(labels)),
                evidence: evidence.sorted(), change: change, count: evidence.count,
                stateSupport: stateSupport, seen: evidence.seen)
        }
    }

    private var nodes: [NodeID: NodeParts] = [:]
    private var edges: [Edge.Key: EvidencePool] = [:]
    /// Diff markers and previous counts of edges that carry them (rare: only diff graphs).
    private var edgeMarkers: [Edge.Key: (change: Change?, previousCount: Int?)] = [:]
    private var documents: Set<String> = []
    /// The earliest date given for each dated document.
    private var documentDates: [String: Day] = [:]
    /// The headline that sorts first of those given for each document.
    private var documentTitles: [String: String] = [:]

    /// At most this many evidence records are kept per node and per edge; `nil` keeps all.
    public let evidenceLimit: Int?

    /// Creates an empty accumulator.
    ///
    /// - Parameter evidenceLimit: How many evidence records to keep per node and per edge (the
    ///   first in ``Evidence``'s order); `nil`, the default, keeps every one.
    public init(evidenceLimit: Int? = nil) {
        self.evidenceLimit = evidenceLimit.map { max(0, $0) }
    }

    /// Adds a node, to be merged with every other node of the same identifier.
    public mutating func add(_ node: Node) {
        // Mutated in place through the dictionary's default subscript: no copy of the sets.
        nodes[node.id, default: NodeParts(kind: node.kind, evidenceLimit: evidenceLimit)].absorb(node)
    }

    /// Adds an edge, to be merged with every other edge of the same key.
    public mutating func add(_ edge: Edge) {
        edges[edge.key, default: EvidencePool(limit: evidenceLimit)].add(edge.evidence, count: edge.count, seen: edge.seen)
        if edge.change != nil || edge.previousCount != nil {
            let old = edgeMarkers[edge.key]
            edgeMarkers[edge.key] = (Change.combined(old?.change, edge.change),
                                     Edge.larger(old?.previousCount, edge.previousCount))
        }
    }

    /// Records a document the graph is read from, dated `date` when it is known (of two dates
    /// for one document the earlier is kept, as in ``Graph/documentDates``) and headed `title`
    /// when it has one (as in ``Graph/documentTitles``).
    public mutating func addDocument(_ document: String, date: Day? = nil, title: String? = nil) {
        documents.insert(document)
        if let date { documentDates.keepEarliest(date, for: document) }
        if let title { documentTitles.keepFirstSorted(title, for: document) }
    }

    /// Records that every node and edge added so far was seen on `day`: what the graph of one
    /// document dated `day` needs before it is added to a corpus (see ``Node/seen``). It is
    /// recorded here, where every record is still counted, so that an evidence limit later
    /// cannot lose it.
    public mutating func markSeen(on day: Day) {
        for index in nodes.values.indices { nodes.values[index].evidence.markSeen(on: day) }
        for index in edges.values.indices { edges.values[index].markSeen(on: day) }
    }

    /// Adds everything in `graph`.
    public mutating func add(_ graph: Graph) {
        // In the dictionaries' order: the result does not depend on it, so nothing is sorted.
        for node in graph.nodes { add(node) }
        for edge in graph.edges { add(edge) }
        for document in graph.documents {
            addDocument(document, date: graph.documentDates[document], title: graph.documentTitles[document])
        }
    }

    /// Adds everything in another accumulator (for example one filled by another worker).
    /// The result is the same as adding the other's nodes and edges here one by one; this
    /// accumulator's evidence limit applies.
    public mutating func add(_ other: GraphAccumulator) {
        for (id, parts) in other.nodes {
            nodes[id, default: NodeParts(kind: parts.kind, evidenceLimit: evidenceLimit)].absorb(parts)
        }
        for (key, evidence) in other.edges {
            edges[key, default: EvidencePool(limit: evidenceLimit)].add(evidence)
        }
        for (key, marker) in other.edgeMarkers {
            let old = edgeMarkers[key]
            edgeMarkers[key] = (Change.combined(old?.change, marker.change), Edge.larger(old?.previousCount, marker.previousCount))
        }
        documents.formUnion(other.documents)
        for (document, date) in other.documentDates { documentDates.keepEarliest(date, for: document) }
        for (document, title) in other.documentTitles { documentTitles.keepFirstSorted(title, for: document) }
    }

    /// The graph of everything added, its nodes and edges sorted once.
    public func graph() -> Graph {
        // The identifiers are sorted, not the nodes: a node is many times larger to move.
        let sortedNodes = nodes.keys.sorted().map { nodes[$0]!.node(id: $0) }
        let sortedEdges = edges.keys.sorted().map(edge(for:))
        return Graph(sortedNodes: sortedNodes, sortedEdges: sortedEdges, documents: documents.sorted(),
                     documentDates: documentDates, documentTitles: documentTitles)
    }

    /// The edge of `key`, of which evidence was added.
    private func edge(for key: Edge.Key) -> Edge {
        let evidence = edges[key]!
        let marker = edgeMarkers[key]
        return Edge(source: key.source, target: key.target, relation: key.relation, evidence: evidence.sorted(),
                    change: marker?.change, previousCount: marker?.previousCount, count: evidence.count,
                    seen: evidence.seen)
    }

    /// Two nodes of one identifier as one, by the accumulator's policy.
    static func merged(_ a: Node, _ b: Node) -> Node {
        var parts = NodeParts(kind: a.kind, evidenceLimit: nil)
        parts.absorb(a)
        parts.absorb(b)
        return parts.node(id: a.id)
    }

    /// Two edges of one key as one, by the accumulator's policy.
    static func merged(_ a: Edge, _ b: Edge) -> Edge {
        var accumulator = GraphAccumulator()
        accumulator.add(a)
        accumulator.add(b)
        return accumulator.edge(for: a.key)
    }
}
