/// A relationship graph: nodes keyed by identifier, edges keyed by (source, relation, target).
///
/// A value type. Nodes and edges are stored sorted (nodes by identifier, edges by key), with an
/// index from identifier and key to position, so ``nodes`` and ``edges`` cost nothing to read
/// and ``node(_:)`` and ``edge(_:)`` are one hash lookup. Merging follows one policy, that of
/// ``GraphAccumulator``: a graph built from several documents has one node per entity and one
/// edge per relation, with all the evidence. Build large graphs with the accumulator (one sort
/// at the end); `add` inserts into the sorted lists, cheap only in sorted order.
public struct Graph: Hashable, Sendable {
    /// The nodes, sorted by identifier.
    public private(set) var nodes: [Node] = []
    /// The edges, sorted by source, relation and target.
    public private(set) var edges: [Edge] = []
    /// The position of each node in ``nodes``, by identifier.
    private var nodeIndex: [NodeID: Int] = [:]
    /// The position of each edge in ``edges``, by key.
    private var edgeIndex: [Edge.Key: Int] = [:]
    /// The names of the documents the graph was read from, sorted.
    public private(set) var documents: [String] = []
    /// The dates of those of ``documents`` whose date is known, by document name (a document
    /// without a date has no entry). A document's date is the day it was published, as it says
    /// itself or as the caller set it; it tells which office a person held when it was written.
    ///
    /// When two graphs (or two records) give one document different dates, the earlier day
    /// is kept, so that merging in any order gives the same graph.
    public private(set) var documentDates: [String: Day] = [:]
    /// The headlines of those of ``documents`` that have one, by document name (a document
    /// without a headline has no entry): what the document calls itself, such as its HTML
    /// `<title>` or its first line, which titles a drawing of it.
    ///
    /// When two graphs (or two records) give one document different headlines, the one that
    /// sorts first is kept, so that merging in any order gives the same graph.
    public private(set) var documentTitles: [String: String] = [:]

    /// Creates an empty graph, or one holding `nodes` and `edges` (merged where they repeat, as
    /// ``GraphAccumulator`` merges), read from `documents`, of which those in `documentDates`
    /// have a date and those in `documentTitles` a headline. A dated or titled document missing
    /// from `documents` is added to them.
    public init(nodes: [Node] = [], edges: [Edge] = [], documents: [String] = [], documentDates: [String: Day] = [:],
                documentTitles: [String: String] = [:]) {
        guard !(nodes.isEmpty && edges.isEmpty) else {
            addDocuments(documents)
            addDocumentDates(documentDates)
            addDocumentTitles(documentTitles)
            return
        }
        // Nothing repeats (a graph read from JSON, whose node ids are unique): nothing to merge.
        let sortedNodes = nodes.sorted { $0.id < $1.id }
        let keyedEdges = edges.map { ($0.key, $0) }.sorted { $0.0 < $1.0 }
        if zip(sortedNodes, sortedNodes.dropFirst()).allSatisfy({ $0.id != $1.id }),
           zip(keyedEdges, keyedEdges.dropFirst()).allSatisfy({ $0.0 != $1.0 }) {
            var allDocuments = Set(documents)
            allDocuments.formUnion(documentDates.keys)
            allDocuments.formUnion(documentTitles.keys)
            self = Graph(sortedNodes: sortedNodes, sortedEdges: keyedEdges.map(\.1), documents: allDocuments.sorted(),
                      documentDates: documentDates, documentTitles: documentTitles)
            return
        }
        var accumulator = GraphAccumulator()
        for node in nodes { accumulator.add(node) }
        for edge in edges { accumulator.add(edge) }
        for document in documents { accumulator.addDocument(document) }
        for (document, date) in documentDates { accumulator.addDocument(document, date: date) }
        for (document, title) in documentTitles { accumulator.addDocument(document, title: title) }
        self = accumulator.graph()
    }

    /// A graph of nodes sorted by identifier and edges sorted by key, each once (what
    /// ``GraphAccumulator/graph()`` builds), and of sorted `documents`.
    init(sortedNodes: [Node], sortedEdges: [Edge], documents: [String], documentDates: [String: Day],
         documentTitles: [String: String]) {
        nodes = sortedNodes
        edges = sortedEdges
        reindex()
        self.documents = documents
        self.documentDates = documentDates
        self.documentTitles = documentTitles
    }

