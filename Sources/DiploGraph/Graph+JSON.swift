import Foundation

/// The graph JSON interchange contract (see the README): `{"documents", "nodes", "edges"}`,
/// keys sorted, pretty-printed, so the same graph always gives the same bytes.
extension Graph: Codable {
    private enum CodingKeys: String, CodingKey { case documents, nodes, edges }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            nodes: try c.decode([Node].self, forKey: .nodes),
            edges: try c.decodeIfPresent([Edge].self, forKey: .edges) ?? [],
            documents: try c.decodeIfPresent([String].self, forKey: .documents) ?? []
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documents, forKey: .documents)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(edges, forKey: .edges)
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

    /// Reads a graph from JSON, checking the contract.
    ///
    /// - Throws: `GraphContractError` naming the field that breaks the contract.
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
