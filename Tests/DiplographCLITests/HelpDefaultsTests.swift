import DiploGraph
import Foundation
import TestSupport
import Testing

/// What `--help` promises is what the tool does: every "(default: …)" a subcommand's help
/// states is checked against a run, and `help` refuses names that are no subcommand.
@Suite("Help tells the truth")
struct HelpDefaultsTests {
    /// The subcommands, as `diplograph help` lists them.
    static let subcommands = ["extract", "render", "report", "diff", "merge"]

    /// The "(default: …)" texts of one help page, by the option they are written under
    /// (`--format`, `--max-edges` …), with the help's line breaks folded into spaces.
    static func documentedDefaults(in help: String) -> [String: String] {
        var defaults: [String: String] = [:]
        var option: String?
        var text = ""
        func finish() {
            guard let option, let range = text.range(of: "(default: ") else { return }
            let rest = text[range.upperBound...]
            guard let close = rest.lastIndex(of: ")") else { return }
            defaults[option] = String(rest[..<close])
        }
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if line.hasPrefix("  -"), let name = trimmed.split(separator: " ").first(where: { $0.hasPrefix("--") }) {
                finish()
                option = String(name.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
                text = String(trimmed)
            } else if line.hasPrefix("   ") && option != nil {
                text += " " + trimmed
            } else {
                finish()
                option = nil
                text = ""
            }
        }
        finish()
        return defaults
    }

    /// The help page of `subcommand`, both as `help NAME` and as `NAME --help` (they must agree).
    static func help(of subcommand: String) throws -> String {
        let viaHelp = try Diplograph.run(["help", subcommand])
        let viaFlag = try Diplograph.run([subcommand, "--help"])
        #expect(viaHelp.status == 0 && viaFlag.status == 0, "\(viaHelp.stderr) \(viaFlag.stderr)")
        expectIdentical(viaHelp.stdoutText, viaFlag.stdoutText, "'help \(subcommand)' and '\(subcommand) --help' differ")
        return viaHelp.stdoutText
    }

    /// The arguments that make each subcommand write one graph without `--format` or `--output`.
    static let graphRuns: [String: [String]] = [
        "extract": ["extract", Fixtures.articlePath],
        "render": ["render", "Graphs/000_1d76d1aae684a6c5.json"],
        "diff": ["diff", "Samples/001_state_visit_mexico_canada.txt", "Samples/004_unnamed_leaders_kenya_france.txt"],
        "merge": ["merge", "Graphs/000_1d76d1aae684a6c5.json"],
    ]

    @Test("Every documented default of every subcommand is checked, and holds", arguments: subcommands)
    func documentedDefaultsHold(subcommand: String) throws {
        let defaults = Self.documentedDefaults(in: try Self.help(of: subcommand))
        #expect(!defaults.isEmpty, "no '(default: …)' found in the help of \(subcommand)")
        for (option, value) in defaults.sorted(by: { $0.key < $1.key }) {
            switch option {
            case "--format": try checkFormat(subcommand, documented: value)
            case "--max-edges": try checkDrawingBudget(subcommand, documented: value)
            case "--max-nodes": try checkNodeBudget(subcommand, documented: value)
            case "--hops": try checkHops(subcommand, documented: value)
            case "--level": try checkLevel(subcommand, documented: value)
            case "--evidence-limit": try checkEvidenceLimit(subcommand, documented: value)
            case "--title": try checkTitle(subcommand, documented: value)
            case "--engine": try checkEngine(subcommand, documented: value)
            case "--top": try checkTop(subcommand, documented: value)
            default: Issue.record("\(subcommand) \(option): the help documents '(default: \(value))' and no test checks it")
            }
        }
    }

    /// "the --output extension, else F": no `--format` and no `--output` writes F, and an
    /// `--output` extension wins over F.
    func checkFormat(_ subcommand: String, documented: String) throws {
        let prefix = "the --output extension, else "
        try #require(documented.hasPrefix(prefix), "\(subcommand) --format: unexpected default text '\(documented)'")
        let fallback = String(documented.dropFirst(prefix.count))
        let arguments = try #require(Self.graphRuns[subcommand], "no run known for \(subcommand)")
        let plain = try InProcess.run(arguments)
        try #require(plain.status == 0, "\(arguments): \(plain.stderr)")
        let explicit = try InProcess.run(arguments + ["--format", fallback])
        expectIdentical(plain.stdout, explicit.stdout, "\(subcommand): the help says the default format is \(fallback); the output differs from --format \(fallback)")

        let scratch = try TemporaryDirectory()
        let other = fallback == "json" ? "dot" : "json"
        let file = scratch.file("graph.\(other)")
        let byExtension = try InProcess.run(arguments + ["--output", file.path])
        try #require(byExtension.status == 0, "\(byExtension.stderr)")
        let asOther = try InProcess.run(arguments + ["--format", other])
        try expectIdentical(Data(contentsOf: file), asOther.stdout, "\(subcommand): the .\(other) extension did not choose \(other)")
    }

