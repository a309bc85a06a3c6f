import Foundation

/// What the tests read: the package's samples, short documents, and a small graph
/// (`Fixtures+Graph.swift`).
public enum Fixtures {
    /// The package root (holding `Samples/` and `Graphs/`), found from this source file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// The user's article, as committed in `Samples/`, by its path relative to the package root.
    public static let articlePath = "Samples/000_1d76d1aae684a6c5.txt"

    /// The user's article's bytes.
    public static func article() throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent(articlePath))
    }

    /// The file names in `Samples/`, sorted (hidden files skipped).
    public static func sampleNames() -> [String] {
        let directory = packageRoot.appendingPathComponent("Samples")
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
    public static func documentPaths() -> [String] {
        let root = packageRoot.appendingPathComponent("Samples")
        let names = (FileManager.default.subpaths(atPath: root.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        return names.sorted().map { "Samples/\($0)" }
    }

    /// A short document that mentions two states, for tests that need a second document.
    public static let shortVisit = """
        Japanese Prime Minister Sanae Takaichi visited Australia on Friday and met Prime \
        Minister Anthony Albanese in Canberra. The two countries signed a defence \
        cooperation agreement.

        """
}
