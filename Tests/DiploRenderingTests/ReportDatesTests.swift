import DiploGraph
import Testing
@testable import DiploRendering

/// Dates in the report and the tooltips: each evidence row with its document's date, the days
/// each entity and relation was seen; nothing of it for undated graphs.
@Suite("Dates in the report and the tooltips")
struct ReportDatesTests {
    static let march = Day(iso: "2024-03-01")!
    static let may = Day(iso: "2024-05-02")!

    static func graph(dated: Bool) -> Graph {
        let a = Evidence(document: "a.txt", start: 0, end: 20, sentence: "Norway met Kenya.")
        let b = Evidence(document: "b.txt", start: 5, end: 30, sentence: "Kenya met Norway again.")
        return Graph(
            nodes: [Node(id: "state:NOR", kind: .state, label: "Norway", code: "NOR", evidence: [a, b],
                         seen: dated ? march...may : nil),
                    Node(id: "state:KEN", kind: .state, label: "Kenya", code: "KEN", evidence: [a],
                         seen: dated ? march...march : nil)],
            edges: [Edge(source: "state:NOR", target: "state:KEN", relation: .met, evidence: [a, b],
                         seen: dated ? march...may : nil)],
            documents: ["a.txt", "b.txt"], documentDates: dated ? ["a.txt": march, "b.txt": may] : [:])
    }

    static func tables(_ graph: Graph) -> String {
        let ids = ElementIDs(graph, options: RenderOptions())
        return HTMLReport.entityTable(graph, ids: ids, showChanges: false) + HTMLReport.relationTable(graph, ids: ids, showChanges: false)
    }

    @Test("every evidence row shows its document's date; the tables show the days seen")
    func dated() {
        let html = Self.tables(Self.graph(dated: true))
        #expect(html.contains(#"a.txt, <time datetime="2024-03-01">2024-03-01</time>, bytes 0–20"#))
        #expect(html.contains(#"b.txt, <time datetime="2024-05-02">2024-05-02</time>, bytes 5–30"#))
        #expect(html.components(separatedBy: "<th>Seen</th>").count == 3, "a column in both tables")
        #expect(html.contains(#"<td class="seen">2024-03-01 – 2024-05-02</td>"#))
        #expect(html.contains(#"<td class="seen">2024-03-01</td>"#), "one day when first and last are the same")
    }

    @Test("an undated graph's tables have no date and no Seen column")
    func undated() {
        let html = Self.tables(Self.graph(dated: false))
        #expect(!html.contains("<time"))
        #expect(!html.contains("Seen"))
        #expect(html.contains("a.txt, bytes 0–20"))
    }

    @Test("tooltips say when an element was seen; an undated graph's DOT has no such line")
    func tooltips() {
        let dot = DOTWriter().write(Self.graph(dated: true))
        #expect(dot.contains(#"Kenya met Norway\nseen 2024-03-01 – 2024-05-02\n"#), "met stores its ends sorted")
        #expect(dot.contains(#"Kenya (state, KEN)\nseen 2024-03-01\n"#))
        #expect(!DOTWriter().write(Self.graph(dated: false)).contains("seen"))
    }
}
