import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

/// Labels, titles and tooltips are cut for drawing (`DrawingLimits`): a node label of 200 KB or
/// more ran Graphviz out of memory and then crashed it, in SVG and PNG.
@Suite("Drawing limits")
struct DrawingLimitsTests {
    /// Two states, the first labelled `label`, and an edge between them.
    static func graph(label: String) -> Graph {
        Graph(nodes: [Node(id: "state:AAA", kind: .state, label: label, code: "AAA"),
                      Node(id: "state:BBB", kind: .state, label: "B", code: "BBB")],
              edges: [Edge(source: "state:AAA", target: "state:BBB", relation: .met,
                           evidence: [Fixtures.evidence("They met.", at: 0)])],
              documents: [Fixtures.document])
    }

    /// 300 KB of label.
    enum HugeLabel: CaseIterable {
        /// 150,000 lines (Graphviz 2.43 ran out of memory and crashed at about 40,000).
        case lines
        /// One word of 300,000 letters.
        case word

        var text: String {
            switch self {
            case .lines: return String(repeating: "a\n", count: 150_000)
            case .word: return String(repeating: "W", count: 300_000)
            }
        }
    }

    @Test("a 300 KB label is drawn cut to 500 characters with an ellipsis, in SVG and PNG", arguments: HugeLabel.allCases)
    func hugeLabel(_ label: HugeLabel) throws {
        let graph = Self.graph(label: label.text)
        let svg = try SVG(GraphWriter().write(graph, as: .svg).bytes)
        let node = try #require(svg.group(id: "state:AAA"))
        let drawn = node.textLines.joined(separator: "\n")
        #expect(drawn.hasSuffix("…"))
        #expect(drawn.count <= DrawingLimits.labelCharacters)
        #expect(node.textLines.count <= DrawingLimits.labelCharacters)
        let png = try GraphWriter().write(graph, as: .png).bytes
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test("the data formats keep the whole label")
    func dataKeepsLabel() throws {
        let label = String(repeating: "word ", count: 60_000)
        let graph = Self.graph(label: label)
        let decoded = try Graph.fromJSON(Data(GraphWriter().write(graph, as: .json).bytes))
        #expect(decoded.node("state:AAA")?.label == label)
        let csv = String(decoding: try GraphWriter().write(graph, as: .csv).bytes, as: UTF8.self)
        #expect(csv.contains(label.trimmingCharacters(in: .whitespaces)))
    }

    @Test("the cut falls on a character boundary: a letter and its combining accent stay together")
    func characterBoundary() {
        let label = String(repeating: "e\u{301}", count: 600)
        let capped = DOTWriter().drawnLabel(of: Node(id: "state:X", kind: .state, label: label))
            .replacingOccurrences(of: "\n", with: "")
        #expect(capped.count == DrawingLimits.labelCharacters)
        #expect(capped.hasSuffix("…"))
        #expect(Array(capped.dropLast()) == Array(label.prefix(DrawingLimits.labelCharacters - 1)))
    }

    @Test("a label of few characters but many bytes is cut by bytes, whole characters only")
    func byteLimit() {
        let heavy = "a" + String(repeating: "\u{301}", count: 99)  // one character, 199 bytes
        let label = String(repeating: heavy, count: 30)
        let capped = DrawingLimits.capped(label, characters: DrawingLimits.labelCharacters, bytes: DrawingLimits.labelBytes)
        #expect(capped.utf8.count <= DrawingLimits.labelBytes)
        #expect(capped.hasSuffix("…"))
        #expect(capped.dropLast().allSatisfy { $0 == Character(heavy) })
        #expect(capped.count - 1 == (DrawingLimits.labelBytes - "…".utf8.count) / heavy.utf8.count)
        // Text within both limits is returned as it is.
        #expect(DrawingLimits.capped("short", characters: 5, bytes: 5) == "short")
    }

    @Test("a tooltip is cut to 3,000 bytes, and the DOT stays within what Graphviz's own reader takes")
    func tooltip() throws {
        let aliases = (0..<300).map { "alias \($0) " + String(repeating: "&\\\"", count: 30) }
        let sentence = String(repeating: "Long & \\ \"quoted\" sentence. ", count: 200)
        let node = Node(id: "state:AAA", kind: .state, label: "A", code: "AAA", aliases: aliases,
                        evidence: (0..<100).map { Fixtures.evidence(sentence, at: $0) })
        let style = Style(tooltipEvidenceLimit: 100, tooltipSentenceLength: 3000)
        let writer = DOTWriter(style: style)
        let tooltip = writer.nodeTooltip(node)
        #expect(tooltip.utf8.count <= DrawingLimits.tooltipBytes)
        #expect(tooltip.hasSuffix("…"))
        #expect(tooltip.hasPrefix("A (state, AAA)\nalso: alias 0 "))

        let graph = Graph(nodes: [node], documents: [Fixtures.document])
        let dot = writer.write(graph)
        // Graphviz's DOT reader refuses a quoted string of more than 16,384 bytes.
        let longest = dot.split(separator: "\"").map(\.utf8.count).max() ?? 0
        #expect(longest < 16_384)
        let svg = try SVG(GraphWriter().write(graph, as: .svg, options: RenderOptions(style: style)).bytes)
        #expect(svg.group(id: "state:AAA")?.tooltip?.hasSuffix("…") == true)
    }

    @Test("DOT of a graph with huge texts is read by Graphviz's own dot program",
          .enabled(if: Prerequisite.shouldRun(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")),
                   "needs Graphviz's dot program (scripts/ensure-graphviz.sh installs it)"))
    func dotProgramReadsOurDOT() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz's dot program is not installed")
        var graph = Self.graph(label: String(repeating: "label & text ", count: 10_000))
        graph.add(Node(id: "state:BBB", kind: .state, label: "B", aliases: [String(repeating: "x", count: 50_000)]))
        let dot = DOTWriter(title: String(repeating: "title ", count: 10_000)).write(graph)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(messages)")
        #expect(messages.isEmpty)
        #expect(svg.count > 1000)
    }

    @Test("the title is cut like a label")
    func title() throws {
        let title = String(repeating: "Title ", count: 2_000)
        let writer = DOTWriter(title: title)
        let drawn = writer.drawnTitle(for: Fixtures.graph)
        #expect(drawn.count == DrawingLimits.labelCharacters)
        #expect(drawn.hasSuffix("…"))
        let svg = try SVG(GraphWriter().write(Fixtures.graph, as: .svg, options: RenderOptions(legend: false, title: title)).bytes)
        let text = svg.root.descendants(named: "text").map { $0.stringValue ?? "" }.joined()
        #expect(text.contains("Title Title"))
        #expect(!text.contains(String(repeating: "Title ", count: 100)))
    }
}
