import Foundation

/// The documents the end-to-end tests read.
enum Fixtures {
    /// The user's article, as committed in `Samples/`, by its path relative to the package root.
    static let articlePath = "Samples/000_1d76d1aae684a6c5.txt"

    /// The user's article's bytes.
    static func article() throws -> Data {
        try Data(contentsOf: Diplograph.packageRoot.appendingPathComponent(articlePath))
    }

    /// The file names in `Samples/`, sorted (hidden files skipped).
    static func sampleNames() -> [String] {
        let directory = Diplograph.packageRoot.appendingPathComponent("Samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        // Files only: Samples/corpus/ is a folder of documents read as one corpus.
        return names.filter { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return !name.hasPrefix(".") && exists && !isDirectory.boolValue
        }.sorted()
    }

    /// Every document under Samples/, the corpus's included, as `Samples/…` paths, sorted: what
    /// `extract Samples` reads.
    static func documentPaths() -> [String] {
        let root = Diplograph.packageRoot.appendingPathComponent("Samples")
        let names = (FileManager.default.subpaths(atPath: root.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        return names.sorted().map { "Samples/\($0)" }
    }

    /// A short document that mentions two states, for tests that need a second document.
    static let shortVisit = """
        Japanese Prime Minister Sanae Takaichi visited Australia on Friday and met Prime \
        Minister Anthony Albanese in Canberra. The two countries signed a defence \
        cooperation agreement.

        """
}

/// Reads a graph JSON document loosely (the tests check the CLI, not the model).
struct GraphJSON {
    /// The parsed top-level object.
    var object: [String: Any]

    /// Parses `data`, failing with the JSON error when it is not a JSON object.
    init(_ data: Data) throws {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        self.object = object
    }

    /// The names in `documents` (objects `{"name", "date"}`).
    var documents: [String] {
        (object["documents"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    /// The identifiers of `nodes`.
    var nodeIDs: Set<String> {
        Set((object["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }

    /// `source relation target` of every edge.
    var edgeKeys: Set<String> {
        Set((object["edges"] as? [[String: Any]] ?? []).map {
            "\($0["source"] as? String ?? "?") \($0["relation"] as? String ?? "?") \($0["target"] as? String ?? "?")"
        })
    }

    /// The `document` of every piece of evidence on nodes and edges.
    var evidenceDocuments: Set<String> {
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
