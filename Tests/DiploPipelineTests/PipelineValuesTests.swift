import DiploGraph
import DiploPipeline
import DiploRendering
import Foundation
import Testing

/// The values the pipeline takes from a caller, and the errors a mistake in them gives: the
/// command line prints these messages as they are (a `UsageError` as a bad command line).
@Suite("Pipeline values")
struct PipelineValuesTests {
    @Test("--since/--until make a window; none is no window; a window that ends before it starts is a usage error")
    func windows() throws {
        #expect(try DateWindow.since(nil, until: nil) == nil)
        let window = try #require(try DateWindow.since("2024-01-01", until: "2024-03-31"))
        #expect(window.contains(Day(iso: "2024-02-29")))
        #expect(!window.contains(Day(iso: "2024-04-01")))
        #expect(!window.contains(nil), "an undated document is outside every window")
        #expect(window.description == "--since 2024-01-01 --until 2024-03-31")
        #expect(throws: UsageError("--until 2024-01-01 is before --since 2024-05-01")) {
            try DateWindow.since("2024-05-01", until: "2024-01-01")
        }
        #expect(throws: UsageError("--since '2024-02-30' is not a day: write it YYYY-MM-DD, such as 2024-03-05")) {
            try DateWindow.since("2024-02-30", until: nil)
        }
    }

    @Test("FROM..TO windows: either end open, both open refused")
    func writtenWindows() throws {
        let open = try DateWindow.parse("2024-02-01..", option: "--new-dates")
        #expect(open.since == Day(iso: "2024-02-01") && open.until == nil)
        #expect(open.description == "--new-dates 2024-02-01..")
        #expect(throws: UsageError.self) { try DateWindow.parse("..", option: "--old-dates") }
    }

    @Test("N|all values: a count of 1 or more, 'all' in any case, the default when not given")
    func countOrAll() throws {
        #expect(try CountOrAll.parse(nil, option: "--top", default: 7) == 7)
        #expect(try CountOrAll.parse("ALL", option: "--top", default: 7) == nil)
        #expect(try CountOrAll.parse("3", option: "--top", default: 7) == 3)
        #expect(throws: UsageError("--max-edges takes a number of 1 or more, or 'all', not '0'")) {
            try CountOrAll.parse("0", option: "--max-edges", default: 500)
        }
    }

    @Test("--kinds takes plurals and the British spelling; an unknown kind names the accepted ones")
    func kinds() throws {
        #expect(try NodeKind.parseList("states, Organisations") == [.state, .organization])
        #expect(throws: UsageError.self) { try NodeKind.parseList("planets") }
        #expect(throws: UsageError.standardInputTwice) { try DocumentSource.validateStandardInputOnce(["-", "a.txt", "-"]) }
    }
}

/// ``GraphFilter`` and ``FragmentMerger`` on small graphs made here.
@Suite("Pipeline graphs")
struct PipelineGraphTests {
    /// Two states that met, and a third that did nothing.
    static func threeStates() -> Graph {
        let evidence = Evidence(document: "a.txt", start: 0, end: 30, sentence: "Norway's envoy met Chile's one.")
        var graph = Graph()
        graph.addDocument("a.txt")
        graph.add(Node(id: "state:NOR", kind: .state, label: "Norway", code: "NOR", evidence: [evidence]))
        graph.add(Node(id: "state:CHL", kind: .state, label: "Chile", code: "CHL", evidence: [evidence]))
        graph.add(Node(id: "state:PER", kind: .state, label: "Peru", code: "PER", evidence: [evidence]))
        graph.add(Edge(source: "state:NOR", target: "state:CHL", relation: .met, evidence: [evidence]))
        return graph
    }

    @Test("--focus keeps the neighbourhood and tells the drawing; an unknown name is a pipeline error")
    func focus() throws {
        var options = RenderOptions()
        let around = try GraphFilter(focus: "Norway").apply(to: Self.threeStates(), options: &options)
        #expect(Set(around.nodes.map(\.id)) == ["state:NOR", "state:CHL"])
        #expect(options.subject.focus == DrawingSubject.Focus(label: "Norway", hops: 1))
        #expect(throws: PipelineError("--focus 'Atlantis' matches no leader, state, agreement or organisation of the graph (give an id such as state:KOR, a name or an alias)")) {
            try GraphFilter(focus: "Atlantis").apply(to: Self.threeStates(), options: &options)
        }
        #expect(!GraphFilter().isActive)
    }

    @Test("fragments in a file merge into one graph; a broken line is named by file and line")
    func fragments() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let line = try GraphFragment.line(for: Self.threeStates())
        #expect(line.last == 0x0A && !line.dropLast().contains(0x0A), "a fragment is one line")

        let good = directory.appendingPathComponent("good.jsonl")
        try Data(line + line).write(to: good)
        var merger = FragmentMerger(evidenceLimit: nil)
        try merger.add(path: good.path)
        #expect(merger.graphCount == 2)
        #expect(merger.graph().nodeCount == 3)
        #expect(merger.graph().edgeCount == 1)

        let broken = directory.appendingPathComponent("broken.jsonl")
        try Data(line + Array("{\"nodes\": 3}\n".utf8)).write(to: broken)
        var failing = FragmentMerger(evidenceLimit: nil)
        #expect {
            try failing.add(path: broken.path)
        } throws: { error in
            (error as? PipelineError)?.description.hasPrefix("\(broken.path):2: not a diplograph graph: ") == true
        }
    }
}
