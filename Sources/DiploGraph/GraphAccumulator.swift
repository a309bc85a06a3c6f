/// Collects nodes and edges cheaply and builds the `Graph` once.
///
/// `Graph.add` keeps every node's evidence sorted, which costs a sort per addition; a document
/// that names one state thousands of times, or a corpus merge, would pay that again and again.
/// The accumulator keeps sets instead and sorts once in `graph()`. The result is the same graph
/// `Graph.add` would give, in any order of additions.
///
/// With an evidence limit, each node and edge keeps only its first records (in ``Evidence``'s
/// order) and counts the rest (``Node/count``, ``Edge/count``): memory then grows with the graph,
/// not with the text read. The kept records do not depend on the order of additions either.
public struct GraphAccumulator: Sendable {
    private struct NodeParts: Sendable {
        var kind: NodeKind
        var labels: Set<String> = []
        var codes: Set<String> = []
        /// How many places support each state (see ``Node/stateSupport``).
        var stateSupport: [String: Int] = [:]
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
    }

    private var nodes: [String: NodeParts] = [:]
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
        for node in graph.nodesByID.values { add(node) }
        for edge in graph.edgesByKey.values { add(edge) }
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

    /// The graph of everything added.
    public func graph() -> Graph {
        var result = Graph()
        result.reserveCapacity(nodes: nodes.count, edges: edges.count)
        for (id, parts) in nodes {
            // The same choices as `Node.merged`: the preferred of all labels, the others aliases.
            let label = parts.labels.reduce(parts.labels.first!) { Node.preferred($0, $1) }
            result.replace(Node(
                id: id, kind: parts.kind, label: label,
                code: parts.codes.reduce(nil) { Node.preferredOptional($0, $1) },
                state: Node.majorityState(of: parts.stateSupport),
                title: parts.titles.reduce(nil) { Node.preferredOptional($0, $1) },
                topics: Array(parts.topics), aliases: Array(parts.aliases.union(parts.labels)),
                evidence: parts.evidence.sorted(), change: parts.change, count: parts.evidence.count,
                stateSupport: parts.stateSupport, seen: parts.evidence.seen))
        }
        for (key, evidence) in edges {
            let marker = edgeMarkers[key]
            result.add(Edge(source: key.source, target: key.target, relation: key.relation, evidence: evidence.sorted(),
                            change: marker?.change, previousCount: marker?.previousCount, count: evidence.count,
                            seen: evidence.seen))
        }
        result.addDocuments(documents)
        result.addDocumentDates(documentDates)
        result.addDocumentTitles(documentTitles)
        return result
    }
}
