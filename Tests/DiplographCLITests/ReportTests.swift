import Foundation
import TestSupport
import Testing

/// End-to-end: `diplograph report` writes one self-contained, safe HTML page; a real browser
/// (headless Chromium) loads it.
@Suite("report")
struct ReportTests {
    /// The report of `arguments` (after `report`), as text.
    static func report(_ arguments: [String], in directory: URL? = nil) throws -> String {
        let result = try Diplograph.run(["report"] + arguments, in: directory)
        try #require(result.status == 0, "stderr: \(result.stderr)")
        return result.stdoutText
    }

    /// The values of `attribute="…"` in `html`, in order.
    static func values(of attribute: String, in html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        let marker = " \(attribute)=\""
        while let start = rest.range(of: marker) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            found.append(unescape(String(after[..<end])))
            rest = after[end...]
        }
        return found
    }

    /// `text` with the character references Graphviz and the report write (`&#45;` for `-` …)
    /// decoded, as a browser reads attribute values.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#13;", with: "\r")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("The report holds the diagram, the entity table and the relation table with evidence")
    func structure() throws {
        let html = try Self.report([Fixtures.articlePath])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count == 2, "one inlined diagram")
        #expect(html.contains("<table id=\"entities\">"))
        #expect(html.contains("<table id=\"relations\">"))
        #expect(!html.contains("<?xml"), "the SVG's XML declaration is dropped")
        #expect(!html.contains("<!DOCTYPE svg"), "the SVG's doctype is dropped")
        // Entities with state, title and topics; relations with count and evidence.
        #expect(html.contains("Lee Jae Myung"))
        #expect(html.contains("President"))
        #expect(html.contains("elderly care"))
        #expect(html.contains("<td class=\"relation\">urged</td>"))
        #expect(html.contains("Samples/000_1d76d1aae684a6c5.txt, bytes "), "each sentence with its document and byte range")
        // Every row points at an element of the diagram, with and without clusters, but those of
        // the entities in no relation, which are named under the legend instead.
        let graph = try GraphJSON(try InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout)
        let inRelations = Set(graph.edgeKeys.flatMap { key in
            let words = key.split(separator: " ").map(String.init)
            return [words.first ?? "", words.last ?? ""]
        })
        let alone = graph.nodeIDs.filter { !inRelations.contains($0) }
        try #require(!alone.isEmpty, "the article names an entity in no relation")
        for page in [html, try Self.report([Fixtures.articlePath, "--cluster-by", "state"])] {
            let refs = Self.values(of: "data-ref", in: page)
            #expect(refs.count > 20)
            let svgIDs = Set(Self.values(of: "id", in: page))
            let missing = refs.filter { !svgIDs.contains($0) }
            #expect(Set(missing) == Set(alone), "rows with no element in the diagram: \(missing)")
            #expect(page.contains("Also mentioned: "))
        }
    }

    @Test("The report is self-contained: nothing is loaded from anywhere")
    func selfContained() throws {
        let html = try Self.report([Fixtures.articlePath])
        for pattern in ["<link", "src=", "@import", "url(", "<iframe", "<object", "<embed", "<img"] {
            #expect(!html.contains(pattern), "the page loads something: \(pattern)")
        }
        #expect(html.components(separatedBy: "<script").count == 2, "exactly one script, inline")
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("script-src 'sha256-"))
    }

    @Test("Two runs give byte-identical reports")
    func deterministic() throws {
        let first = try Self.report(["Samples"])
        let second = try Self.report(["Samples"])
        expectIdentical(first, second)
    }

    @Test("Text from documents is escaped and nothing from them can run")
    func hostileText() throws {
        let scratch = try TemporaryDirectory()
        let hostile = #"<script>alert("x")</script><img src=x onerror=alert(1)>"#
        let graph: [String: Any] = [
            "documents": ["news/\"quoted\" <b>.txt"],
            "nodes": [
                ["id": "state:KOR", "kind": "state", "label": "South Korea", "code": "KOR",
                 "aliases": [hostile], "evidence": [["document": "news/\"quoted\" <b>.txt", "start": 0, "end": 10, "sentence": hostile]]],
                ["id": "leader:x", "kind": "leader", "label": hostile, "title": "' onclick='alert(1)", "state": "state:KOR"],
                ["id": "agreement:y", "kind": "agreement", "label": "Pact & <i>co</i>", "topics": ["\" onmouseover=\"alert(1)"]],
            ],
            "edges": [
                ["source": "leader:x", "target": "state:KOR", "relation": "leads",
                 "evidence": [["document": "news/\"quoted\" <b>.txt", "start": 3, "end": 9, "sentence": "</td></tr></table>" + hostile, "rule": "<rule>"]]],
                ["source": "state:KOR", "target": "agreement:y", "relation": "signed"],
            ],
        ]
        let file = try scratch.write("hostile.json", try JSONSerialization.data(withJSONObject: graph))
        let html = try Self.report([file.path])
        #expect(html.components(separatedBy: "<script").count == 2, "only the page's own script")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<i>co</i>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("onclick='"))
        #expect(!html.contains("onerror=alert(1)>"))
        #expect(!html.contains("\" onmouseover=\""))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("Pact &amp; &lt;i&gt;co&lt;/i&gt;"))
        #expect(html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"))
        // The tables still have their shape: one row per node and edge.
        #expect(html.components(separatedBy: "<tr id=\"row-").count == 1 + 3 + 2)
    }

    @Test("report takes filters and styling, and writes atomically to --output")
    func optionsAndOutput() throws {
        let scratch = try TemporaryDirectory()
        let target = scratch.file("report.html")
        let result = try InProcess.run([
            "report", Fixtures.articlePath, "-o", target.path, "--kinds", "leader,state", "--cluster-by", "state",
            "--rankdir", "LR", "--title", "Seoul & Beijing",
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try scratch.contents() == ["report.html"])
        let html = try String(contentsOf: target, encoding: .utf8)
        #expect(html.contains("<title>Seoul &amp; Beijing</title>"))
        #expect(!html.contains("data-ref=\"agreement:"))

        let failed = try InProcess.run(["report", "missing.txt", "-o", target.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOf: target, encoding: .utf8) == html, "a failed run leaves the old report")
    }

    @Test("A diff report marks what changed")
    func diffReport() throws {
        let scratch = try TemporaryDirectory()
        let diff = scratch.file("diff.json")
        let made = try InProcess.run(["diff", "Samples/001_state_visit_mexico_canada.txt", "Samples/004_unnamed_leaders_kenya_france.txt", "-o", diff.path])
        try #require(made.status == 0, "stderr: \(made.stderr)")
        let html = try Self.report([diff.path])
        #expect(html.contains("<th>Change</th>"))
        #expect(html.contains("change-added"))
        #expect(html.contains("change-removed"))
    }

    @Test("In headless Chromium the page shows the diagram and the tables, and a click selects rows",
          .enabled(if: Prerequisite.shouldRun(Prerequisite.hasExecutable("chromium")),
                   "chromium is not installed (scripts/ensure-chromium.sh installs it; .ci/run does)"))
    func realBrowser() throws {
        let scratch = try TemporaryDirectory()
        let report = scratch.file("report.html")
        let made = try InProcess.run(["report", "Samples", "-o", report.path])
        try #require(made.status == 0, "stderr: \(made.stderr)")
        let screenshot = scratch.file("report.png")
        let result = try BrowserCheck.run(report, screenshot: screenshot, in: scratch)
        #expect(result.status == 0, "scripts/browser-test.sh failed:\n\(result.output)")
        let png = try Data(contentsOf: screenshot)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 20_000, "a real screenshot, not a blank page (\(png.count) bytes)")
    }
}