    /// The command that draws a graph JSON file with `subcommand`'s drawing options (`extract`
    /// reads documents, and `report` writes HTML: `render` stands in for them).
    static func drawingCommand(_ subcommand: String, other: String) -> [String] {
        switch subcommand {
        case "extract", "report": return ["render"]
        case "diff": return ["diff", other]
        default: return [subcommand]
        }
    }

    /// "dot for a small diagram, sfdp for an overview" for `--engine`: the DOT of a graph of 9
    /// entities carries dot's attributes, that of 50 sfdp's.
    func checkEngine(_ subcommand: String, documented: String) throws {
        #expect(documented == "dot for a small diagram, sfdp for an overview", "\(subcommand) --engine: '\(documented)'")
        let scratch = try TemporaryDirectory()
        let small = try scratch.write("small.json", Self.organizationGraph(relations: 30))
        let large = try scratch.write("large.json", Self.organizationGraph(relations: 400))
        let command = Self.drawingCommand(subcommand, other: small.path)
        let smallDOT = try InProcess.run(command + [small.path, "-f", "dot"])
        let largeDOT = try InProcess.run(command + [large.path, "-f", "dot"])
        try #require(smallDOT.status == 0 && largeDOT.status == 0, "\(smallDOT.stderr) \(largeDOT.stderr)")
        if subcommand != "diff" {
            #expect(smallDOT.stdoutText.contains(#"ranksep="0.6""#) && !smallDOT.stdoutText.contains(#"K="1.2""#), "\(subcommand): small")
        }
        #expect(largeDOT.stdoutText.contains(#"K="1.2""#), "\(subcommand): large")
    }

