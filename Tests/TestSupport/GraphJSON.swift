import Foundation

/// Reads a graph JSON document loosely (the tests check the CLI, not the model).
public struct GraphJSON {
    /// The parsed top-level object.
    public var object: [String: Any]

    /// Parses `data`, failing with the JSON error when it is not a JSON object.
    public init(_ data: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.object = object
    }

    /// The names in `documents` (objects `{"name", "date"}`).
    public var documents: [String] {
        (object["documents"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    /// The identifiers of `nodes`.
    public var nodeIDs: Set<String> {
        Set((object["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    /// `source relation target` of every edge.
    public var edgeKeys: Set<String> {
        Set((object["edges"] as? [[String: Any]] ?? []).map {
            "\($0["source"] as? String ?? "?") \($0["relation"] as? String ?? "?") \($0["target"] as? String ?? "?")"
        })
    }

    /// The `document` of every piece of evidence on nodes and edges.
    public var evidenceDocuments: Set<String> {
        var names: Set<String> = []
        for key in ["nodes", "edges"] {
            for item in object[key] as? [[String: Any]] ?? [] {
                for evidence in item["evidence"] as? [[String: Any]] ?? [] {
                    if let document = evidence["document"] as? String { names.insert(document) }
                }
            }
        }
        return names
    }
}
