import Foundation
import Testing

/// `Graphs/` holds the committed outputs for `Samples/`; these tests fail when they are stale.
///
/// The binary runs from the package root on `Samples/<file>`, exactly as
/// `scripts/render-samples.sh` (`make samples`) does, so the evidence names match. DOT and JSON
/// are compared byte for byte; SVG by structure (ids, classes, titles, texts, links), never
/// coordinates, which depend on the installed fonts and Graphviz version.
@Suite("Graphs/ is up to date")
struct GraphsUpToDateTests {
    static let stale = "Graphs/ is stale: run make samples"

    @Test("DOT and JSON match Graphs/ byte for byte", arguments: Fixtures.sampleNames())
    func textOutputs(sample: String) throws {
        let name = (sample as NSString).deletingPathExtension
        for format in ["dot", "json"] {
            let committed = Diplograph.packageRoot.appendingPathComponent("Graphs/\(name).\(format)")
            guard let expected = try? Data(contentsOf: committed) else {
                Issue.record("\(Self.stale) (Graphs/\(name).\(format) is missing)")
                continue
            }
            let result = try Diplograph.run(["extract", "Samples/\(sample)", "--format", format])
            try #require(result.status == 0, "Samples/\(sample): \(result.stderr)")
            #expect(result.stdout == expected, "\(Self.stale) (Graphs/\(name).\(format) differs)")
        }
    }

    @Test("SVG matches Graphs/ in structure", arguments: Fixtures.sampleNames())
    func svgOutput(sample: String) throws {
        let name = (sample as NSString).deletingPathExtension
        let committed = Diplograph.packageRoot.appendingPathComponent("Graphs/\(name).svg")
        guard let expectedData = try? Data(contentsOf: committed) else {
            Issue.record("\(Self.stale) (Graphs/\(name).svg is missing)")
            return
        }
        let result = try Diplograph.run(["extract", "Samples/\(sample)", "--format", "svg"])
        try #require(result.status == 0, "Samples/\(sample): \(result.stderr)")
        let actual = try SVGStructure(result.stdout)
        let expected = try SVGStructure(expectedData)
        #expect(!actual.groups.isEmpty, "the SVG has no graph, node or edge groups")
        #expect(actual == expected, "\(Self.stale) (Graphs/\(name).svg differs)\n\(actual.difference(from: expected))")
    }

    @Test("Graphs/ holds exactly the outputs of Samples/")
    func noOrphans() throws {
        let samples = Fixtures.sampleNames()
        #expect(!samples.isEmpty, "Samples/ is empty")
        let expected = Set(samples.flatMap { sample -> [String] in
            let name = (sample as NSString).deletingPathExtension
            return ["dot", "json", "svg"].map { "\(name).\($0)" }
        })
        let graphs = Diplograph.packageRoot.appendingPathComponent("Graphs")
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: graphs.path).filter { !$0.hasPrefix(".") })
        #expect(expected.subtracting(present).isEmpty, "\(Self.stale) (missing: \(expected.subtracting(present).sorted()))")
        #expect(present.subtracting(expected).isEmpty, "\(Self.stale) (no sample for: \(present.subtracting(expected).sorted()))")
    }

    @Test("The user's article is a sample, byte for byte")
    func userArticleIsASample() throws {
        #expect(Fixtures.sampleNames().contains("000_1d76d1aae684a6c5.txt"))
    }
}
