import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: what analysts feed the tool when they scrape — broken encodings, pages full of
/// scripts, outputs that would clobber inputs, runs killed half-way — never crashes it, never
/// produces invalid output, and never leaves a half-written file.
@Suite("Hostile input")
struct HostileInputTests {
    /// A document in the user's style, with bytes that are not UTF-8 in the middle of sentences.
    static func invalidUTF8Document() -> Data {
        var data = Data("South Korean President Lee Jae Myung met Chinese President Xi Jinping in Seoul \u{201C}".utf8)
        data += Data([0xFF, 0xC3, 0x28, 0xE2, 0x82])  // stray byte, bad continuation, truncated sequence
        data += Data("\u{201D} on Monday. The two countries signed seven agreements ".utf8)
        data += Data([0xED, 0xA0, 0x80, 0xC0, 0xAF])  // an encoded surrogate and an overlong slash
        data += Data(" on trade.\n".utf8)
        return data
    }

    @Test("invalid UTF-8 is replaced, with one warning line, and every output stays valid")
    func invalidUTF8() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("broken.txt", Self.invalidUTF8Document())
        for format in ["dot", "svg", "json", "graphml"] {
            let result = try Diplograph.run(["extract", "broken.txt", "-f", format], in: scratch.url)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stderr == "diplograph: warning: broken.txt: invalid UTF-8 replaced\n", "\(format): \(result.stderr)")
            #expect(String(validating: result.stdout, as: UTF8.self) != nil, "\(format) output is valid UTF-8")
            switch format {
            case "svg", "graphml":
                _ = try XML.read(result.stdout) { $0 }
                if format == "svg" { _ = try SVGStructure(result.stdout) }
            case "json":
                let graph = try GraphJSON(result.stdout)
                #expect(graph.nodeIDs.contains("leader:lee-jae-myung"))
                #expect(graph.nodeIDs.contains("state:KOR"))
                #expect(result.stdoutText.contains("\u{FFFD}"))
            default:
                // DOT must parse: render it again through `render`? It is not JSON; check it
                // is one graph whose quoted strings are balanced by running Graphviz on it.
                #expect(result.stdoutText.hasPrefix("digraph \"diplograph\" {"))
                #expect(result.stdoutText.hasSuffix("}\n"))
            }
        }
        // The DOT goes through Graphviz cleanly: render the JSON to SVG via the CLI.
        let json = try Diplograph.run(["extract", "broken.txt", "-f", "json", "-o", "g.json"], in: scratch.url)
        #expect(json.status == 0)
        let rendered = try Diplograph.run(["render", "g.json", "-f", "svg"], in: scratch.url)
        #expect(rendered.status == 0 && rendered.stderr.isEmpty, "\(rendered.stderr)")
        _ = try SVGStructure(rendered.stdout)
    }

    @Test("invalid UTF-8 on standard input warns about '-'")
    func invalidUTF8OnStandardInput() throws {
        let result = try InProcess.run(["extract", "-f", "json"], stdin: Self.invalidUTF8Document())
        #expect(result.status == 0)
        #expect(result.stderr == "diplograph: warning: -: invalid UTF-8 replaced\n")
    }

    @Test("valid UTF-8 and UTF-16 give no warning; UTF-16 with a BOM gives the UTF-8 graph", arguments: ["utf16le", "utf16be", "utf8bom"])
    func utf16(_ encoding: String) throws {
        let text = try String(decoding: Fixtures.article(), as: UTF8.self)
        let utf8 = try TemporaryDirectory()
        let other = try TemporaryDirectory()
        try utf8.write("article.txt", Data(text.utf8))
        var bytes: Data
        switch encoding {
        case "utf16le": bytes = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        case "utf16be": bytes = Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        default: bytes = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        }
        try other.write("article.txt", bytes)
        let expected = try Diplograph.run(["extract", "article.txt", "-f", "json"], in: utf8.url)
        let actual = try Diplograph.run(["extract", "article.txt", "-f", "json"], in: other.url)
        #expect(expected.status == 0 && actual.status == 0)
        #expect(expected.stderr.isEmpty && actual.stderr.isEmpty, "\(actual.stderr)")
        let a = try GraphJSON(expected.stdout), b = try GraphJSON(actual.stdout)
        #expect(a.nodeIDs == b.nodeIDs)
        #expect(a.edgeKeys == b.edgeKeys)
        #expect(a.nodeIDs.contains("leader:lee-jae-myung"))
    }

    @Test("HTML: scripts, styles and comments are never read as news")
    func htmlWithScripts() throws {
        let scratch = try TemporaryDirectory()
        let html = """
            <!DOCTYPE html><html><head><title>News</title>
            <style>body { content: "President Vladimir Putin met Joe Biden"; }</style>
            <script>var s = "</p>Russian President Vladimir Putin visited France."; if (a < b && c > d) { alert('<b>'); }</script>
            <script type="application/ld+json">{"headline": "German Chancellor Olaf Scholz urged Japan"}</script>
            </head><body>
            <!-- Brazilian President Lula met Argentina -->
            <p>South Korean President Lee Jae Myung met Chinese President Xi Jinping in Seoul.</p>
            <noscript>Indian Prime Minister Narendra Modi visited Canada.</noscript>
            <p onclick="alert(1)">The two countries signed seven agreements &amp; a currency swap.</p>
            <style>.x { color: red }</style><script>document.write("Turkey rejected Greece")</script>
            </body></html>
            """
        try scratch.write("page.html", html)
        let result = try Diplograph.run(["extract", "page.html", "-f", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try GraphJSON(result.stdout)
        #expect(graph.nodeIDs.contains("leader:lee-jae-myung"))
        #expect(graph.nodeIDs.contains("state:CHN"))
        for absent in ["state:RUS", "state:USA", "state:DEU", "state:BRA", "state:TUR", "state:GRC", "state:JPN"] {
            #expect(!graph.nodeIDs.contains(absent), "\(absent) came from a script, style or comment")
        }
        #expect(!result.stdoutText.contains("alert"))
        #expect(!result.stdoutText.contains("<script"))
    }

    @Test("an output under a regular file, or in /proc, is one error line and writes nothing", arguments: ["under-file", "proc"])
    func unwritableOutput(_ kind: String) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.shortVisit)
        try scratch.write("plain", "not a directory")
        let target = kind == "proc" ? "/proc/diplograph-out.svg" : scratch.file("plain/out.svg").path
        let setUp = try scratch.contents()
        let result = try Diplograph.run(["extract", "a.txt", "-o", target], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("diplograph: error: \(target): cannot write the output"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try scratch.contents() == setUp)
        #expect(try String(contentsOf: scratch.file("plain"), encoding: .utf8) == "not a directory")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// The ways to name an input as the output.
    static let sameFileCases: [(name: String, arguments: [String])] = [
        ("extract, the same path", ["extract", "a.txt", "-f", "dot", "-o", "a.txt"]),
        ("extract, another spelling", ["extract", "a.txt", "-f", "dot", "-o", "./sub/../a.txt"]),
        ("extract, a file inside an input directory", ["extract", "docs", "-f", "dot", "-o", "docs/b.md"]),
        ("extract, through a symbolic link", ["extract", "a.txt", "-f", "dot", "-o", "link.txt"]),
        ("extract --jsonl", ["extract", "--jsonl", "a.txt", "-o", "a.txt"]),
        ("render", ["render", "g.json", "-o", "g.json"]),
        ("report", ["report", "a.txt", "-o", "a.txt"]),
        ("diff", ["diff", "g.json", "a.txt", "-f", "json", "-o", "g.json"]),
        ("merge", ["merge", "g.json", "-o", "g.json"]),
    ]

    @Test("an output that is one of the inputs is refused and the input is untouched",
          arguments: sameFileCases.map(\.name))
    func outputIsInput(_ name: String) throws {
        let arguments = try #require(Self.sameFileCases.first { $0.name == name }).arguments
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.shortVisit)
        try scratch.write("docs/b.md", Fixtures.shortVisit)
        try FileManager.default.createDirectory(at: scratch.file("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.file("link.txt").path, withDestinationPath: "a.txt")
        let graph = try Diplograph.run(["extract", "a.txt", "-o", "g.json"], in: scratch.url)
        #expect(graph.status == 0)
        let before = try snapshot(scratch)
        let result = try Diplograph.run(arguments, in: scratch.url)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the output file is also an input"), "\(result.stderr)")
        #expect(result.stderr.hasPrefix("diplograph: error: "))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(try snapshot(scratch) == before, "nothing changed")
    }

    @Test("per-document output that would overwrite an input document is refused")
    func perDocumentOverInput() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("docs/b.txt", Fixtures.shortVisit)
        let before = try snapshot(scratch)
        // b.txt's graph in format 'dot' would go to docs/b.dot; name the input b.dot to collide.
        try FileManager.default.moveItem(at: scratch.file("docs/b.txt"), to: scratch.file("docs/b.dot"))
        let moved = try snapshot(scratch)
        #expect(moved != before)
        let result = try Diplograph.run(["extract", "docs/b.dot", "--per-document", "--output-dir", "docs", "-f", "dot"], in: scratch.url)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("the output file is also an input"), "\(result.stderr)")
        #expect(try snapshot(scratch) == moved)
    }

    @Test("a run killed with SIGKILL leaves no output file and no temporary file")
    func killedRun() throws {
        let scratch = try TemporaryDirectory()
        // Big enough to take a while, then killed part-way.
        try scratch.write("big.txt", BigInput.newsLike(bytes: 8 << 20))
        let process = Process()
        process.executableURL = Diplograph.binary
        process.arguments = ["extract", "big.txt", "-o", "out.svg"]
        process.currentDirectoryURL = scratch.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        #expect(process.isRunning, "the run should still be going when it is killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try scratch.contents() == ["big.txt"])
    }

    @Test("temporary files left by killed runs are clearly named and removed by the next run")
    func staleTemporaryFiles() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.shortVisit)
        // A process id that is certainly gone: a child that has exited and been reaped.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        let stale = ".out.dot.\(dead).0a1b2c3d.diplograph-tmp"
        let live = ".out.dot.\(getpid()).0a1b2c3d.diplograph-tmp"  // this test process is running
        let other = ".other.dot.\(dead).0a1b2c3d.diplograph-tmp"  // another output's: not ours to judge now
        for name in [stale, live, other] { try scratch.write(name, "half a graph") }
        let result = try Diplograph.run(["extract", "a.txt", "-o", "out.dot"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.contents() == [live, other, "a.txt", "out.dot"].sorted())
    }

    /// Every file under the scratch directory with its bytes.
    private func snapshot(_ scratch: TemporaryDirectory) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: scratch.url.path)
        while let path = enumerator?.nextObject() as? String {
            let url = scratch.file(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            } else {
                files[path] = Data()
            }
        }
        return files
    }
}
