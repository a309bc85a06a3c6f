import Foundation
import TestSupport
import Testing

/// End-to-end: `--per-document`, the filters (`--kinds`, `--min-weight`, `--focus`/`--hops`) and
/// `diplograph diff`.
@Suite("Many documents, filters and diff")
struct ManyDocumentsTests {
    // MARK: --per-document

    @Test("--per-document writes one file per sample, named after it", arguments: ["svg", "json", "csv"])
    func perDocument(format: String) throws {
        let scratch = try TemporaryDirectory()
        let directory = scratch.file("out/graphs")  // created, parents too
        let samples = Fixtures.sampleNames().map { "Samples/\($0)" }
        let result = try InProcess.run(["extract"] + samples + ["--per-document", "--output-dir", directory.path, "-f", format])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        let expected = Fixtures.sampleNames().map { ($0 as NSString).deletingPathExtension + ".\(format)" }.sorted()
        #expect(written == expected)
        // Each file is that document's graph alone.
        for sample in Fixtures.sampleNames() where format == "json" {
            let name = (sample as NSString).deletingPathExtension
            let alone = try InProcess.run(["extract", "Samples/\(sample)", "-f", "json"])
            try expectIdentical(Data(contentsOf: directory.appendingPathComponent("\(name).json")), alone.stdout, "\(name)")
        }
    }

