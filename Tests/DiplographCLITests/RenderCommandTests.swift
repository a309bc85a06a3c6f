import Foundation
import TestSupport
import Testing

/// End-to-end: `diplograph render GRAPH.json` draws a graph JSON again without extracting.
@Suite("render")
struct RenderCommandTests {
    @Test("extract -f json, then render -f svg, draws the same SVG as extract -f svg", arguments: Fixtures.sampleNames())
    func roundTrip(sample: String) throws {
        let scratch = try TemporaryDirectory()
        let json = scratch.file("graph.json")
        let extracted = try InProcess.run(["extract", "Samples/\(sample)", "-o", json.path])
        try #require(extracted.status == 0, "stderr: \(extracted.stderr)")

        let rendered = try InProcess.run(["render", json.path, "-f", "svg"])
        try #require(rendered.status == 0, "stderr: \(rendered.stderr)")
        let direct = try InProcess.run(["extract", "Samples/\(sample)", "-f", "svg"])
        try #require(direct.status == 0, "stderr: \(direct.stderr)")
        let expected = try SVGStructure(direct.stdout)
        let actual = try SVGStructure(rendered.stdout)
        #expect(actual == expected, "render differs from extract:\n\(actual.difference(from: expected))")

        // DOT and JSON come back byte for byte.
        for format in ["dot", "json"] {
            let again = try InProcess.run(["render", json.path, "-f", format])
            let original = try InProcess.run(["extract", "Samples/\(sample)", "-f", format])
            expectIdentical(again.stdout, original.stdout, "render -f \(format) differs from extract -f \(format)")
        }
    }