    /// "the best connected 60 when more than 40 entities are in relations, else all" for
    /// `--top`: 70 organisations in relations draw 60, and say so.
    func checkTop(_ subcommand: String, documented: String) throws {
        #expect(documented == "the best connected \(60) when more than \(40) entities are in relations, else all",
                "\(subcommand) --top: '\(documented)'")
        let scratch = try TemporaryDirectory()
        let graph = try scratch.write("graph.json", Self.organizationGraph(relations: 560))
        let small = try scratch.write("small.json", Self.organizationGraph(relations: 2))
        let run = try InProcess.run(Self.drawingCommand(subcommand, other: small.path) + [graph.path, "-f", "svg"])
        try #require(run.status == 0, "\(run.stderr)")
        let drawn = try SVGStructure(run.stdout).groups.filter { $0.contains("class=node") }.count
        #expect(drawn == 60, "\(subcommand): \(drawn) entities drawn")
        #expect(run.stderr.contains("overview of the 60 best connected of the 70 entities in relations"), "\(run.stderr)")
    }

    /// "N" for `--max-edges`: a graph of N + 1 relations is cut to N, and one of N is not.
    func checkDrawingBudget(_ subcommand: String, documented: String) throws {
        let budget = try #require(Int(documented), "--max-edges: '\(documented)' is not a number")
        // twopi lays out a few hundred edges in well under a second; the budget is the same for every engine.
        try checkBudget(subcommand, option: "--max-edges", budget: budget, engine: "twopi",
                        graph: { Self.organizationGraph(relations: $0) },
                        cutNote: "draws the \(budget) heaviest of \(budget + 1) relations", anyCutNote: "heaviest")
    }

    /// "N" for `--max-nodes`: a graph of N + 1 entities without relations draws N, and one of
    /// N draws them all.
    func checkNodeBudget(_ subcommand: String, documented: String) throws {
        let budget = try #require(Int(documented), "--max-nodes: '\(documented)' is not a number")
        // dot lays out a thousand entities without relations in well under a second.
        try checkBudget(subcommand, option: "--max-nodes", budget: budget, engine: "dot",
                        graph: { Self.organizationGraph(entities: $0) },
                        cutNote: "draws at most \(budget) of \(budget + 1) entities", anyCutNote: "entities;")
    }

    /// Draws `graph(budget + 1)` and `graph(budget)` with `subcommand`: the first must be cut
    /// with `cutNote` on standard error, the second not cut at all.
    func checkBudget(
        _ subcommand: String, option: String, budget: Int, engine: String,
        graph: (Int) -> String, cutNote: String, anyCutNote: String
    ) throws {
        let scratch = try TemporaryDirectory()
        let over = try scratch.write("over.json", graph(budget + 1))
        let exact = try scratch.write("exact.json", graph(budget))
        // `extract` reads documents, and no article comes near a drawing budget; its budget is
        // the same option and code as render's, so render stands in for it here.
        let command: [String]
        switch subcommand {
        case "extract": command = ["render"]
        case "diff": command = ["diff", exact.path]
        default: command = [subcommand]
        }
        // Every entity, so that the budget and not the overview decides what is drawn.
        let drawing = (subcommand == "report" ? [] : ["--format", "svg"]) + ["-K", engine, "--top", "all"]
        let cut = try InProcess.run(command + [over.path] + drawing)
        try #require(cut.status == 0, "\(cut.stderr)")
        #expect(cut.stderr.contains(cutNote), "\(subcommand): the help says \(option) defaults to \(budget); stderr: \(cut.stderr)")
        if subcommand != "diff" {
            let whole = try InProcess.run(command + [exact.path] + drawing)
            try #require(whole.status == 0, "\(whole.stderr)")
            #expect(!whole.stderr.contains(anyCutNote), "\(subcommand): a graph of exactly \(budget) was cut: \(whole.stderr)")
        }
    }

    /// "K" for `--hops`: `--focus X` alone writes what `--focus X --hops K` writes, and not
    /// what K + 1 hops write.
    func checkHops(_ subcommand: String, documented: String) throws {
        let hops = try #require(Int(documented), "--hops: '\(documented)' is not a number")
        let focus = subcommand == "diff" ? "state:MEX" : "state:PRK"  // an entity of each run's graph
        let arguments = (Self.graphRuns[subcommand] ?? ["report", Fixtures.articlePath]) + ["--focus", focus]
        let plain = try InProcess.run(arguments)
        try #require(plain.status == 0, "\(plain.stderr)")
        let same = try InProcess.run(arguments + ["--hops", "\(hops)"])
        let further = try InProcess.run(arguments + ["--hops", "\(hops + 1)"])
        expectIdentical(plain.stdout, same.stdout, "\(subcommand): the default --hops is not \(hops)")
        #expect(plain.stdout != further.stdout, "\(subcommand): --hops \(hops + 1) changed nothing, so the check proves nothing")
    }

    /// "leader" for `--level`: without it the graph keeps its leaders, as `--level leader`
    /// does, and `--level state` would fold them.
    func checkLevel(_ subcommand: String, documented: String) throws {
        #expect(documented == "leader", "\(subcommand) --level: unexpected default text '\(documented)'")
        let arguments = Self.graphRuns[subcommand] ?? ["report", Fixtures.articlePath]
        let plain = try InProcess.run(arguments)
        try #require(plain.status == 0, "\(plain.stderr)")
        let same = try InProcess.run(arguments + ["--level", documented])
        let folded = try InProcess.run(arguments + ["--level", "state"])
        expectIdentical(plain.stdout, same.stdout, "\(subcommand): the default --level is not \(documented)")
        #expect(plain.stdout != folded.stdout, "\(subcommand): --level state changed nothing, so the check proves nothing")
    }

    /// "N" for `--evidence-limit`: a document that names one state in N + 5 sentences keeps N
    /// of them by default, and the count of all.
    func checkEvidenceLimit(_ subcommand: String, documented: String) throws {
        let limit = try #require(Int(documented), "--evidence-limit: '\(documented)' is not a number")
        let scratch = try TemporaryDirectory()
        let text = (1...(limit + 5)).map { "Norway said on day \($0) that it would wait." }.joined(separator: " ")
        let document = try scratch.write("norway.txt", text + "\n")
        var arguments: [String]
        switch subcommand {
        case "merge":
            let fragments = try InProcess.run(["extract", "--jsonl", "--evidence-limit", "all", document.path])
            try #require(fragments.status == 0, "\(fragments.stderr)")
            arguments = ["merge", try scratch.write("fragments.jsonl", fragments.stdout).path, "-f", "json"]
        case "report": arguments = ["report", document.path]
        default: arguments = [subcommand, document.path, "-f", "json"]
        }
        let plain = try InProcess.run(arguments)
        try #require(plain.status == 0, "\(plain.stderr)")
        let same = try InProcess.run(arguments + ["--evidence-limit", "\(limit)"])
        let all = try InProcess.run(arguments + ["--evidence-limit", "all"])
        expectIdentical(plain.stdout, same.stdout, "\(subcommand): the default --evidence-limit is not \(limit)")
        #expect(plain.stdout != all.stdout, "\(subcommand): 'all' kept no more than the default, so the check proves nothing")
        if subcommand != "report" {
            let sentences = plain.stdoutText.components(separatedBy: "\"sentence\"").count - 1
            #expect(sentences == limit, "\(subcommand): \(sentences) evidence sentences kept, the help says \(limit)")
        }
    }

    /// "what is shown: one article's headline, …; '' for none": the drawn title of one article
    /// is its headline (the title tests check the rest), and `--title ''` draws none.
    func checkTitle(_ subcommand: String, documented: String) throws {
        let expected = "what is shown: one article's headline, N articles and their dates, Around NAME, a diff's sides and changes; '' for none"
        #expect(documented == expected, "\(subcommand) --title: unexpected default text '\(documented)'")
        let arguments = subcommand == "report" ? ["report", Fixtures.articlePath] : ["extract", Fixtures.articlePath, "-f", "dot"]
        // The headline is the article's first sentence too, which the report's tables quote.
        let headline = (subcommand == "report" ? "<h1>" : ">") + "South Korean President Lee is trying to ease tensions"
        let plain = try InProcess.run(arguments)
        try #require(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdoutText.contains(headline), "\(subcommand): the default title is not the article's headline")
        let none = try InProcess.run(arguments + ["--title", ""])
        #expect(!none.stdoutText.contains(headline), "\(subcommand): --title '' still draws the headline")
    }

    /// A graph JSON of `entities` organisations and no relations.
    static func organizationGraph(entities: Int) -> String {
        let nodes = (0..<entities).map { String(format: "{\"id\":\"organization:o%05d\",\"kind\":\"organization\",\"label\":\"o%05d\"}", $0, $0) }
        return "{\"nodes\":[\(nodes.joined(separator: ","))],\"edges\":[]}"
    }

    /// A graph JSON of `relations` "urged" edges between organisations, all of weight one, each
    /// from an earlier organisation to a later one.
    static func organizationGraph(relations: Int) -> String {
        // About eight relations per organisation: a dense graph takes Graphviz far longer to lay out.
        var size = max(2, relations / 8)
        while size * (size - 1) / 2 < relations { size += 1 }
        let ids = (0..<size).map { String(format: "organization:o%03d", $0) }
        let nodes = ids.map { "{\"id\":\"\($0)\",\"kind\":\"organization\",\"label\":\"\($0.dropFirst(13))\"}" }
        var edges: [String] = []
        outer: for (index, source) in ids.enumerated() {
            for target in ids[(index + 1)...] {
                if edges.count == relations { break outer }
                edges.append("{\"source\":\"\(source)\",\"target\":\"\(target)\",\"relation\":\"urged\"}")
            }
        }
        edges.sort()
        return "{\"nodes\":[\(nodes.joined(separator: ","))],\"edges\":[\(edges.joined(separator: ","))]}"
    }

    @Test("'help NAME' for a name that is no subcommand is an error, not the top-level help")
    func helpForUnknownSubcommand() throws {
        let result = try Diplograph.run(["help", "nosuchcommand"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "diplograph: error: 'help nosuchcommand': no such subcommand; the subcommands are \(Self.subcommands.joined(separator: ", "))\n")
        for name in Self.subcommands {
            #expect(try Diplograph.run(["help", name]).status == 0, "help \(name)")
        }
    }

    @Test("A negative count names the option and the value", arguments: [
        ("--max-edges", "-3", "--max-edges takes a number of 1 or more, or 'all', not '-3'"),
        ("--max-nodes", "-3", "--max-nodes takes a number of 1 or more, or 'all', not '-3'"),
        ("--evidence-limit", "-3", "--evidence-limit takes a number of 1 or more, or 'all', not '-3'"),
        ("--min-weight", "-3", "--min-weight must be 0 or more, not -3"),
    ])
    func negativeCount(option: String, value: String, message: String) throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, option, value])
        #expect(result.status == 64)
        #expect(result.stderr == "diplograph: error: \(message)\n")
    }

    @Test("An --output extension that names no format is a bad command line (exit 64), before anything is read",
          arguments: ["extract", "render", "diff", "merge"])
    func unknownExtension(subcommand: String) throws {
        let arguments = try #require(Self.graphRuns[subcommand])
        let result = try InProcess.run(arguments + ["-o", "/nonexistent-dir/graph.jpg"])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("diplograph: error: /nonexistent-dir/graph.jpg: cannot tell the output format from the extension '.jpg'"))
    }

    @Test("The README's relation vocabulary lists every relation the tool can write")
    func vocabularyInReadme() throws {
        let readme = try String(contentsOf: Diplograph.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "`relation` comes from a closed vocabulary:"))
        let end = try #require(readme[start.upperBound...].range(of: "\n  - "))
        let listed = Set(readme[start.upperBound..<end.lowerBound].split(separator: "`").enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) })
        let vocabulary = Set(Relation.allCases.map(\.rawValue))
        #expect(listed == vocabulary,
                "README lists but the tool lacks: \(listed.subtracting(vocabulary).sorted()); the tool has but README lacks: \(vocabulary.subtracting(listed).sorted())")
    }
}
