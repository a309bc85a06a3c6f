import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

/// The report's timeline: there with relations on two days or more, absent otherwise; bars that
/// add up to the (relation, dated document) pairs; the busiest pairs' lines with ids the page's
/// script selects; weeks, months or years by span; deterministic, well-formed SVG.
@Suite("Report timeline")
struct TimelineTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// A graph of `documents` (name → date, `nil` undated): in each, Ghana met Togo, Ghana
    /// criticised Benin, and Ghana's president leads Ghana; `extra` adds edges.
    static func graph(_ documents: [(String, String?)], extra: [Edge] = []) -> Graph {
        var graph = Graph(nodes: [
            Node(id: "state:GHA", kind: .state, label: "Ghana", code: "GHA"),
            Node(id: "state:TGO", kind: .state, label: "Togo", code: "TGO"),
            Node(id: "state:BEN", kind: .state, label: "Benin", code: "BEN"),
            Node(id: "leader:ama", kind: .leader, label: "Ama Mensah", state: "state:GHA"),
            Node(id: "agreement:pact", kind: .agreement, label: "border pact"),
        ])
        for (name, date) in documents {
            func evidence(_ start: Int) -> [Evidence] {
                [Evidence(document: name, start: start, end: start + 9, sentence: "Sentence \(start) of \(name).")]
            }
            let seen = date.map { day($0)...day($0) }
            graph.add(Edge(source: "state:GHA", target: "state:TGO", relation: .met, evidence: evidence(0) + evidence(20), seen: seen))
            graph.add(Edge(source: "state:GHA", target: "state:BEN", relation: .criticized, evidence: evidence(40), seen: seen))
            graph.add(Edge(source: "leader:ama", target: "state:GHA", relation: .leads, evidence: evidence(60), seen: seen))
            graph.addDocument(name, date: date.map(day))
        }
        for edge in extra { graph.add(edge) }
        return graph
    }

    static func section(_ graph: Graph) -> String {
        HTMLReport.timelineSection(graph, ids: ElementIDs(graph, options: RenderOptions()), style: .default)
    }

    /// The timeline's SVG element, as a string.
    static func svg(in section: String) throws -> String {
        let start = try #require(section.range(of: "<svg"))
        let end = try #require(section.range(of: "</svg>"))
        return String(section[start.lowerBound..<end.upperBound])
    }

    /// The counted (edge, dated document) pairs of `graph`, worked out here on their own.
    static func counted(_ graph: Graph) -> Int {
        graph.edges.reduce(0) { sum, edge in
            sum + Set(edge.evidence.map(\.document)).filter { graph.documentDates[$0] != nil }.count
        }
    }

    @Test("no timeline without dates, or with every relation on one day")
    func absent() {
        #expect(Self.section(Self.graph([("a.txt", nil), ("b.txt", nil)])).isEmpty)
        #expect(Self.section(Self.graph([("a.txt", "2024-03-01")])).isEmpty)
        #expect(Self.section(Self.graph([("a.txt", "2024-03-01"), ("b.txt", "2024-03-01"), ("c.txt", nil)])).isEmpty)
        #expect(Timeline(Self.graph([("a.txt", "2024-03-01")])) == nil)
    }

    @Test("two dates give a timeline whose SVG is XML and whose bars add up to the counted pairs")
    func barsAddUp() throws {
        let graph = Self.graph([("a.txt", "2024-03-01"), ("b.txt", "2024-03-20"), ("c.txt", nil), ("d.txt", "2024-04-02")])
        let section = Self.section(graph)
        #expect(section.contains(#"<section id="timeline""#))
        #expect(section.contains("Timeline: relations per week"))
        let svg = try SVG(Array(try Self.svg(in: section).utf8))
        let bars = svg.elements.filter { $0.plainName == "rect" && $0.value(of: "data-count") != nil }
        let total = bars.compactMap { Int($0.value(of: "data-count") ?? "") }.reduce(0, +)
        #expect(total == Self.counted(graph))
        #expect(total == 9, "three relations in each of three dated documents; the undated one is not counted")
        #expect(Set(bars.compactMap { $0.value(of: "data-class") }) == ["structural", "interaction", "conflict"])
        // Accessible: a title and a description the svg is labelled by.
        #expect(svg.root.value(of: "role") == "img")
        #expect(svg.root.value(of: "aria-labelledby") == "timeline-title timeline-desc")
        #expect(svg.elements.contains { $0.plainName == "title" && $0.value(of: "id") == "timeline-title" })
        let description = try #require(svg.elements.first { $0.plainName == "desc" })
        #expect(description.stringValue?.contains("Bars: 9 relations") == true)
        // Nothing in it that the report's sanitizer would take out.
        #expect(SVGSanitizer.sanitize(try Self.svg(in: section)).removed.isEmpty)
    }

    @Test("a relation read in two documents of one week counts twice, and twice in one document once")
    func countedPerDocument() throws {
        let timeline = try #require(Timeline(Self.graph([("a.txt", "2024-03-04"), ("b.txt", "2024-03-06"), ("c.txt", "2024-03-13")])))
        #expect(timeline.period == .week)
        #expect(timeline.starts == [Self.day("2024-03-04"), Self.day("2024-03-11")])
        #expect(timeline.counts[.interaction] == [2, 1], "met, in a.txt and b.txt, then c.txt (two sentences each)")
        #expect(timeline.counts[.conflict] == [2, 1])
        #expect(timeline.counts[.structural] == [2, 1])
        #expect(timeline.total == 9)
        #expect(timeline.cutRelations == 0)
    }

    @Test("weeks up to 20 weeks, months up to ten years, runs of years beyond", arguments: [
        ("2024-01-01", "2024-05-20", Timeline.Period.week, 21),
        ("2024-01-01", "2024-05-21", .month, 5),
        ("2016-01-31", "2025-12-01", .month, 120),
        ("1990-06-01", "2025-12-01", .years(1), 36),
        ("1200-01-01", "2025-01-01", .years(7), 119),
    ])
    func periods(first: String, last: String, period: Timeline.Period, bars: Int) throws {
        let timeline = try #require(Timeline(Self.graph([("a.txt", first), ("b.txt", last)])))
        #expect(timeline.period == period)
        #expect(timeline.starts.count == bars)
        #expect(timeline.total == 6)
        #expect(timeline.totals.first == 3 && timeline.totals.last == 3)
    }

    @Test("day numbers count days, and weeks start on Mondays")
    func calendar() {
        #expect(Self.day("1970-01-01").dayNumber == 0)
        #expect(Self.day("2000-03-01").dayNumber - Self.day("2000-02-28").dayNumber == 2, "2000 was a leap year")
        #expect(Self.day("1900-03-01").dayNumber - Self.day("1900-02-28").dayNumber == 1, "1900 was not")
        for text in ["0001-01-01", "1969-12-31", "2024-02-29", "9999-12-31"] {
            #expect(Day(dayNumber: Self.day(text).dayNumber) == Self.day(text))
        }
        #expect(Self.day("2026-09-07").weekday == 0, "a Monday")
        #expect(Self.day("2026-09-06").startOfWeek == Self.day("2026-08-31"))
        #expect(Self.day("0001-01-01").weekday == 0)
    }

    @Test("the busiest pairs of actors get lines the page's script selects; agreements are no actors")
    func pairs() throws {
        let extra = [
            Edge(source: "state:BEN", target: "state:TGO", relation: .urged, count: 40,
                 seen: Self.day("2024-03-01")...Self.day("2024-03-01")),
            Edge(source: "state:TGO", target: "agreement:pact", relation: .signed,
                 evidence: [Evidence(document: "a.txt", start: 0, end: 5, sentence: "Signed.")]),
            Edge(source: "state:BEN", target: "state:GHA", relation: .warned,
                 evidence: [Evidence(document: "b.txt", start: 90, end: 99, sentence: "Warned.")]),
        ]
        let graph = Self.graph([("a.txt", "2024-03-01"), ("b.txt", "2024-05-20")], extra: extra)
        let timeline = try #require(Timeline(graph))
        #expect(timeline.pairs.map { "\($0.first) \($0.second)" } == ["state:GHA state:TGO", "state:BEN state:GHA"],
                "Benin–Togo has sentences but none kept; Togo's pact is no actor; leads is no interaction")
        #expect(timeline.pairs[1].sentences == 3, "criticised twice, warned once")
        #expect(timeline.pairs[0].counts.reduce(0, +) == 2)

        let section = Self.section(graph)
        let svg = try SVG(Array(try Self.svg(in: section).utf8))
        let lines = svg.groups(classPrefix: "pair")
        #expect(lines.map { $0.value(of: "id") } == ["pair__state:GHA__state:TGO", "pair__state:BEN__state:GHA"])
        #expect(lines.first?.value(of: "data-source") == "state:GHA")
        #expect(lines.first?.value(of: "data-target") == "state:TGO")
        #expect(lines.allSatisfy { !$0.descendants(named: "polyline").isEmpty })
        #expect(section.contains(##"href="#select=pair__state:GHA__state:TGO""##))
        #expect(HTMLReport.script.contains(#"querySelectorAll("g.pair[id]")"#))
    }

    @Test("a cut evidence list is said, and the same graph gives the same bytes")
    func cutAndDeterministic() throws {
        let cut = Edge(source: "state:GHA", target: "state:TGO", relation: .met, count: 30)
        let graph = Self.graph([("a.txt", "2024-03-01"), ("b.txt", "2024-09-20")], extra: [cut])
        let section = Self.section(graph)
        #expect(section.contains("Timeline: relations per month"))
        #expect(section.contains("1 relation lists fewer sentences than it counts"))
        #expect(section == Self.section(graph))
        #expect(section.contains("The counts as a table"))
    }
}
