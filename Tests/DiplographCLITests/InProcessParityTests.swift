import Foundation
import TestSupport
import Testing

/// A command line run in-process (``InProcess``) gives what the binary gives: the same status,
/// the same bytes on standard output and the same standard error. The other suites rely on it.
@Suite("In-process runs match the binary")
struct InProcessParityTests {
    @Test("Status, standard output and standard error are the binary's", arguments: [
        ["extract", Fixtures.articlePath, "-f", "json"],
        ["extract", Fixtures.articlePath, "-f", "svg", "--max-edges", "3"],
        ["extract", Fixtures.articlePath, "--kinds", "leader,people"],
        ["render", "no-such-graph.json"],
        ["merge", "-", "--jsonl"],
        ["--version"],
    ])
    func sameAsBinary(arguments: [String]) throws {
        let stdin = Data("{\"documents\":[],\"edges\":[],\"nodes\":[]}\n".utf8)
        let binary = try Diplograph.run(arguments, stdin: stdin)
        let inProcess = try InProcess.run(arguments, stdin: stdin)
        #expect(inProcess.status == binary.status)
        expectIdentical(inProcess.stdout, binary.stdout, "\(arguments)")
        #expect(inProcess.stderr == binary.stderr)
    }
}
