import Foundation
import TestSupport
import Testing

/// `--evidence-limit`, and many documents extracted on every core.
@Suite("Evidence limit and parallel extraction")
struct EvidenceLimitCLITests {
    /// The nodes and edges of a graph JSON by identifier / key, as parsed objects.
    static func elements(_ data: Data) throws -> [String: [String: Any]] {
        let graph = try GraphJSON(data)
        var result: [String: [String: Any]] = [:]
        for node in graph.object["nodes"] as? [[String: Any]] ?? [] { result[node["id"] as? String ?? "?"] = node }
        for edge in graph.object["edges"] as? [[String: Any]] ?? [] {
            result["\(edge["source"] ?? "?") \(edge["relation"] ?? "?") \(edge["target"] ?? "?")"] = edge
        }
        return result
    }

    @Test("--evidence-limit cuts the sentences listed, not the counts")
    func limitKeepsCounts() throws {
        let all = try InProcess.run(["extract", "Samples", "-f", "json", "--evidence-limit", "all"])
        let cut = try InProcess.run(["extract", "Samples", "-f", "json", "--evidence-limit", "1"])
        #expect(all.status == 0 && cut.status == 0, "\(all.stderr) \(cut.stderr)")
        let full = try Self.elements(all.stdout)
        let limited = try Self.elements(cut.stdout)
        #expect(Set(full.keys) == Set(limited.keys))
        var shortened = 0
        for (key, element) in full {
            let evidence = element["evidence"] as? [[String: Any]] ?? []
            let kept = limited[key]?["evidence"] as? [[String: Any]] ?? []
            #expect(kept.count == min(1, evidence.count), "\(key)")
            #expect(kept.first?["start"] as? Int == evidence.first?["start"] as? Int, "\(key): the first is kept")
            let count = limited[key]?["count"] as? Int ?? kept.count
            #expect(count == evidence.count, "\(key): the count stays exact")
            if evidence.count > 1 { shortened += 1 }
        }
        #expect(shortened > 10, "the samples have nodes and edges with several sentences")
    }

    @Test("--evidence-limit takes a positive number or 'all'", arguments: ["0", "-3", "many", ""])
    func badLimit(value: String) throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "--evidence-limit", value])
        #expect(result.status == 64)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("--evidence-limit"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a directory extracted on several cores gives the graph of its documents one by one")
    func parallelEqualsSequential() throws {
        let merged = try InProcess.run(["extract", "Samples", "-f", "json", "--evidence-limit", "all"])
        #expect(merged.status == 0, "\(merged.stderr)")
        // The same documents named one by one in reverse order: merging does not depend on order.
        let names = Fixtures.documentPaths().reversed()
        let oneByOne = try InProcess.run(["extract"] + names + ["-f", "json", "--evidence-limit", "all"])
        expectIdentical(oneByOne.stdout, merged.stdout)
        // And the reduce step over per-document fragments agrees.
        let fragments = try InProcess.run(["extract", "--jsonl", "--evidence-limit", "all", "Samples"])
        let reduced = try InProcess.run(["merge", "-", "-f", "json", "--evidence-limit", "all"], stdin: fragments.stdout)
        expectIdentical(reduced.stdout, merged.stdout)
    }

    @Test("of several unreadable documents the first in order is reported, and nothing is written")
    func firstErrorInOrder() throws {
        let scratch = try TemporaryDirectory()
        for n in 0..<12 { try scratch.write("docs/\(String(format: "%02d", n)).txt", "Norway met Kenya on day \(n).") }
        try scratch.write("docs/05.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        try scratch.write("docs/09.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        let result = try Diplograph.run(["extract", "docs", "-o", "graph.json"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("05.txt"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("graph.json").path))
    }
}
