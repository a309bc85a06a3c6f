/// A relationship graph: nodes keyed by identifier, edges keyed by (source, relation, target).
///
/// A value type. Adding a node or an edge that is already there merges the two (see
/// `Graph+Merge.swift`), so a graph built from several documents has one node per entity and one
/// edge per relation, with all the evidence.
public struct Graph: Hashable, Sendable {
    /// The nodes by identifier, in no order (`nodes` sorts them; merging needs no order).
    private(set) var nodesByID: [String: Node] = [:]
    /// The edges by key, in no order.
    private(set) var edgesByKey: [Edge.Key: Edge] = [:]
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

    /// Creates an empty graph, or one holding `nodes` and `edges` (merged where they repeat),
    /// read from `documents`, of which those in `documentDates` have a date and those in
    /// `documentTitles` a headline. A dated or titled document missing from `documents` is added
    /// to them.
    public init(nodes: [Node] = [], edges: [Edge] = [], documents: [String] = [], documentDates: [String: Day] = [:],
                documentTitles: [String: String] = [:]) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
        addDocuments(documents)
        addDocumentDates(documentDates)
        addDocumentTitles(documentTitles)
    }

    /// A graph of this graph's documents, with their dates and headlines, and no nodes or edges.
    public var documentsOnly: Graph {
        var result = Graph()
        result.addDocuments(of: self)
        return result
    }

    /// The nodes, sorted by identifier.
    public var nodes: [Node] { nodesByID.values.sorted { $0.id < $1.id } }

    /// The edges, sorted by source, relation and target. (The keys are sorted, then each edge
    /// fetched: building every edge's key for every comparison copied the edge and its strings,
    /// more than ten thousand instructions an edge.)
    public var edges: [Edge] { edgesByKey.keys.sorted().map { edgesByKey[$0]! } }

    /// The number of nodes.
    public var nodeCount: Int { nodesByID.count }

    /// The number of edges.
    public var edgeCount: Int { edgesByKey.count }

    /// Whether the graph has neither nodes nor edges.
    public var isEmpty: Bool { nodesByID.isEmpty && edgesByKey.isEmpty }

    /// The node with identifier `id`, if there is one.
    public func node(_ id: String) -> Node? { nodesByID[id] }

    /// The edge with this key, if there is one.
    public func edge(_ key: Edge.Key) -> Edge? { edgesByKey[key] }

    /// Adds `node`, merging it into the node of the same identifier if there is one.
    public mutating func add(_ node: Node) {
        if let existing = nodesByID[node.id] {
            nodesByID[node.id] = existing.merged(with: node)
        } else {
            nodesByID[node.id] = node
        }
    }

    /// Adds `edge`, merging its evidence into the edge with the same key if there is one.
    public mutating func add(_ edge: Edge) {
        if let existing = edgesByKey[edge.key] {
            edgesByKey[edge.key] = existing.merged(with: edge)
        } else {
            edgesByKey[edge.key] = edge
        }
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
    public mutating func removeNode(_ id: String) {
        nodesByID[id] = nil
        edgesByKey = edgesByKey.filter { $0.key.source != id && $0.key.target != id }
    }

    /// Removes the edge with this key.
    public mutating func removeEdge(_ key: Edge.Key) {
        edgesByKey[key] = nil
    }

    /// Makes room for this many nodes and edges in all, so that building a large graph does not
    /// grow its tables again and again.
    mutating func reserveCapacity(nodes: Int, edges: Int) {
        nodesByID.reserveCapacity(nodes)
        edgesByKey.reserveCapacity(edges)
    }

    /// Replaces the node with the same identifier by `node` (no merging).
    public mutating func replace(_ node: Node) {
        nodesByID[node.id] = node
    }

    /// The edges that touch node `id`, sorted.
    public func edges(touching id: String) -> [Edge] {
        edges.filter { $0.source == id || $0.target == id }
    }
}