    /// A graph of this graph's documents, with their dates and headlines, and no nodes or edges.
    public var documentsOnly: Graph {
        var result = Graph()
        result.addDocuments(of: self)
        return result
    }

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }

    /// The number of edges.
    public var edgeCount: Int { edges.count }

    /// Whether the graph has neither nodes nor edges.
    public var isEmpty: Bool { nodes.isEmpty && edges.isEmpty }

    /// The node with identifier `id`, if there is one.
    public func node(_ id: NodeID) -> Node? { nodeIndex[id].map { nodes[$0] } }

    /// The edge with this key, if there is one.
    public func edge(_ key: Edge.Key) -> Edge? { edgeIndex[key].map { edges[$0] } }

    /// Adds `node`, merging it into the node of the same identifier if there is one (as
    /// ``GraphAccumulator`` merges). A new node is inserted in order: cheap when nodes come
    /// sorted, a shift of the later ones otherwise.
    public mutating func add(_ node: Node) {
        if let index = nodeIndex[node.id] {
            nodes[index] = GraphAccumulator.merged(nodes[index], node)
        } else {
            insert(node)
        }
    }

    /// Adds `edge`, merging its evidence into the edge with the same key if there is one (as
    /// ``GraphAccumulator`` merges).
    public mutating func add(_ edge: Edge) {
        let key = edge.key
        if let index = edgeIndex[key] {
            edges[index] = GraphAccumulator.merged(edges[index], edge)
            return
        }
        let position = edges.partitioningIndex { key < $0.key }
        edges.insert(edge, at: position)
        for index in position..<edges.count { edgeIndex[edges[index].key] = index }
    }

    /// Inserts `node`, whose identifier is not in the graph yet, at its place in ``nodes``.
    private mutating func insert(_ node: Node) {
        let position = nodes.partitioningIndex { node.id < $0.id }
        nodes.insert(node, at: position)
        for index in position..<nodes.count { nodeIndex[nodes[index].id] = index }
    }

    /// Records that the graph was read (in part) from `document`, dated `date` when it is known
    /// (of two dates for one document the earlier is kept) and headed `title` when it has one
    /// (of two, the one that sorts first).
    public mutating func addDocument(_ document: String, date: Day? = nil, title: String? = nil) {
        if let date { documentDates.keepEarliest(date, for: document) }
        if let title { documentTitles.keepFirstSorted(title, for: document) }
        guard !documents.contains(document) else { return }
        documents.append(document)
        documents.sort()
    }

    /// Records the dates of several documents (see ``documentDates``); documents not yet among
    /// ``documents`` are added to them.
    public mutating func addDocumentDates(_ dates: [String: Day]) {
        guard !dates.isEmpty else { return }
        for (document, date) in dates { documentDates.keepEarliest(date, for: document) }
        addDocuments(dates.keys)
    }

    /// Records the headlines of several documents (see ``documentTitles``); documents not yet
    /// among ``documents`` are added to them.
    public mutating func addDocumentTitles(_ titles: [String: String]) {
        guard !titles.isEmpty else { return }
        for (document, title) in titles { documentTitles.keepFirstSorted(title, for: document) }
        addDocuments(titles.keys)
    }

    /// Records the documents of `other`, with their dates and headlines.
    public mutating func addDocuments(of other: Graph) {
        addDocuments(other.documents)
        addDocumentDates(other.documentDates)
        addDocumentTitles(other.documentTitles)
    }

    /// Records several documents at once: one sort, however many there are (adding 100,000
    /// documents one by one would sort 100,000 times).
    public mutating func addDocuments<S: Sequence>(_ newDocuments: S) where S.Element == String {
        var all = Set(documents)
        all.formUnion(newDocuments)
        guard all.count != documents.count else { return }
        documents = all.sorted()
    }

    /// Removes the node `id` and every edge that touches it.
    public mutating func removeNode(_ id: NodeID) {
        guard nodeIndex[id] != nil else { return }
        nodes.removeAll { $0.id == id }
        edges.removeAll { $0.source == id || $0.target == id }
        reindex()
    }

    /// Builds the indexes from ``nodes`` and ``edges`` anew.
    private mutating func reindex() {
        nodeIndex = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        edgeIndex = Dictionary(uniqueKeysWithValues: edges.enumerated().map { ($1.key, $0) })
    }

    /// Removes the edge with this key.
    public mutating func removeEdge(_ key: Edge.Key) {
        guard let position = edgeIndex.removeValue(forKey: key) else { return }
        edges.remove(at: position)
        for index in position..<edges.count { edgeIndex[edges[index].key] = index }
    }

    /// Replaces the node with the same identifier by `node` (no merging), or inserts it.
    public mutating func replace(_ node: Node) {
        if let index = nodeIndex[node.id] {
            nodes[index] = node
        } else {
            insert(node)
        }
    }

    /// The edges that touch node `id`, sorted.
    public func edges(touching id: NodeID) -> [Edge] {
        edges.filter { $0.source == id || $0.target == id }
    }

    /// Graphs are equal when their nodes, edges and documents are (the indexes follow from them).
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.documents == rhs.documents
            && lhs.documentDates == rhs.documentDates && lhs.documentTitles == rhs.documentTitles
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodes)
        hasher.combine(edges)
        hasher.combine(documents)
        hasher.combine(documentDates)
        hasher.combine(documentTitles)
    }
}

extension Array {
    /// The first index whose element satisfies `belongs`, which must hold for a suffix of the
    /// array (binary search); `endIndex` when none does.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
