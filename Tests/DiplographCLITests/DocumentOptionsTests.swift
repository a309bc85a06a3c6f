import Foundation
import Testing
import TestSupport

/// The documents' dates in the graph JSON (`--date` too), and documents that are not English:
/// skipped with a warning, a run of nothing else failing (`--any-language` reads them anyway).
@Suite("Document dates and languages on the command line")
struct DocumentOptionsTests {
    struct Listing: Decodable {
        struct Entry: Decodable, Equatable { let name: String; let date: String? }
        let documents: [Entry]
        let nodes: [Node]
        struct Node: Decodable { let id: String }
    }

    static let datedPage = """
        <html><head><meta property="article:published_time" content="2019-05-04T22:30:00-07:00"></head>
        <body><p>President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday to discuss trade.</p></body></html>
        """

    static let english = "Prime Minister Justin Trudeau of Canada met President Claudia Sheinbaum of Mexico in Ottawa on Tuesday, and the two leaders signed an agreement on energy trade."

    static func listing(_ result: Diplograph.Result) throws -> Listing {
        try JSONDecoder().decode(Listing.self, from: result.stdout)
    }

    @Test("extract of an HTML page with article:published_time lists its date; a text without one has none")
    func htmlDate() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("page.html", Self.datedPage)
        try scratch.write("plain.txt", Self.english)
        let result = try Diplograph.run(["extract", "page.html", "plain.txt", "-f", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.listing(result).documents == [.init(name: "page.html", date: "2019-05-04"), .init(name: "plain.txt", date: nil)])
        #expect(!result.stdoutText.contains("\"date\" : null"))
    }