    @Test("--per-document checks its options and its file names")
    func perDocumentErrors() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a/x.txt", Fixtures.shortVisit)
        try scratch.write("b/x.md", Fixtures.shortVisit)
        for (arguments, mentions) in [
            (["extract", "a", "--per-document"], "--output-dir"),
            (["extract", "a", "--output-dir", "out"], "--per-document"),
            (["extract", "a", "--per-document", "--output-dir", "out", "-o", "g.svg"], "--output"),
            (["extract", "a", "b", "--per-document", "--output-dir", "out"], "x.dot"),
        ] {
            let result = try Diplograph.run(arguments, in: scratch.url)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(mentions), "\(arguments): \(result.stderr)")
        }
        #expect(try scratch.contents() == ["a", "b"], "nothing written")
    }

    // MARK: Filters

    @Test("--kinds keeps only nodes of those kinds")
    func kinds() throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--kinds", "leader,state"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON(result.stdout)
        #expect(graph.nodeIDs.contains("leader:xi-jinping"))
        #expect(graph.nodeIDs.contains("state:KOR"))
        #expect(graph.nodeIDs.allSatisfy { $0.hasPrefix("leader:") || $0.hasPrefix("state:") })
        #expect(graph.edgeKeys.contains("leader:lee-jae-myung urged leader:xi-jinping"))

        let bad = try InProcess.run(["extract", Fixtures.articlePath, "--kinds", "leader,people"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("people"), "got: \(bad.stderr)")
    }

    @Test("--level state folds leaders into their states; --level leader is the default")
    func level() throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--level", "state"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON(result.stdout)
        #expect(!graph.nodeIDs.contains { $0.hasPrefix("leader:") })
        #expect(graph.edgeKeys.contains("state:KOR urged state:CHN"), "Lee urged Xi: \(graph.edgeKeys)")
        #expect(!graph.edgeKeys.contains { $0.contains(" leads ") })

        let leaders = try GraphJSON(InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--level", "leaders"]).stdout)
        let plain = try GraphJSON(InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout)
        #expect(leaders.nodeIDs == plain.nodeIDs)

        let bad = try InProcess.run(["extract", Fixtures.articlePath, "--level", "country"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("leader, state"), "got: \(bad.stderr)")
    }

    @Test("--min-weight keeps only edges with that much evidence")
    func minWeight() throws {
        let all = try GraphJSON(InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout)
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--min-weight", "2"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON(result.stdout)
        let edges = graph.object["edges"] as? [[String: Any]] ?? []
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { ($0["count"] as? Int ?? 0) >= 2 })
        #expect(graph.edgeKeys.isSubset(of: all.edgeKeys))
        #expect(graph.edgeKeys.count < all.edgeKeys.count)
    }

    @Test("--focus NAME --hops K keeps the neighbourhood; NAME is an id, a label or an alias")
    func focus() throws {
        for name in ["leader:xi-jinping", "Xi Jinping", "xi jinping", "xi-jinping"] {
            let result = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--focus", name, "--hops", "1"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let graph = try GraphJSON(result.stdout)
            #expect(graph.nodeIDs.contains("leader:xi-jinping"), "\(name)")
            #expect(graph.nodeIDs.contains("leader:lee-jae-myung"), "\(name): Lee urged Xi")
            #expect(!graph.nodeIDs.contains("leader:kim-jong-un"), "\(name): Kim is two hops away")
        }
        // An alias: the article calls Lee Jae Myung "Lee".
        let byAlias = try GraphJSON(InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--focus", "Lee", "--hops", "0"]).stdout)
        #expect(byAlias.nodeIDs == ["leader:lee-jae-myung"])
        let zero = try GraphJSON(InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--focus", "Xi Jinping", "--hops", "0"]).stdout)
        #expect(zero.nodeIDs == ["leader:xi-jinping"])
        let two = try GraphJSON(InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--focus", "Xi Jinping", "--hops", "2"]).stdout)
        #expect(two.nodeIDs.contains("leader:kim-jong-un") || two.nodeIDs.contains("state:PRK"))
        let oneByDefault = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--focus", "Xi Jinping"])
        let one = try InProcess.run(["extract", Fixtures.articlePath, "-f", "json", "--focus", "Xi Jinping", "--hops", "1"])
        expectIdentical(oneByDefault.stdout, one.stdout)
    }

    @Test("--focus with an unknown name is one error line naming it")
    func unknownFocus() throws {
        let scratch = try TemporaryDirectory()
        let output = scratch.file("out.svg")
        let result = try InProcess.run(["extract", Fixtures.articlePath, "--focus", "Angela Merkel", "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "got: \(result.stderr)")
        #expect(result.stderr.hasPrefix("diplograph: error: "))
        #expect(result.stderr.contains("Angela Merkel"))
        #expect(try scratch.contents().isEmpty)

        let hopsAlone = try InProcess.run(["extract", Fixtures.articlePath, "--hops", "2"])
        #expect(hopsAlone.status == 64)
        #expect(hopsAlone.stderr.contains("--focus"), "got: \(hopsAlone.stderr)")
    }

    @Test("--focus that fits two people is one error line naming both, and writes nothing")
    func ambiguousFocus() throws {
        let scratch = try TemporaryDirectory()
        let graph = scratch.file("two.json")
        try Data(#"""
        {"documents": ["x.txt"], "edges": [], "nodes": [
          {"id": "leader:kim-jong-un", "kind": "leader", "label": "Kim Jong Un", "evidence": []},
          {"id": "leader:kim-yo-jong", "kind": "leader", "label": "Kim Yo Jong", "evidence": []}]}
        """#.utf8).write(to: graph)
        let output = scratch.file("out.svg")
        let result = try InProcess.run(["render", graph.path, "--focus", "Kim", "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "got: \(result.stderr)")
        #expect(result.stderr.contains("leader:kim-jong-un") && result.stderr.contains("leader:kim-yo-jong"), "got: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let one = try InProcess.run(["render", graph.path, "--focus", "Kim Yo", "--hops", "0", "-f", "json"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try GraphJSON(one.stdout).nodeIDs == ["leader:kim-yo-jong"])
    }

    // MARK: Styling options reach the DOT

    @Test("--cluster-by, --rankdir, --no-legend, --title and --style shape the DOT")
    func styling() throws {
        let plain = try InProcess.run(["extract", Fixtures.articlePath]).stdoutText
        let styled = try InProcess.run([
            "extract", Fixtures.articlePath, "--cluster-by", "state", "--rankdir", "lr", "--title", "A \"quoted\" title",
        ])
        #expect(styled.status == 0, "stderr: \(styled.stderr)")
        #expect(styled.stdoutText.contains("subgraph"), "clusters")
        #expect(styled.stdoutText.contains("cluster"), "clusters")
        #expect(styled.stdoutText.contains("rankdir=\"LR\"") || styled.stdoutText.contains("rankdir=LR"))
        #expect(styled.stdoutText.contains("A &quot;quoted&quot; title") || styled.stdoutText.contains("A \\\"quoted\\\" title"))
        #expect(!plain.contains("subgraph"))

        let noLegend = try InProcess.run(["extract", Fixtures.articlePath, "--no-legend"]).stdoutText
        #expect(noLegend != plain, "--no-legend changes the drawing")
        #expect(noLegend.count < plain.count)

        let scratch = try TemporaryDirectory()
        let style = try scratch.write("style.json", ##"{"state": {"fillColor": "#123456"}}"##)
        let restyled = try InProcess.run(["extract", Fixtures.articlePath, "--style", style.path])
        #expect(restyled.status == 0, "stderr: \(restyled.stderr)")
        #expect(restyled.stdoutText.contains("#123456"))

        let badStyle = try scratch.write("bad.json", "{ not json")
        let failed = try InProcess.run(["extract", Fixtures.articlePath, "--style", badStyle.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.split(separator: "\n").count == 1, "got: \(failed.stderr)")
        #expect(failed.stderr.contains("bad.json"))

        let badRankdir = try InProcess.run(["extract", Fixtures.articlePath, "--rankdir", "up"])
        #expect(badRankdir.status == 64)
        #expect(badRankdir.stderr.contains("TB, LR, BT, RL"), "got: \(badRankdir.stderr)")
    }

    // MARK: diff

    @Test("diff of two small documents shows the added relation")
    func diffShowsAddedEdge() throws {
        let scratch = try TemporaryDirectory()
        let before = try scratch.write("week1.txt", """
            Japanese Prime Minister Sanae Takaichi visited Australia on Friday and met Prime \
            Minister Anthony Albanese in Canberra.

            """)
        let after = try scratch.write("week2.txt", """
            Japanese Prime Minister Sanae Takaichi visited Australia on Friday and met Prime \
            Minister Anthony Albanese in Canberra. Australia and Japan signed a defence \
            cooperation agreement. China criticized Japan.

            """)
        let result = try InProcess.run(["diff", before.path, after.path, "-f", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON(result.stdout)
        let edges = graph.object["edges"] as? [[String: Any]] ?? []
        let added = edges.filter { $0["change"] as? String == "added" }
        #expect(!added.isEmpty, "some relation is added: \(graph.edgeKeys.sorted())")
        #expect(added.contains { $0["relation"] as? String == "signed" || $0["relation"] as? String == "criticized" })
        #expect(!edges.contains { $0["change"] as? String == "removed" })

        // A graph JSON works as either side, and every format renders.
        let oldJSON = scratch.file("old.json")
        #expect(try InProcess.run(["extract", before.path, "-o", oldJSON.path]).status == 0)
        let svg = try InProcess.run(["diff", oldJSON.path, after.path, "-f", "svg"])
        #expect(svg.status == 0, "stderr: \(svg.stderr)")
        #expect(svg.stdoutText.contains("added"), "the SVG marks additions")
        for format in ["dot", "png", "graphml", "csv"] {
            let other = try InProcess.run(["diff", oldJSON.path, after.path, "-f", format])
            #expect(other.status == 0, "\(format): \(other.stderr)")
            #expect(!other.stdout.isEmpty)
        }

        // Swapped: the same relations are removed.
        let swapped = try GraphJSON(InProcess.run(["diff", after.path, before.path, "-f", "json"]).stdout)
        let removed = (swapped.object["edges"] as? [[String: Any]] ?? []).filter { $0["change"] as? String == "removed" }
        #expect(removed.count == added.count)
    }

    @Test("diff with a missing side is one error line")
    func diffErrors() throws {
        let result = try InProcess.run(["diff", Fixtures.articlePath, "no-such-dir/"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "got: \(result.stderr)")
        #expect(result.stderr.contains("no-such-dir"))
    }
}
