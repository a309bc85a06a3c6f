import Foundation
import Testing
import TestSupport

/// What Graphviz warns about while it draws reaches standard error on every path that draws:
/// the drawing comes from a forked child (`CrashContainment`), which sends its warnings back
/// beside the bytes.
@Suite("Graphviz warnings on standard error")
struct GraphvizWarningTests {
    /// Node attributes Graphviz draws with a warning for every node: boxes too small for their
    /// labels ("node '…', graph '…' size too small for label").
    static let tooSmall = ["-N", "fixedsize=true", "-N", "width=0.1"]

    /// The warning lines of `stderr` about a node too small for its label.
    static func tooSmallWarnings(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").filter {
            $0.hasPrefix("diplograph: warning: Graphviz: node '") && $0.hasSuffix("size too small for label")
        }
    }

    @Test("extract to standard output, to an .svg file, render and report each print Graphviz's warnings",
          arguments: ["extract", "extract -o", "render", "report"])
    func everyPathWarns(_ path: String) throws {
        let scratch = try TemporaryDirectory()
        let file = scratch.url.appendingPathComponent(path == "report" ? "out.html" : "out.svg")
        let result: Diplograph.Result
        switch path {
        case "extract":
            result = try InProcess.run(["extract", Fixtures.articlePath, "-f", "svg"] + Self.tooSmall)
        case "extract -o":
            result = try InProcess.run(["extract", Fixtures.articlePath, "-o", file.path] + Self.tooSmall)
        case "render":
            let json = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout
            result = try InProcess.run(["render", "-", "-f", "svg"] + Self.tooSmall, stdin: json)
        default:
            result = try InProcess.run(["report", Fixtures.articlePath, "-o", file.path] + Self.tooSmall)
        }
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let warnings = Self.tooSmallWarnings(result.stderr)
        #expect(!warnings.isEmpty, "no warning about a node too small on standard error: \(result.stderr)")
        // Each node is warned about once, not once per process.
        #expect(Set(warnings).count == warnings.count, "\(warnings)")
        let drawn = path == "extract" || path == "render" ? result.stdout : try Data(contentsOf: file)
        #expect(String(decoding: drawn, as: UTF8.self).contains("<svg"))
    }

    @Test("without the attributes the same drawing gives no warning")
    func noWarningByDefault() throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-f", "svg"])
        #expect(result.status == 0)
        #expect(Self.tooSmallWarnings(result.stderr).isEmpty)
        #expect(!result.stderr.contains("warning: Graphviz"), "\(result.stderr)")
    }
}
