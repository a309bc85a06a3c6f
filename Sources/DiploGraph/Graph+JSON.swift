import Foundation

/// The graph JSON interchange contract (see the README): `{"documents", "nodes", "edges"}`,
/// keys sorted, pretty-printed, so the same graph always gives the same bytes.
///
/// Reading is `Decodable`; writing is ``GraphJSONWriter``'s alone, several times faster than
/// `JSONEncoder` (the tests keep an `Encodable` of the contract as its oracle).
extension Graph: Decodable {
    private enum CodingKeys: String, CodingKey { case documents, nodes, edges }

    /// Reads a graph from the graph JSON. A `documents` entry is an object
    /// `{"name": …, "date": "YYYY-MM-DD", "title": …}` (`date` and `title` optional) or, as
    /// older graphs have it, the name alone as a string.
    ///
    /// - Throws: `DecodingError` at the field at fault; two nodes with one `id` are refused at
    ///   the second (`nodes[3].id: duplicate id 'state:KOR'`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let entries = try c.decodeIfPresent([DocumentEntry].self, forKey: .documents) ?? []
        var dates: [String: Day] = [:]
        var titles: [String: String] = [:]
        for entry in entries {
            if let date = entry.date { dates.keepEarliest(date, for: entry.name) }
            if let title = entry.title { titles.keepFirstSorted(title, for: entry.name) }
        }
        // Identifiers are read as text first: one without a kind is then reported as the
        // contract's checks report it (`nodes[2].id: "x" must start with "leader:"`).
        let nodeRecords = try Self.decodeNodes(c.nestedUnkeyedContainer(forKey: .nodes))
        let edgeRecords = try c.decodeIfPresent([EdgeRecord].self, forKey: .edges) ?? []
        let nodes = nodeRecords.compactMap(Node.init)
        let edges = edgeRecords.compactMap(Edge.init)
        guard nodes.count == nodeRecords.count, edges.count == edgeRecords.count else {
            throw Self.contractError(nodes: nodeRecords, edges: edgeRecords)
        }
        // A graph written before `first_seen` existed has its nodes' and edges' days from the
        // kept evidence; in a newer one these add nothing to the days written.
        self.init(
            nodes: nodes.map { $0.seenAlso(in: dates) },
            edges: edges.map { $0.seenAlso(in: dates) },
            documents: entries.map(\.name),
            documentDates: dates,
            documentTitles: titles
        )
    }

    /// The records of the `nodes` array, each identifier once.
    private static func decodeNodes(_ list: UnkeyedDecodingContainer) throws -> [NodeRecord] {
        var list = list
        var nodes: [NodeRecord] = []
        var ids = Set<String>()
        while !list.isAtEnd {
            let index = list.currentIndex
            let node = try list.decode(NodeRecord.self)
            guard ids.insert(node.id).inserted else {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: list.codingPath + [ArrayIndex(index), NodeRecord.idKey], debugDescription: "duplicate id '\(node.id)'"))
            }
            nodes.append(node)
        }
        return nodes
    }

    /// The graph as deterministic JSON text (sorted keys, two-space indentation, final newline):
    /// what `JSONEncoder` writes with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`.
    public func jsonData() throws -> Data {
        var bytes = GraphJSONWriter.bytes(of: self, pretty: true)
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// The graph as one line of compact JSON (sorted keys, no final newline): what `JSONEncoder`
    /// writes with `.sortedKeys, .withoutEscapingSlashes`. The fragment format of map steps.
    public func compactJSON() -> [UInt8] {
        GraphJSONWriter.bytes(of: self, pretty: false)
    }

    /// Reads a graph from JSON, checking the contract: the fields and their types, one node per
    /// `id`, counts that are whole numbers of at least 1 (`previous_count` at least 0), evidence
    /// offsets that are whole numbers with `0 <= start <= end`, and ``validate()``'s invariants.
    ///
    /// - Throws: `GraphContractError` naming the field that breaks the contract, such as
    ///   `nodes[3].id: duplicate id 'state:KOR'` or `edges[0].count: 1.5 is not a whole number`.
    public static func fromJSON(_ data: Data) throws -> Graph {
        let graph: Graph
        do {
            graph = try JSONDecoder().decode(Graph.self, from: data)
        } catch let error as DecodingError {
            throw GraphContractError(decoding: error)
        }
        try graph.validate()
        return graph
    }
}

/// An element's position in a JSON array, as a coding key (for errors that name it).
private struct ArrayIndex: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
