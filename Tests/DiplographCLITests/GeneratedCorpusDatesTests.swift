import Foundation
import TestSupport
import Testing

/// `scripts/generate-corpus.py --dates FROM..TO`: the same documents as without it, each opened
/// by a dateline the extractor reads, with a day of the window.
@Suite("generated corpus with dates")
struct GeneratedCorpusDatesTests {
    /// Runs the generator with `arguments`.
    static func generate(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Diplograph.packageRoot.appendingPathComponent("scripts/generate-corpus.py").path] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "generate-corpus.py \(arguments)")
    }

    @Test("--dates adds a dateline the extractor reads, and changes nothing else",
          .enabled(if: Prerequisite.shouldRun(Prerequisite.hasExecutable("python3")), "python3 is not installed"))
    func dated() throws {
        let scratch = try TemporaryDirectory()
        let plain = scratch.file("plain"), dated = scratch.file("dated")
        try Self.generate(["--out", plain.path, "--count", "8", "--seed", "3"])
        try Self.generate(["--out", dated.path, "--count", "8", "--seed", "3", "--dates", "2026-09-01..2026-09-30"])
        for n in 0..<8 {
            let name = String(format: "%06d.txt", n)
            let before = try String(contentsOf: plain.appendingPathComponent(name), encoding: .utf8)
            let after = try String(contentsOf: dated.appendingPathComponent(name), encoding: .utf8)
            // The dateline is all that was added: "PLACE, D September 2026 (AFP) — ".
            let added = try #require(after.range(of: " 2026 (AFP) — "), "\(name): no dateline")
            let lineStart = try #require(after[..<added.lowerBound].range(of: "\n\n", options: .backwards))
            #expect(String(after[..<lineStart.upperBound]) + String(after[added.upperBound...]) == before, "\(name)")
        }
        let result = try InProcess.run(["extract", dated.path, "-f", "json"])
        try #require(result.status == 0, "\(result.stderr)")
        let documents = try GraphJSON(result.stdout).object["documents"] as? [[String: Any]] ?? []
        let dates = documents.compactMap { $0["date"] as? String }
        #expect(documents.count == 8 && dates.count == 8, "every document dated: \(documents)")
        #expect(dates.allSatisfy { $0 >= "2026-09-01" && $0 <= "2026-09-30" }, "\(dates)")
        #expect(Set(dates).count > 1, "spread over the window: \(dates)")
    }
}
