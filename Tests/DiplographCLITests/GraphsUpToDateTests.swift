import Foundation
import TestSupport
import Testing

/// `Graphs/` holds the committed outputs for `Samples/`; these tests fail when they are stale.
///
/// The binary runs from the package root on `Samples/<file>`, exactly as
/// `scripts/render-samples.sh` (`make samples`) does, so the evidence names match. DOT and JSON
/// are compared byte for byte; SVG by structure (ids, classes, titles, texts, links), never
/// coordinates, which depend on the installed fonts and Graphviz version. The examples (a
/// clustered graph, a diff) are compared like the SVGs; the HTML report byte for byte outside its
/// inlined diagram, and the diagram by structure. The report's screenshot is only checked to be a
/// PNG.
@Suite("Graphs/ is up to date")
struct GraphsUpToDateTests {
    static let stale = "Graphs/ is stale: run make samples"

    @Test("DOT and JSON match Graphs/ byte for byte", arguments: Fixtures.sampleNames())
    func textOutputs(sample: String) throws {
        let name = (sample as NSString).deletingPathExtension
        for format in ["dot", "json"] {
            let committed = Diplograph.packageRoot.appendingPathComponent("Graphs/\(name).\(format)")
            // A missing file is recorded, and the other format still compared.
            guard let expected = try? Data(contentsOf: committed) else {
                Issue.record("\(Self.stale) (Graphs/\(name).\(format) is missing)")
                continue
            }
            let result = try Diplograph.run(["extract", "Samples/\(sample)", "--format", format])
            try #require(result.status == 0, "Samples/\(sample): \(result.stderr)")
            expectIdentical(result.stdout, expected, "\(Self.stale) (Graphs/\(name).\(format) differs)")
        }
    }

    @Test("SVG matches Graphs/ in structure", arguments: Fixtures.sampleNames())
    func svgOutput(sample: String) throws {
        let name = (sample as NSString).deletingPathExtension
        let committed = Diplograph.packageRoot.appendingPathComponent("Graphs/\(name).svg")
        let expectedData = try #require(try? Data(contentsOf: committed), "\(Self.stale) (Graphs/\(name).svg is missing)")
        let result = try Diplograph.run(["extract", "Samples/\(sample)", "--format", "svg"])
        try #require(result.status == 0, "Samples/\(sample): \(result.stderr)")
        let actual = try SVGStructure(result.stdout)
        let expected = try SVGStructure(expectedData)
        #expect(!actual.groups.isEmpty, "the SVG has no graph, node or edge groups")
        #expect(actual == expected, "\(Self.stale) (Graphs/\(name).svg differs)\n\(actual.difference(from: expected))")
    }

    /// The files in Graphs/ besides each sample's .dot, .json and .svg, and the commands that
    /// make them (run from the package root, as scripts/render-samples.sh does).
    static let examples: [(file: String, arguments: [String])] = [
        ("000_1d76d1aae684a6c5.clustered.svg",
         ["extract", "Samples/000_1d76d1aae684a6c5.txt", "--cluster-by", "state", "--format", "svg"]),
        ("diff-001-vs-004.svg",
         ["diff", "Samples/001_state_visit_mexico_canada.txt", "Samples/004_unnamed_leaders_kenya_france.txt", "--format", "svg"]),
        ("corpus.svg", ["extract", "Samples/corpus", "--format", "svg"]),
    ]

    /// The HTML report of the 30-report corpus, and its screenshot (which is not compared: it is
    /// a picture for people, taken by scripts/browser-test.sh).
    static let report = (html: "report.html", png: "report.png", arguments: ["report", "Samples/corpus"])

    @Test("The clustered and diff examples match Graphs/ in structure", arguments: examples.map(\.file))
    func exampleFiles(file: String) throws {
        let arguments = try #require(Self.examples.first { $0.file == file }?.arguments)
        let expectedData = try #require(try? Data(contentsOf: Diplograph.packageRoot.appendingPathComponent("Graphs/\(file)")), "\(Self.stale) (Graphs/\(file) is missing)")
        let result = try Diplograph.run(arguments)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        let actual = try SVGStructure(result.stdout)
        let expected = try SVGStructure(expectedData)
        #expect(!actual.groups.isEmpty)
        #expect(actual == expected, "\(Self.stale) (Graphs/\(file) differs)\n\(actual.difference(from: expected))")
    }

    @Test("The HTML report matches Graphs/: the page byte for byte, its diagram in structure")
    func htmlReport() throws {
        let expectedData = try #require(try? Data(contentsOf: Diplograph.packageRoot.appendingPathComponent("Graphs/\(Self.report.html)")), "\(Self.stale) (Graphs/\(Self.report.html) is missing)")
        let result = try Diplograph.run(Self.report.arguments)
        try #require(result.status == 0, "stderr: \(result.stderr)")
        let actual = try Self.splitReport(result.stdoutText)
        let expected = try Self.splitReport(String(decoding: expectedData, as: UTF8.self))
        expectIdentical(actual.page, expected.page, "\(Self.stale) (Graphs/\(Self.report.html) differs outside the diagram)")
        let actualSVG = try SVGStructure(Data(actual.svg.utf8))
        let expectedSVG = try SVGStructure(Data(expected.svg.utf8))
        #expect(actualSVG == expectedSVG, "\(Self.stale) (the diagram in Graphs/\(Self.report.html) differs)\n\(actualSVG.difference(from: expectedSVG))")

        let png = try Data(contentsOf: Diplograph.packageRoot.appendingPathComponent("Graphs/\(Self.report.png)"))
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47], "Graphs/\(Self.report.png) is a PNG")
    }

    /// The report's page with its inlined diagram cut out (the diagram's coordinates depend on
    /// the fonts), and the diagram.
    static func splitReport(_ html: String) throws -> (page: String, svg: String) {
        let start = try #require(html.range(of: "<svg"), "the report has no diagram")
        let end = try #require(html.range(of: "</svg>", options: .backwards), "the report's diagram is not closed")
        let page = String(html[..<start.lowerBound]) + "<svg/>" + String(html[end.upperBound...])
        return (page, String(html[start.lowerBound..<end.upperBound]))
    }

    @Test("Graphs/ holds exactly the outputs of Samples/ and the examples")
    func noOrphans() throws {
        let samples = Fixtures.sampleNames()
        #expect(!samples.isEmpty, "Samples/ is empty")
        var expected = Set(samples.flatMap { sample -> [String] in
            let name = (sample as NSString).deletingPathExtension
            return ["dot", "json", "svg"].map { "\(name).\($0)" }
        })
        expected.formUnion(Self.examples.map(\.file))
        expected.formUnion([Self.report.html, Self.report.png])
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
