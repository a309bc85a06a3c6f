import Foundation
import TestSupport
import Testing

/// End-to-end: what Graphviz users type works as it does with `dot`: `-Tsvg`, `-Gname=value`,
/// `-N`, `-E`, `-Kneato`, a PNG resolution, a size, and `gvpr` selecting by kind.
@Suite("Graphviz users' habits")
struct GraphvizHabitsTests {
    static let sample = Fixtures.articlePath
    static let graphJSON = "Graphs/000_1d76d1aae684a6c5.json"

    /// Runs `arguments`, requiring success, and returns standard output.
    static func output(_ arguments: [String]) throws -> Data {
        let result = try InProcess.run(arguments)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test("-T FORMAT, joined or not, is --format on every subcommand that has it", arguments: [
        ["extract", sample], ["render", graphJSON], ["diff", graphJSON, "Graphs/001_state_visit_mexico_canada.json"],
        ["merge", graphJSON],
    ])
    func formatAlias(_ command: [String]) throws {
        for format in ["svg", "csv"] {
            let long = try Self.output(command + ["--format", format])
            #expect(try Self.output(command + ["-T\(format)"]) == long, "\(command) -T\(format)")
            #expect(try Self.output(command + ["-T", format]) == long, "\(command) -T \(format)")
            #expect(try Self.output(command + ["-T", format.uppercased()]) == long)
        }
    }

    @Test("-Kneato is -K neato")
    func engineJoined() throws {
        #expect(try Self.output(["render", Self.graphJSON, "-Kneato", "-f", "dot"])
                == Self.output(["render", Self.graphJSON, "-K", "neato", "-f", "dot"]))
    }