    @Test("--date wins over the date a document states, in extract, report and a merge of fragments")
    func dateOptionWins() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("page.html", Self.datedPage)
        let result = try Diplograph.run(["extract", "page.html", "-f", "json", "--date", "2024-02-29"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.listing(result).documents == [.init(name: "page.html", date: "2024-02-29")])

        let fragments = try Diplograph.run(["extract", "--jsonl", "page.html", "--date", "2024-02-29", "-o", "f.jsonl"], in: scratch.url)
        #expect(fragments.status == 0, "\(fragments.stderr)")
        let merged = try Diplograph.run(["merge", "f.jsonl", "-f", "json"], in: scratch.url)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.listing(merged).documents == [.init(name: "page.html", date: "2024-02-29")])
    }

    @Test("an old graph with plain-string documents is still read by render")
    func oldGraphJSON() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("old.json", #"{"documents": ["a.txt"], "nodes": [{"id": "state:PER", "kind": "state", "label": "Peru", "code": "PER"}], "edges": []}"#)
        let result = try Diplograph.run(["render", "old.json", "-f", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.listing(result).documents == [.init(name: "a.txt", date: nil)])
    }

    /// Three documents: one dated 2019-12-03 by its dateline, one 2020-03-05, one undated.
    static func datedCorpus() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", "LIMA, 3 December 2019 (AFP) - Peru urged Chile to reopen the border crossing at Tacna.")
        try scratch.write("b.txt", "ACCRA, 5 March 2020 (AFP) - Ghana met Togo on Monday to discuss the shared border.")
        try scratch.write("c.txt", Self.english)
        return scratch
    }

    @Test("--since and --until keep the documents dated within them, on every path", arguments: [
        [String](), ["--jsonl"], ["--per-document", "--output-dir", "out", "-f", "json"],
    ])
    func window(mode: [String]) throws {
        let scratch = try Self.datedCorpus()
        let result = try Diplograph.run(["extract", "a.txt", "b.txt", "c.txt", "--since", "2020-01-01", "--until", "2020-12-31"] + mode
                                        + (mode.isEmpty ? ["-f", "json"] : []), in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("left out 1 document dated outside --since 2020-01-01 --until 2020-12-31 and 1 document with no date"),
                "one note for the run: \(result.stderr)")
        if mode.isEmpty {
            #expect(try Self.listing(result).documents == [.init(name: "b.txt", date: "2020-03-05")])
        } else if mode == ["--jsonl"] {
            #expect(result.stdoutText.split(separator: "\n").count == 1)
        } else {
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("out").path) == ["b.json"])
        }
    }

    @Test("a window that takes no document is an error that says why; one that ends before it starts a usage error")
    func emptyWindow() throws {
        let scratch = try Self.datedCorpus()
        let none = try Diplograph.run(["extract", "a.txt", "b.txt", "c.txt", "--since", "2021-01-01"], in: scratch.url)
        #expect(none.status == 1)
        #expect(none.stderr.contains("no document is dated within --since 2021-01-01 (3 documents left out)"), "\(none.stderr)")
        let dated = try Diplograph.run(["extract", "c.txt", "--since", "2021-01-01", "--date", "2021-06-01", "-f", "json"], in: scratch.url)
        #expect(dated.status == 0, "--date dates the undated document first: \(dated.stderr)")
        let backwards = try Diplograph.run(["extract", "a.txt", "--since", "2021-01-01", "--until", "2020-01-01"], in: scratch.url)
        #expect(backwards.status == 64)
        #expect(backwards.stderr.contains("--until 2020-01-01 is before --since 2021-01-01"), "\(backwards.stderr)")
    }

    @Test("diff compares two windows of one corpus: what the later days added and dropped")
    func diffWindows() throws {
        let scratch = try Self.datedCorpus()
        let result = try Diplograph.run(["diff", ".", "--old-dates", "..2019-12-31", "--new-dates", "2020-01-01..", "-f", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdoutText
        #expect(text.contains("\"change\" : \"added\"") || text.contains("\"change\":\"added\""), "\(text.prefix(400))")
        let graph = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]
        let edges = graph?["edges"] as? [[String: Any]] ?? []
        let changes = Set(edges.compactMap { edge -> String? in
            guard let change = edge["change"] as? String else { return nil }
            return "\(edge["source"] ?? "") \(change)"
        })
        #expect(changes == ["state:GHA added", "state:PER removed"], "\(changes)")

        let half = try Diplograph.run(["diff", ".", "--old-dates", "..2019-12-31"], in: scratch.url)
        #expect(half.status == 64)
        #expect(half.stderr.contains("--old-dates and --new-dates"), "\(half.stderr)")
        let bad = try Diplograph.run(["diff", ".", "--old-dates", "2019", "--new-dates", "2020-01-01.."], in: scratch.url)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--old-dates '2019' is not a window of days"), "\(bad.stderr)")
    }

    @Test("a window of dates on a graph JSON file is refused: its documents were read already")
    func windowOnGraph() throws {
        let scratch = try Self.datedCorpus()
        let extracted = try Diplograph.run(["extract", "a.txt", "b.txt", "-o", "g.json"], in: scratch.url)
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let result = try Diplograph.run(["report", "g.json", "--since", "2020-01-01", "-o", "r.html"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("g.json is a graph already extracted, and --since 2020-01-01 chooses documents to read"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("r.html").path))
    }

    @Test("a --date that is no day is a usage error naming it", arguments: ["2021-02-30", "5 March 2024", "2024-3-5"])
    func badDate(value: String) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Self.english)
        for command in ["extract", "report"] {
            let result = try Diplograph.run([command, "a.txt", "--date", value], in: scratch.url)
            #expect(result.status == 64, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("--date '\(value)'"), "\(result.stderr)")
        }
    }

    @Test("a French document alone: one warning naming it, an error, exit 1, no output file", arguments: [
        [String](), ["--per-document", "--output-dir", "out"], ["--jsonl"],
    ])
    func frenchAlone(mode: [String]) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("article-fr.txt", ForeignTexts.french)
        let output = mode.isEmpty ? ["-o", "graph.json"] : mode == ["--jsonl"] ? ["-o", "f.jsonl"] : []
        let result = try Diplograph.run(["extract", "article-fr.txt"] + mode + output, in: scratch.url)
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("diplograph: warning: skipped article-fr.txt: not English (") == true, "\(result.stderr)")
        #expect(lines.last?.hasPrefix("diplograph: error: no graph:") == true, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let left = try scratch.contents()
        #expect(left == ["article-fr.txt"], "\(left)")
    }

    @Test("French and English: the English graph, a warning naming the French file, exit 0")
    func mixed() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("news/fr.txt", ForeignTexts.french)
        try scratch.write("news/es.md", ForeignTexts.spanish)
        try scratch.write("news/en.txt", Self.english)
        let result = try Diplograph.run(["extract", "news", "-f", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings.count == 2, "\(result.stderr)")
        #expect(warnings.first?.hasPrefix("diplograph: warning: skipped news/es.md: not English") == true, "\(result.stderr)")
        #expect(warnings.last?.hasPrefix("diplograph: warning: skipped news/fr.txt: not English") == true, "\(result.stderr)")
        let listing = try Self.listing(result)
        #expect(listing.documents.map(\.name) == ["news/en.txt"])
        #expect(Set(listing.nodes.map(\.id)).isSuperset(of: ["state:CAN", "state:MEX"]), "\(listing.nodes.map(\.id))")
        #expect(!listing.nodes.contains { $0.id == "state:AND" || $0.id == "state:PRT" })
    }

    @Test("--any-language reads a French document as it is")
    func anyLanguage() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("fr.txt", ForeignTexts.french)
        let result = try Diplograph.run(["extract", "fr.txt", "-f", "json", "--any-language"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(try Self.listing(result).documents.map(\.name) == ["fr.txt"])
    }

    @Test("a short headline in French is not skipped (too short to judge)")
    func shortHeadline() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("headline.txt", ForeignTexts.frenchHeadline)
        let result = try Diplograph.run(["extract", "headline.txt", "-f", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("not English"), "\(result.stderr)")
        #expect(try Self.listing(result).documents.map(\.name) == ["headline.txt"])
    }

    @Test("report and diff skip a document that is not English as extract does")
    func reportAndDiff() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("fr.txt", ForeignTexts.french)
        try scratch.write("en.txt", Self.english)
        let report = try Diplograph.run(["report", "fr.txt", "en.txt", "-o", "r.html"], in: scratch.url)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("skipped fr.txt: not English"), "\(report.stderr)")
        let diff = try Diplograph.run(["diff", "en.txt", "fr.txt", "-f", "json"], in: scratch.url)
        #expect(diff.status == 1, "\(diff.stderr)")
        #expect(diff.stderr.contains("skipped fr.txt: not English"), "\(diff.stderr)")
    }
}
