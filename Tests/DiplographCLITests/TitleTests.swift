import Foundation
import TestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The titles drawings get by default, end to end: each sample's headline, a focus, a diff of
/// two graph files and of two windows of days; the report's page agrees with its diagram.
@Suite("Default titles end to end")
struct TitleTests {
    /// The title line of an SVG drawn by diplograph: the first text of the graph's own label.
    static func svgTitle(_ data: Data) throws -> String? {
        try XML.read(data) { document in
            let texts = try document.nodes(forXPath: "//*[local-name()='g'][@class='graph']/*[local-name()='text']")
            return texts.first?.stringValue
        }
    }

    /// The title of the drawing `arguments` make as SVG.
    static func title(_ arguments: [String], in directory: URL? = nil) throws -> String? {
        let result = try Diplograph.run(arguments + ["--format", "svg"], in: directory)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        return try svgTitle(result.stdout)
    }

    /// How many relations of the diff graph in `json` carry each change marker.
    static func changeCounts(_ json: Data) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for edge in try GraphJSON(json).object["edges"] as? [[String: Any]] ?? [] {
            if let change = edge["change"] as? String { counts[change, default: 0] += 1 }
        }
        return counts
    }

    @Test("every sample's drawing is titled with its headline, not its file name", arguments: Fixtures.sampleNames())
    func sampleTitle(sample: String) throws {
        let json = try InProcess.run(["extract", "Samples/\(sample)", "--format", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        let documents = try #require(GraphJSON(json.stdout).object["documents"] as? [[String: Any]])
        let headline = try #require(documents.first?["title"] as? String, "Samples/\(sample) has no headline")
        let title = try #require(try Self.title(["extract", "Samples/\(sample)"]))
        #expect(headline.hasPrefix(title.hasSuffix("…") ? String(title.dropLast()) : title))
        let base = (sample as NSString).deletingPathExtension
        #expect(!title.contains(base) && !title.contains("_") && !title.contains(".txt"), "\(title)")
        #expect(title.split(separator: " ").count >= 4, "\(title)")
    }

    @Test("a focus: Around X (K hops), with the entity's label; --title still overrides")
    func focus() throws {
        #expect(try Self.title(["extract", Fixtures.articlePath, "--focus", "state:CHN"]) == "Around China (1 hop)")
        #expect(try Self.title(["extract", Fixtures.articlePath, "--focus", "Xi", "--hops", "2"]) == "Around Xi Jinping (2 hops)")
        #expect(try Self.title(["extract", Fixtures.articlePath, "--focus", "China", "--title", "Mine"]) == "Mine")
    }

    @Test("the report's <title> and <h1> say what its diagram's title says")
    func report() throws {
        let result = try InProcess.run(["report", Fixtures.articlePath, "--focus", "state:CHN"])
        try #require(result.status == 0, "\(result.stderr)")
        let html = result.stdoutText
        #expect(html.contains("<title>Around China (1 hop)</title>"))
        #expect(html.contains("<h1>Around China (1 hop)</h1>"))
        #expect(html.contains(">Around China (1 hop)</text>"), "the inlined diagram has the same title")
    }

    @Test("a diff of two graph files: their names and the relations added, removed and changed")
    func diffOfGraphFiles() throws {
        let scratch = try TemporaryDirectory()
        let samples = Diplograph.packageRoot.appendingPathComponent("Samples").path
        for (name, inputs) in [("before", ["001_state_visit_mexico_canada.txt"]),
                               ("after", ["001_state_visit_mexico_canada.txt", "004_unnamed_leaders_kenya_france.txt"])] {
            let run = try InProcess.run(["extract"] + inputs.map { "\(samples)/\($0)" } + ["-o", scratch.file("\(name).json").path])
            try #require(run.status == 0, "\(run.stderr)")
        }
        let arguments = ["diff", "before.json", "after.json"]
        let json = try Diplograph.run(arguments + ["--format", "json"], in: scratch.url)
        try #require(json.status == 0, "\(json.stderr)")
        let counts = try Self.changeCounts(json.stdout)
        #expect((counts["added"] ?? 0) > 0)
        #expect(try Self.title(arguments, in: scratch.url)
                == "before → after: +\(counts["added"] ?? 0) added, \u{2212}\(counts["removed"] ?? 0) removed, ~\(counts["changed"] ?? 0) changed")
    }

    @Test("a diff of two windows of one corpus is titled with the windows")
    func diffOfWindows() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("news/a.md", "---\ndate: 2024-01-10\n---\n\n# Lima talks\n\nChile and Peru signed a fishing agreement in Lima.\n")
        try scratch.write("news/b.md", "---\ndate: 2024-02-12\n---\n\n# Santiago talks\n\nThe president of Peru visited Chile and met the president of Chile in Santiago.\n")
        let arguments = ["diff", "news", "--old-dates", "2024-01-01..2024-01-31", "--new-dates", "2024-02-01.."]
        let json = try Diplograph.run(arguments + ["--format", "json"], in: scratch.url)
        try #require(json.status == 0, "\(json.stderr)")
        let counts = try Self.changeCounts(json.stdout)
        #expect(counts.values.reduce(0, +) > 0)
        #expect(try Self.title(arguments, in: scratch.url)
                == "1 – 31 Jan 2024 → from 1 Feb 2024: +\(counts["added"] ?? 0) added, \u{2212}\(counts["removed"] ?? 0) removed, ~\(counts["changed"] ?? 0) changed")
    }

    @Test("a diff of two documents is titled with their headlines, cut at a word")
    func diffOfDocuments() throws {
        let title = try #require(try Self.title(GraphsUpToDateTests.examples[1].arguments.filter { $0 != "--format" && $0 != "svg" }))
        #expect(title.hasPrefix("Sheinbaum visits Ottawa as Mexico and… → Kenya and France agree to expand…: +"), "\(title)")
    }
}