    @Test("A hand-edited graph renders as edited")
    func handEdited() throws {
        let scratch = try TemporaryDirectory()
        let extracted = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json"])
        var object = try GraphJSON(extracted.stdout).object
        var nodes = object["nodes"] as? [[String: Any]] ?? []
        let index = try #require(nodes.firstIndex { $0["id"] as? String == "state:KOR" })
        nodes[index]["label"] = "Republic of Korea"
        object["nodes"] = nodes
        object["edges"] = (object["edges"] as? [[String: Any]] ?? []).filter { $0["relation"] as? String != "leads" }
        let edited = try scratch.write("edited.json", try JSONSerialization.data(withJSONObject: object))

        let result = try InProcess.run(["render", edited.path, "-f", "dot"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdoutText.contains("Republic of Korea"))
        #expect(!result.stdoutText.contains("class=\"leads\""))
        #expect(!result.stdoutText.contains("__leads__"))
    }

    @Test("render reads standard input and takes the styling and filter options")
    func standardInputAndOptions() throws {
        let json = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout
        let result = try InProcess.run(
            ["render", "-", "-f", "json", "--kinds", "state"], stdin: json)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON(result.stdout)
        #expect(!graph.nodeIDs.isEmpty)
        #expect(graph.nodeIDs.allSatisfy { $0.hasPrefix("state:") })

        let svg = try InProcess.run(["render", "-", "-f", "svg", "-K", "neato", "--no-legend", "--title", "Seoul summit"], stdin: json)
        #expect(svg.status == 0, "stderr: \(svg.stderr)")
        #expect(svg.stdoutText.contains("Seoul summit"))
    }

    @Test("--max-edges draws the heaviest relations, says so on standard error, and leaves DOT whole")
    func drawingBudget() throws {
        let json = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout
        let edges = try GraphJSON(json).edgeKeys.count
        try #require(edges > 3)
        func drawnEdges(_ svg: Data) throws -> Int {
            try SVGStructure(svg).groups.filter { $0.contains("class=edge") }.count
        }

        let cut = try InProcess.run(["render", "-", "-f", "svg", "--max-edges", "3"], stdin: json)
        #expect(cut.status == 0, "stderr: \(cut.stderr)")
        #expect(try drawnEdges(cut.stdout) == 3)
        #expect(cut.stderr == "diplograph: note: the diagram draws the 3 heaviest of \(edges) relations; --max-edges all draws every one (slowly), and json or dot output keeps them all\n")

        let all = try InProcess.run(["render", "-", "-f", "svg", "--max-edges", "all"], stdin: json)
        #expect(all.status == 0 && all.stderr.isEmpty, "stderr: \(all.stderr)")
        #expect(try drawnEdges(all.stdout) == edges)
        // The default budget (500) is far above one article's graph: nothing is cut.
        let byDefault = try InProcess.run(["render", "-", "-f", "svg"], stdin: json)
        #expect(byDefault.stderr.isEmpty, "stderr: \(byDefault.stderr)")
        expectIdentical(byDefault.stdout, all.stdout)

        let dot = try InProcess.run(["render", "-", "-f", "dot", "--max-edges", "3"], stdin: json)
        #expect(dot.stderr.isEmpty)
        #expect(dot.stdoutText.components(separatedBy: " -> ").count - 1 == edges)

        let bad = try InProcess.run(["render", "-", "-f", "svg", "--max-edges", "0"], stdin: json)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--max-edges takes a number of 1 or more, or 'all', not '0'"))
        #expect(bad.stdout.isEmpty)
    }

    @Test("--max-nodes bounds the entities drawn, 1000 by default, says so, and leaves DOT whole")
    func nodeBudget() throws {
        // 1,500 states without relations: Graphviz's dot took minutes for 50,000 of them.
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let nodes: [[String: Any]] = (0..<1_500).map { n in
            let code = String([letters[n / 676 % 26], letters[n / 26 % 26], letters[n % 26]])
            return ["id": "state:\(code)", "kind": "state", "label": "State \(n)", "code": code]
        }
        let json = try JSONSerialization.data(withJSONObject: ["nodes": nodes, "edges": []])
        func drawnNodes(_ svg: Data) throws -> Int {
            try SVGStructure(svg).groups.filter { $0.contains("class=node") }.count
        }

        let byDefault = try InProcess.run(["render", "-", "-f", "svg"], stdin: json)
        #expect(byDefault.status == 0, "stderr: \(byDefault.stderr)")
        #expect(try drawnNodes(byDefault.stdout) == 1_000)
        #expect(byDefault.stderr == "diplograph: note: the diagram draws at most 1000 of 1500 entities; --max-nodes all draws every one (slowly), and json or dot output keeps them all\n")

        let three = try InProcess.run(["render", "-", "-f", "svg", "--max-nodes", "3"], stdin: json)
        #expect(three.status == 0)
        #expect(try drawnNodes(three.stdout) == 3)

        let all = try InProcess.run(["render", "-", "-f", "svg", "--max-nodes", "all"], stdin: json)
        #expect(all.status == 0 && all.stderr.isEmpty, "stderr: \(all.stderr)")
        #expect(try drawnNodes(all.stdout) == 1_500)

        let dot = try InProcess.run(["render", "-", "-f", "dot", "--max-nodes", "3"], stdin: json)
        #expect(dot.stderr.isEmpty)
        #expect(dot.stdoutText.components(separatedBy: "class=\"state\"").count - 1 == 1_500)

        let scratch = try TemporaryDirectory()
        let file = try scratch.write("graph.json", json)
        let report = try InProcess.run(["report", file.path, "--max-nodes", "10"])
        #expect(report.status == 0)
        #expect(report.stdoutText.contains("The diagram draws 10 of the 1500 entities"))
        #expect(report.stderr.contains("draws at most 10 of 1500 entities"))

        let bad = try InProcess.run(["render", "-", "-f", "svg", "--max-nodes", "0"], stdin: json)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--max-nodes takes a number of 1 or more, or 'all', not '0'"))
        #expect(bad.stdout.isEmpty)
    }

    @Test("a style value Graphviz cannot take is one error line naming the key, not a crash", arguments: [
        (#"{"state": {"fillColor": "red;"}}"#, "state.fillColor"),
        (#"{"fontName": "Helvetica\"/><script>alert(1)</script><text x=\""}"#, "fontName"),
    ])
    func badStyleValue(_ style: String, _ key: String) throws {
        let scratch = try TemporaryDirectory()
        let file = try scratch.write("style.json", Data(style.utf8))
        let json = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout
        for format in ["svg", "png", "pdf"] {
            let result = try InProcess.run(["render", "-", "-f", format, "--style", file.path], stdin: json)
            #expect(result.status == 1, "\(format): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.hasPrefix("diplograph: error: style file \(file.path): \(key): "))
        }
    }

    @Test("a message of Graphviz's cairo plugin is one warning line, and the PNG is written")
    func pluginWarning() throws {
        // One label of 500 letters at 200 points on one line: wider than cairo's bitmaps allow.
        let graph: [String: Any] = ["nodes": [["id": "state:AAA", "kind": "state", "label": String(repeating: "W", count: 500), "code": "AAA"]],
                                    "edges": []]
        let scratch = try TemporaryDirectory()
        let style = try scratch.write("style.json", #"{"nodeFontSize": 200, "wrapWidth": 0}"#)
        let result = try InProcess.run(["render", "-", "-f", "png", "--style", style.path],
                                        stdin: try JSONSerialization.data(withJSONObject: graph))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Array(result.stdout.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("diplograph: warning: Graphviz: graph is too large for cairo-renderer bitmaps. Scaling by ") == true)
    }

    /// A graph file that breaks the contract, and the field the error must name.
    struct Broken: CustomTestStringConvertible, Sendable {
        var name: String
        var contents: String
        var field: String
        var testDescription: String { name }
    }

    static let broken: [Broken] = [
        Broken(name: "not JSON", contents: "{\"nodes\": [", field: "(top level)"),
        Broken(name: "no nodes", contents: "{\"edges\": []}", field: "nodes"),
        Broken(name: "unknown kind",
               contents: #"{"nodes": [{"id": "state:KOR", "kind": "country", "label": "South Korea", "code": "KOR"}]}"#,
               field: "nodes[0].kind"),
        Broken(name: "state without code",
               contents: #"{"nodes": [{"id": "state:KOR", "kind": "state", "label": "South Korea"}]}"#,
               field: "nodes[0].code"),
        Broken(name: "edge to nowhere",
               contents: #"{"nodes": [{"id": "state:KOR", "kind": "state", "label": "South Korea", "code": "KOR"}], "edges": [{"source": "state:KOR", "target": "state:XXX", "relation": "met"}]}"#,
               field: "edges[0].target"),
        Broken(name: "unknown relation",
               contents: #"{"nodes": [{"id": "state:KOR", "kind": "state", "label": "South Korea", "code": "KOR"}], "edges": [{"source": "state:KOR", "target": "state:KOR", "relation": "hugged"}]}"#,
               field: "edges[0].relation"),
        Broken(name: "label of the wrong type",
               contents: #"{"nodes": [{"id": "state:KOR", "kind": "state", "label": 7, "code": "KOR"}]}"#,
               field: "nodes[0].label"),
    ]

    @Test("A broken graph file: one error line naming the field, no output", arguments: broken)
    func brokenGraph(_ case_: Broken) throws {
        let scratch = try TemporaryDirectory()
        let file = try scratch.write("graph.json", case_.contents)
        let output = scratch.file("out.svg")
        let result = try InProcess.run(["render", file.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "exactly one line, got: \(result.stderr)")
        #expect(result.stderr.hasPrefix("diplograph: error: \(file.path): "), "got: \(result.stderr)")
        #expect(result.stderr.contains(case_.field), "the error names \(case_.field): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("A missing or empty graph file is one clear error")
    func missingOrEmpty() throws {
        let scratch = try TemporaryDirectory()
        let missing = try InProcess.run(["render", scratch.file("nope.json").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file"), "got: \(missing.stderr)")
        let empty = try scratch.write("empty.json", "")
        let result = try InProcess.run(["render", empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty"), "got: \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }
}
