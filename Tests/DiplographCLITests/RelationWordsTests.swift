import Foundation
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end: drawings and the report's tables say "party to" and "cooperates with"; the data
/// formats keep the vocabulary ids (`party_to`).
@Suite("Relations in words")
struct RelationWordsTests {
    /// Every text an SVG draws (its `<text>` elements).
    static func drawnTexts(_ data: Data) throws -> [String] {
        try XML.read(data) { document in
            try document.nodes(forXPath: "//*[local-name()='text']").map { $0.stringValue ?? "" }
        }
    }

    @Test("No drawn text of a sample's SVG has an underscore", arguments: Fixtures.sampleNames())
    func sampleSVG(_ name: String) throws {
        let result = try InProcess.run(["extract", "Samples/\(name)", "-f", "svg"])
        try #require(result.status == 0, "\(result.stderr)")
        let texts = try Self.drawnTexts(result.stdout)
        #expect(texts.count > 5)
        let offending = texts.filter { $0.contains("_") }
        #expect(offending.isEmpty, "\(offending)")
    }

    @Test("The samples' relations that have two words are drawn with a space")
    func multiWordRelationsDrawn() throws {
        // The five samples, not the corpus: an overview condenses a pair's relations into one label.
        let result = try InProcess.run(["extract"] + Fixtures.sampleNames().map { "Samples/\($0)" } + ["-f", "svg"])
        try #require(result.status == 0, "\(result.stderr)")
        let texts = try Self.drawnTexts(result.stdout)
        #expect(texts.contains("party to"))
        #expect(texts.contains("cooperates with"))
        #expect(texts.allSatisfy { !$0.contains("_") }, "\(texts.filter { $0.contains("_") })")
    }

    @Test("The report's relation table and diagram say 'party to'")
    func report() throws {
        let result = try InProcess.run(["report"] + Fixtures.sampleNames().map { "Samples/\($0)" })
        try #require(result.status == 0, "\(result.stderr)")
        let html = result.stdoutText
        #expect(html.contains(#"<td class="relation">party to</td>"#))
        #expect(html.contains(#"<td class="relation">cooperates with <span class="symmetric""#))
        #expect(!html.contains(#"<td class="relation">party_to"#))
        #expect(html.contains(#"class="relation-party_to""#), "the row's class keeps the id for stylesheets")
        let svgStart = try #require(html.range(of: "<svg"))
        let svgEnd = try #require(html.range(of: "</svg>"))
        let diagramTexts = html[svgStart.lowerBound..<svgEnd.upperBound]
            .components(separatedBy: "<text").dropFirst()
            .compactMap { $0.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first.map(String.init) }
        #expect(diagramTexts.contains("party to"))
        #expect(diagramTexts.allSatisfy { !$0.contains("_") }, "\(diagramTexts.filter { $0.contains("_") })")
    }

    @Test("JSON, CSV and GraphML keep the vocabulary ids")
    func dataFormats() throws {
        let sample = "Samples/002_treaty_portugal_morocco.md"
        let json = try InProcess.run(["extract", sample, "-f", "json"])
        #expect(try GraphJSON(json.stdout).edgeKeys.contains { $0.contains(" party_to ") })
        let csv = try InProcess.run(["extract", sample, "-f", "csv"]).stdoutText
        #expect(csv.contains(",party_to,") && !csv.contains("party to"))
        let graphml = try InProcess.run(["extract", sample, "-f", "graphml"]).stdoutText
        #expect(graphml.contains(#"<data key="relation">party_to</data>"#) && !graphml.contains("party to"))
        let dot = try InProcess.run(["extract", sample, "-f", "dot"]).stdoutText
        #expect(dot.contains(#"class="party_to""#) && dot.contains(#"relation="party_to""#))
        #expect(dot.contains(#"label="party to""#))
    }
}
