import Foundation
import TestSupport
import Testing

/// End-to-end: the built binary writes each format, to standard output or to a file.
@Suite("Output formats")
struct OutputFormatTests {
    @Test("JSON to standard output follows the graph contract")
    func jsonToStandardOutput() throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        let graph = try GraphJSON(result.stdout)
        #expect(graph.documents == [Fixtures.articlePath])
        #expect(graph.object["nodes"] is [Any])
        #expect(graph.object["edges"] is [Any])
    }

    @Test("DOT is the default format on standard output")
    func dotIsTheDefault() throws {
        let result = try InProcess.run([Fixtures.articlePath])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdoutText.hasPrefix("digraph") || result.stdoutText.hasPrefix("strict digraph"))
        #expect(result.stdoutText.hasSuffix("}\n"))
        let explicit = try InProcess.run(["extract", Fixtures.articlePath, "-f", "dot"])
        expectIdentical(explicit.stdout, result.stdout)
    }

    @Test("SVG to standard output is well-formed XML with an svg root")
    func svgToStandardOutput() throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "--format", "svg"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let root = try XML.read(result.stdout) { $0.rootElement()?.localName }
        #expect(root == "svg")
    }

    @Test("Every layout engine renders", arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    func engines(engine: String) throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-f", "svg", "-K", engine])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let root = try XML.read(result.stdout) { $0.rootElement()?.localName }
        #expect(root == "svg")
    }

    @Test("--output picks the format from the extension", arguments: [
        ("graph.svg", "svg"), ("graph.json", "json"), ("graph.dot", "dot"), ("graph.gv", "dot"),
        ("GRAPH.SVG", "svg"), ("graph", "dot"),
    ])
    func outputExtension(name: String, expected: String) throws {
        let scratch = try TemporaryDirectory()
        let target = scratch.file(name)
        let result = try InProcess.run(["extract", Fixtures.articlePath, "--output", target.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty, "nothing goes to standard output with --output")
        let written = try Data(contentsOf: target)
        #expect(Self.sniff(written) == expected)
        #expect(try scratch.contents() == [name], "no temporary file is left behind")
    }

    @Test("--format wins over the --output extension")
    func formatOverridesExtension() throws {
        let scratch = try TemporaryDirectory()
        let target = scratch.file("graph.svg")
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-o", target.path, "-f", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.sniff(try Data(contentsOf: target)) == "json")
    }

    @Test("--output replaces an existing file")
    func outputReplaces() throws {
        let scratch = try TemporaryDirectory()
        let target = try scratch.write("graph.json", "old contents")
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-o", target.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.sniff(try Data(contentsOf: target)) == "json")
        #expect(try scratch.contents() == ["graph.json"])
    }

    @Test("With no path, or '-', the document comes from standard input")
    func standardInput() throws {
        let article = try Fixtures.article()
        for arguments in [["extract", "-f", "json"], ["extract", "-", "-f", "json"], ["-f", "json"]] {
            let result = try InProcess.run(arguments, stdin: article)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let graph = try GraphJSON(result.stdout)
            #expect(graph.documents == ["-"], "\(arguments)")
            #expect(graph.evidenceDocuments.isSubset(of: ["-"]), "\(arguments)")
        }
        // Same graph as from the file, but for the document's name.
        let fromFile = try GraphJSON(InProcess.run(["extract", Fixtures.articlePath, "-f", "json"]).stdout)
        let fromStdin = try GraphJSON(InProcess.run(["-f", "json"], stdin: article).stdout)
        #expect(fromStdin.nodeIDs == fromFile.nodeIDs)
        #expect(fromStdin.edgeKeys == fromFile.edgeKeys)
    }

    @Test("HTML on standard input is recognised and its markup is not read as text")
    func htmlOnStandardInput() throws {
        let html = """
            <!DOCTYPE html><html><head><script>var President = "Nobody Atall";</script></head>
            <body><p>\(Fixtures.shortVisit)</p><p>Scroll to Top</p></body></html>
            """
        let result = try InProcess.run(["-f", "json"], stdin: Data(html.utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try GraphJSON(result.stdout)
        #expect(!graph.nodeIDs.contains { $0.contains("nobody") || $0.contains("script") })
    }

    @Test("A directory is read whole and its documents merge into one graph")
    func directoryMerges() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("news/a.txt", try Fixtures.article())
        try scratch.write("news/sub/b.md", Fixtures.shortVisit)
        try scratch.write("news/ignored.csv", "not,a,document\n")
        let merged = try Diplograph.run(["extract", "news", "-f", "json"], in: scratch.url)
        #expect(merged.status == 0, "stderr: \(merged.stderr)")
        let graph = try GraphJSON(merged.stdout)
        #expect(graph.documents == ["news/a.txt", "news/sub/b.md"])

        let first = try GraphJSON(Diplograph.run(["news/a.txt", "-f", "json"], in: scratch.url).stdout)
        let second = try GraphJSON(Diplograph.run(["news/sub/b.md", "-f", "json"], in: scratch.url).stdout)
        #expect(graph.nodeIDs == first.nodeIDs.union(second.nodeIDs))
        #expect(graph.edgeKeys == first.edgeKeys.union(second.edgeKeys))

        // Naming the files one by one gives the same graph as naming the directory.
        let listed = try Diplograph.run(["news/a.txt", "news/sub/b.md", "-f", "json"], in: scratch.url)
        expectIdentical(listed.stdout, merged.stdout)
    }

    @Test("Two runs give byte-identical output", arguments: ["dot", "json"])
    func deterministic(format: String) throws {
        let arguments = ["extract", "Samples", "--format", format]
        let first = try InProcess.run(arguments)
        let second = try InProcess.run(arguments)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(!first.stdout.isEmpty)
        expectIdentical(first.stdout, second.stdout)
    }

    @Test("--help shows the command line and examples")
    func help() throws {
        let result = try Diplograph.run(["extract", "--help"])
        #expect(result.status == 0)
        for expected in ["--format", "--output", "--engine", "-K", "Examples:", "dot -Tpng"] {
            #expect(result.stdoutText.contains(expected), "help lacks \(expected)")
        }
    }

    /// Which of our formats `data` looks like.
    static func sniff(_ data: Data) -> String {
        let text = String(decoding: data.prefix(512), as: UTF8.self)
        if text.hasPrefix("{") { return "json" }
        if text.contains("<svg") { return "svg" }
        if text.hasPrefix("digraph") || text.hasPrefix("strict digraph") { return "dot" }
        return "unknown: \(text.prefix(40))"
    }
}