    @Test("-Gname=value is -G name=value; -N and -E set every node and edge; the DOT carries them")
    func attributes() throws {
        let joined = try Self.output(["render", Self.graphJSON, "-Gsize=2,1", "-Nshape=box", "-Ecolor=navy", "-f", "dot"])
        let spaced = try Self.output(["render", Self.graphJSON, "-G", "size=2,1", "-N", "shape=box", "-E", "color=navy", "-f", "dot"])
        #expect(joined == spaced)
        let dot = String(decoding: joined, as: UTF8.self)
        let nodes = dot.split(separator: "\n").filter { $0.contains(#" [id=""#) && !$0.contains(" -> ") }
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(nodes.count > 10 && edges.count > 10)
        #expect(nodes.allSatisfy { $0.contains(#"shape="box""#) && $0.components(separatedBy: "shape=").count == 2 })
        #expect(edges.allSatisfy { $0.contains(#" color="navy""#) })
        #expect(dot.contains(#"size="2,1"];"#))

        let svg = String(decoding: try Self.output(["render", Self.graphJSON, "-Gsize=2,1", "-f", "svg"]), as: UTF8.self)
        let (width, height) = try Self.svgSize(svg)
        #expect(width <= 2 * 72 + 1 && height <= 72 + 1, "\(width) × \(height) pt")
    }

    @Test("After --, an argument that looks like -Nname=value is a document")
    func terminator() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("-Nshape=box.txt", Fixtures.shortVisit)
        let result = try Diplograph.run(["extract", "-f", "json", "--", "-Nshape=box.txt"], in: scratch.url)
        try #require(result.status == 0, "\(result.stderr)")
        #expect(try GraphJSON(result.stdout).documents == ["-Nshape=box.txt"])
    }

    @Test("--size W,H bounds the drawing in inches; a final ! scales it up")
    func size() throws {
        let small = try Self.svgSize(String(decoding: try Self.output(["render", Self.graphJSON, "--size", "3,2", "-f", "svg"]), as: UTF8.self))
        #expect(small.width <= 3 * 72 + 1 && small.height <= 2 * 72 + 1, "\(small)")
        let large = try Self.svgSize(String(decoding: try Self.output(["render", Self.graphJSON, "--size", "30,30!", "-f", "svg"]), as: UTF8.self))
        #expect(max(large.width, large.height) > 29 * 72, "\(large)")
    }

    @Test("--dpi N scales a PNG (Graphviz draws 96 dpi); -Gdpi=N is the same; SVG keeps its size")
    func dpi() throws {
        let plain = try Self.output(["render", Self.graphJSON, "-f", "png"])
        let print = try Self.output(["render", Self.graphJSON, "-f", "png", "--dpi", "300"])
        #expect(try Self.output(["render", Self.graphJSON, "-Tpng", "-Gdpi=300"]) == print)
        let ratio = Double(Self.pngWidth(print)) / Double(Self.pngWidth(plain))
        #expect(abs(ratio - 300.0 / 96) < 0.05, "\(Self.pngWidth(plain)) → \(Self.pngWidth(print)) pixels")
        #expect(try Self.output(["render", Self.graphJSON, "-f", "svg", "--dpi", "300"])
                == Self.output(["render", Self.graphJSON, "-f", "svg"]))
        #expect(String(decoding: try Self.output(["render", Self.graphJSON, "--dpi", "300"]), as: UTF8.self).contains(#"dpi="300""#),
                "the DOT carries it, for dot -Tpng")
    }

    /// A bad attribute: what to pass and what the error line must say.
    struct BadValue: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var mentions: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let badValues: [BadValue] = [
        BadValue(arguments: ["-N", "fillcolor=red;"], mentions: ["-N", "fillcolor=red;", "colour"]),
        BadValue(arguments: ["-Nfontname=Helvetica\"/><script>"], mentions: ["-N", "font name"]),
        BadValue(arguments: ["-Nshape=record"], mentions: ["-N", "record"]),
        BadValue(arguments: ["-E", "label=x"], mentions: ["-E", "label"]),
        BadValue(arguments: ["-Earrowhead=normal\"]"], mentions: ["-E", "arrow"]),
        BadValue(arguments: ["-G", "URL=javascript:x"], mentions: ["-G", "URL"]),
        BadValue(arguments: ["-Gsize=big"], mentions: ["-G", "size"]),
        BadValue(arguments: ["-G", "splines"], mentions: ["-G", "name=value"]),
        BadValue(arguments: ["--size", "7x5"], mentions: ["--size", "7x5"]),
        BadValue(arguments: ["--dpi", "2000"], mentions: ["--dpi", "2000"]),
        BadValue(arguments: ["-Gdpi=many"], mentions: ["-G dpi", "many"]),
    ]

    @Test("A bad -G, -N, -E, --size or --dpi is one error line naming the option, exit 64, nothing written",
          arguments: badValues)
    func badValue(_ bad: BadValue) throws {
        let scratch = try TemporaryDirectory()
        let result = try InProcess.run(["render", Self.graphJSON, "-o", scratch.file("out.svg").path] + bad.arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && result.stderr.hasPrefix("diplograph: error: "), "\(result.stderr)")
        for text in bad.mentions { #expect(result.stderr.contains(text), "\(text) in \(result.stderr)") }
        #expect(try scratch.contents().isEmpty)
    }

    @Test("Graphviz's gvpr selects by kind, state, relation and count in our DOT",
          .enabled(if: Prerequisite.shouldRun(Prerequisite.hasExecutable("gvpr")),
                   "needs Graphviz's gvpr (scripts/ensure-graphviz.sh installs the graphviz package)"))
    func gvpr() throws {
        let scratch = try TemporaryDirectory()
        let dot = try scratch.write("graph.dot", try Self.output(["extract", Self.sample]))
        let json = try GraphJSON(try Self.output(["extract", Self.sample, "-f", "json"]))
        let nodes = json.object["nodes"] as? [[String: Any]] ?? []
        let edges = json.object["edges"] as? [[String: Any]] ?? []

        func gvpr(_ program: String) throws -> [String] {
            let result = try Diplograph.shell("exec gvpr '\(program)' \(dot.path)")
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdoutText.split(separator: "\n").map(String.init).sorted()
        }
        let leaders = nodes.filter { $0["kind"] as? String == "leader" }.compactMap { $0["id"] as? String }.sorted()
        #expect(!leaders.isEmpty)
        #expect(try gvpr(#"N[kind=="leader"]{print(name)}"#) == leaders)
        let korean = nodes.filter { $0["state"] as? String == "state:KOR" }.compactMap { $0["id"] as? String }.sorted()
        #expect(!korean.isEmpty)
        #expect(try gvpr(#"N[state=="state:KOR"]{print(name)}"#) == korean)
        #expect(try gvpr(#"N[code=="CHN"]{print(name)}"#) == ["state:CHN"])
        let cooperation = edges.filter { $0["relation"] as? String == "cooperates_with" }
            .map { "\($0["source"] as? String ?? "") \($0["target"] as? String ?? "")" }.sorted()
        #expect(!cooperation.isEmpty)
        #expect(try gvpr(#"E[relation=="cooperates_with"]{print(tail.name, " ", head.name)}"#) == cooperation)
        let heavy = edges.filter { ($0["count"] as? Int ?? ($0["evidence"] as? [Any])?.count ?? 0) >= 2 }.count
        #expect(try gvpr(#"E[(int)count >= 2]{print(name)}"#).count == heavy)
    }

    @Test("--help shows -T, -G, -N, -E, --dpi and --size with examples", arguments: ["extract", "render", "diff", "merge", "report"])
    func help(_ subcommand: String) throws {
        // Help wraps its lines: compare with the white space folded.
        let help = try Diplograph.run([subcommand, "--help"]).stdoutText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if subcommand != "report" {
            #expect(help.contains("-f, -T, --format <format>") && help.contains("-Tsvg"))
        }
        for text in ["-G <name=value>", "-N <name=value>", "-E <name=value>", "--dpi <n>", "--size <w,h>",
                     "Example: -G ranksep=1.2", "Example: -N shape=box", "Example: -E color=gray40", "--dpi 300", "--size 7,5"] {
            #expect(help.contains(text), "\(subcommand) --help lacks \(text)")
        }
    }

    /// The `width` and `height` of an SVG's root element, in points.
    static func svgSize(_ svg: String) throws -> (width: Double, height: Double) {
        let root = svg[try #require(svg.range(of: "<svg ")).upperBound...].prefix { $0 != ">" }
        func value(_ name: String) throws -> Double {
            let start = try #require(root.range(of: "\(name)=\""))
            return try #require(Double(root[start.upperBound...].prefix { $0.isNumber || $0 == "." }))
        }
        return (try value("width"), try value("height"))
    }

    /// The width in pixels in a PNG's header.
    static func pngWidth(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        guard bytes.count > 24 else { return 0 }
        return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
}
