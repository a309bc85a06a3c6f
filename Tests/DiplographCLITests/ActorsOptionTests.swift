import Foundation
import TestSupport
import Testing

/// `--actors FILE` adds people to the knowledge of who is who, in the format the README shows.
@Suite("--actors")
struct ActorsOptionTests {
    /// The example of the README's "Who is who" section, as written there.
    static func readmeExample() throws -> String {
        let readme = try String(contentsOf: Diplograph.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("# name<TAB>") })
        let end = try #require(lines[start...].firstIndex { $0.hasPrefix("```") })
        return lines[start..<end].joined(separator: "\n") + "\n"
    }

    @Test("the README's example adds people, dated")
    func readmeExampleWorks() throws {
        let scratch = try TemporaryDirectory()
        let actors = scratch.file("actors.tsv")
        try Data(Self.readmeExample().utf8).write(to: actors)
        let article = scratch.file("talks.txt")
        try Data("Talks\n\nTomás Vidal met Peruvian officials in Lima. Ana María Ruiz welcomed him.\n".utf8).write(to: article)

        let in2020 = try InProcess.run(["extract", article.path, "-f", "json", "--actors", actors.path, "--date", "2020-01-01"])
        #expect(in2020.status == 0, "\(in2020.stderr)")
        let graph2020 = try GraphJSON(in2020.stdout)
        #expect(graph2020.edgeKeys.contains("leader:tomas-vidal leads state:CHL"), "\(graph2020.edgeKeys)")
        #expect(!graph2020.nodeIDs.contains("leader:ana-ruiz"), "not in office before 2024")

        let in2025 = try GraphJSON(InProcess.run(["extract", article.path, "-f", "json", "--actors", actors.path, "--date", "2025-01-01"]).stdout)
        #expect(in2025.edgeKeys.contains("leader:ana-ruiz leads state:PER"), "\(in2025.edgeKeys)")
        #expect(!in2025.nodeIDs.contains("leader:tomas-vidal"), "out of office by 2025")
    }

    @Test("a malformed line or a missing file is one error line, exit 1, nothing written")
    func badFiles() throws {
        let scratch = try TemporaryDirectory()
        let actors = scratch.file("actors.tsv")
        try Data("# people\nAna Ruiz\tRuiz\tPER:boss:2024-07-28:\n".utf8).write(to: actors)
        let output = scratch.file("out.json")
        let bad = try InProcess.run(["extract", Fixtures.articlePath, "--actors", actors.path, "-o", output.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        #expect(bad.stderr.contains("actors.tsv:2:") && bad.stderr.contains("boss"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let missing = try InProcess.run(["extract", Fixtures.articlePath, "--actors", scratch.file("none.tsv").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.tsv"), "\(missing.stderr)")
    }
}
