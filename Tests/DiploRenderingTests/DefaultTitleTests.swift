import DiploGraph
import TestSupport
import Testing
@testable import DiploRendering

/// The title a drawing gets when none is given: a headline, a corpus and its dates, a focus, a
/// diff; cut at a word; the same in the DOT, the SVG and the report's page.
@Suite("Default titles")
struct DefaultTitleTests {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func options(title: String? = nil, _ subject: DrawingSubject) -> RenderOptions {
        var options = RenderOptions(title: title)
        options.subject = subject
        return options
    }

    static func title(_ graph: Graph, _ subject: DrawingSubject = DrawingSubject()) -> String {
        DOTWriter(options: options(subject)).drawnTitle(for: graph)
    }

    @Test("one document: its headline; without one, its file name in words; standard input: 1 article")
    func oneDocument() {
        #expect(Self.title(Graph(documents: ["news/oslo.html"], documentTitles: ["news/oslo.html": "Norway hosts peace talks"]))
                == "Norway hosts peace talks")
        #expect(Self.title(Graph(documents: ["news/peace_talks-in-oslo.txt"])) == "peace talks in oslo")
        #expect(Self.title(Graph(documents: ["-"], documentDates: ["-": Self.day("2026-09-03")])) == "1 article, 3 Sep 2026")
        #expect(Self.title(Graph(documents: ["news/0042.txt"])) == "1 article")
        #expect(Self.title(Graph()) == "")
    }

    @Test("a corpus: how many articles and the span of their dates", arguments: [
        (["a": "2026-09-03", "b": "2026-11-28", "c": "2026-10-01"], "3 articles, 3 Sep – 28 Nov 2026"),
        (["a": "2026-09-03", "b": "2026-09-03", "c": "2026-09-03"], "3 articles, 3 Sep 2026"),
        (["a": "2026-09-03", "b": "2026-09-28"], "3 articles, 3 – 28 Sep 2026 (1 undated)"),
        (["a": "2025-12-30", "b": "2026-01-02", "c": "2026-01-01"], "3 articles, 30 Dec 2025 – 2 Jan 2026"),
        ([:], "3 articles"),
    ])
    func corpus(dates: [String: String], expected: String) {
        let graph = Graph(documents: ["a", "b", "c"], documentDates: dates.mapValues(Self.day),
                          documentTitles: ["a": "A headline that a corpus title does not show"])
        #expect(Self.title(graph) == expected)
    }

    @Test("open windows of days read as from and until")
    func spans() {
        #expect(DefaultTitle.span(from: Self.day("2024-02-01"), to: nil) == "from 1 Feb 2024")
        #expect(DefaultTitle.span(from: nil, to: Self.day("2024-03-31")) == "until 31 Mar 2024")
        #expect(DefaultTitle.span(from: nil, to: nil) == "")
    }

    @Test("a focus: Around X (K hops), one hop singular")
    func focus() {
        let graph = Graph(documents: ["a", "b"])
        #expect(Self.title(graph, DrawingSubject(focus: .init(label: "Lee Jae Myung", hops: 1))) == "Around Lee Jae Myung (1 hop)")
        #expect(Self.title(graph, DrawingSubject(focus: .init(label: "China", hops: 2))) == "Around China (2 hops)")
    }

    static var diff: Graph {
        let old = Graph(nodes: Fixtures.nodes, edges: Array(Fixtures.edges.prefix(5)), documents: ["old.txt"])
        var newEdges = Array(Fixtures.edges.dropFirst(2))
        let met = newEdges[1]
        newEdges[1] = Edge(source: met.source, target: met.target, relation: met.relation, evidence: met.evidence.dropLast())
        let new = Graph(nodes: Fixtures.nodes, edges: newEdges, documents: ["new.txt"])
        return Graph.diff(old: old, new: new)
    }

    @Test("a diff: both sides and the relations added, removed and changed")
    func diffTitle() {
        // Old: leads ×2, urged, met (5), party to. New: urged, met (4), party to, rejected, visited.
        let sides = DrawingSubject(diff: .init(old: "last-week", new: "this-week"))
        #expect(Self.title(Self.diff, sides) == "last-week → this-week: +2 added, \u{2212}2 removed, ~1 changed")
        var focused = sides
        focused.focus = .init(label: "South Korea", hops: 1)
        #expect(Self.title(Self.diff, focused) == "last-week → this-week around South Korea (1 hop): +2 added, \u{2212}2 removed, ~1 changed")
        // Without sides (a diff graph read back from JSON), its documents stand for them.
        #expect(Self.title(Self.diff) == "2 articles: +2 added, \u{2212}2 removed, ~1 changed")
        let same = Graph.diff(old: Fixtures.graph, new: Fixtures.graph)
        #expect(Self.title(same, sides) == "last-week → this-week: no change")
    }

    @Test("long headlines and names are cut at a word, with an ellipsis")
    func cuts() {
        let headline = "Norway hosts talks between the two sides in Oslo as envoys from twelve states arrive for the long-awaited conference"
        let title = Self.title(Graph(documents: ["a"], documentTitles: ["a": headline]))
        #expect(title == "Norway hosts talks between the two sides in Oslo as envoys from twelve states arrive for the…")
        #expect(title.count <= DefaultTitle.longestHeadline)
        #expect(DefaultTitle.cut("Talks resume, said the envoy", to: 15) == "Talks resume…")
        #expect(DefaultTitle.cut(String(repeating: "x", count: 50), to: 10) == String(repeating: "x", count: 9) + "…")
        #expect(DefaultTitle.cut("Short", to: 10) == "Short")
        let sides = DrawingSubject(diff: .init(old: headline, new: "b"))
        #expect(Self.title(Graph(documents: ["a"]), sides) == "Norway hosts talks between the two… → b: no change")
    }

    @Test("a title given overrides the default; an empty one draws none")
    func given() {
        let graph = Graph(documents: ["a"], documentTitles: ["a": "Norway hosts peace talks"])
        let subject = DrawingSubject(focus: .init(label: "Norway", hops: 1))
        #expect(DOTWriter(options: Self.options(title: "Mine", subject)).drawnTitle(for: graph) == "Mine")
        #expect(!DOTWriter(options: Self.options(title: "", subject)).write(graph).contains("label="))
    }

    @Test("a drawing over budget is titled for the whole graph, and the report's page says the same")
    func overBudget() throws {
        var graph = Fixtures.graph
        graph.addDocument("b.txt", date: Self.day("2026-09-03"))
        graph.addDocument(Fixtures.document, date: Self.day("2026-11-28"))
        let options = RenderOptions(maxEdges: 1)
        #expect(options.drawn(graph).edgeCount == 1)
        let svg = try InjectionSVG(GraphWriter().write(graph, as: .svg, options: options).bytes)
        #expect(svg.graphLabelLines.first == "2 articles, 3 Sep – 28 Nov 2026")
        let html = try HTMLReport.render(graph, options: options)
        #expect(html.contains("<title>2 articles, 3 Sep – 28 Nov 2026</title>"))
        #expect(html.contains("<h1>2 articles, 3 Sep – 28 Nov 2026</h1>"))
        #expect(HTMLReport.pageTitle(graph, options: RenderOptions(title: "")) == "diplograph report")
    }
}
