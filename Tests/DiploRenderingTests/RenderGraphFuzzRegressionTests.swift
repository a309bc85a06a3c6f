import Foundation
import Testing
@testable import DiploRendering

/// The `render-graph` fuzz target's seeds and findings (`Fuzz/README.md`), fed through the same
/// checks as the fuzzer (``RenderGraphFuzzCheck``).
@Suite("Fuzz regressions: style and graph JSON through render")
struct RenderGraphFuzzRegressionTests {
    /// `Fuzz/seeds/render-graph`.
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/seeds/render-graph")

    static var seedNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).sorted()
    }

    @Test("every seed passes the checks", arguments: seedNames)
    func seed(_ name: String) throws {
        let input = Array(try Data(contentsOf: Self.seeds.appendingPathComponent(name)))
        let problems = RenderGraphFuzzCheck.problems(input)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("the seeds hold both kinds of input: drawn, and refused style files")
    func seedsCoverBoth() throws {
        #expect(Self.seedNames.count >= 6)
        var refused = 0
        for name in Self.seedNames {
            let (style, _) = RenderGraphFuzzCheck.split(Array(try Data(contentsOf: Self.seeds.appendingPathComponent(name))))
            if !style.isEmpty, (try? Style.load(json: Data(style))) == nil { refused += 1 }
        }
        #expect(refused == 2)
    }
}
