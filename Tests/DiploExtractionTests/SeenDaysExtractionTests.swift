import DiploGraph
import Foundation
import Testing
@testable import DiploExtraction

/// First and last seen through extraction: two dated documents that name the same people, read
/// with evidence lists cut to one record, then merged in both orders, written and read back,
/// and folded to states.
@Suite("First and last seen")
struct SeenDaysExtractionTests {
    static let march = Day(iso: "2023-03-14")!
    static let june = Day(iso: "2023-06-20")!

    /// Dated by a dateline.
    static let early = """
        VALLETTA, 14 March 2023 (AFP) — Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima.

        Chile urged Peru to reopen the border crossing.
        """
    /// Dated by Markdown front matter.
    static let late = """
        ---
        date: 2023-06-20
        ---
        Peruvian President Dina Boluarte met Chilean President Gabriel Boric again in Santiago.

        Peru criticized Bolivia over the river dispute.
        """

    static func documents() throws -> [Document] {
        [try ReadingSupport.read(early, .plainText, name: "early.txt"),
         try ReadingSupport.read(late, .markdown, name: "late.md")]
    }

    /// The edge "`source` `relation` `target`" of `graph`, if there is one.
    static func edge(_ graph: Graph, _ source: NodeID, _ relation: Relation, _ target: NodeID) -> Edge? {
        graph.edges.first { $0.source == source && $0.relation == relation && $0.target == target }
    }

    /// The leaders' meeting, read in both documents.
    static func met(_ graph: Graph) -> Edge? {
        edge(graph, "leader:dina-boluarte", .met, "leader:gabriel-boric")
    }

    @Test("the documents are dated as the test means")
    func dated() throws {
        #expect(try Self.documents().map(\.date) == [Self.march, Self.june])
    }

    @Test("a limit of one record keeps the earliest evidence and still knows the last day")
    func limited() throws {
        let graph = Extractor(evidenceLimit: 1).extract(try Self.documents())
        let met = try #require(Self.met(graph))
        #expect(met.evidence.map { $0.document } == ["early.txt"], "the limit cut the June record")
        #expect(met.count == 2)
        #expect(met.firstSeen == Self.march)
        #expect(met.lastSeen == Self.june)
        let boric = try #require(graph.node("leader:gabriel-boric"))
        #expect(boric.evidence.count == 1)
        #expect(boric.seen == Self.march...Self.june)
        // Read in one document only: a single day.
        let urged = try #require(Self.edge(graph, "state:CHL", .urged, "state:PER"))
        #expect(urged.seen == Self.march...Self.march)
        #expect(try #require(graph.node("state:BOL")).seen == Self.june...Self.june)
    }

    @Test("merging the two documents' graphs gives the same days in either order")
    func mergeOrder() throws {
        let extractor = Extractor(evidenceLimit: 1)
        let graphs = try Self.documents().map { extractor.extract($0) }
        let forward = Graph.merged(graphs)
        let backward = Graph.merged(graphs.reversed())
        #expect(forward == backward)
        #expect(graphs[1].merging(graphs[0]) == graphs[0].merging(graphs[1]))
        #expect(Self.met(graphs[1].merging(graphs[0]))?.seen == Self.march...Self.june)
        #expect(Self.met(forward)?.seen == Self.march...Self.june)
        #expect(Self.met(forward)?.seen == Self.met(extractor.extract(try Self.documents()))?.seen)
    }

    @Test("the days survive the JSON, and an older graph without them gets them from its evidence")
    func roundTrip() throws {
        let graph = Extractor(evidenceLimit: 1).extract(try Self.documents())
        let data = try graph.jsonData()
        let back = try Graph.fromJSON(data)
        #expect(back == graph)
        #expect(Self.met(back)?.lastSeen == Self.june)

        // The same graph as written before `first_seen` existed: only the kept record's day.
        var object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["nodes", "edges"] {
            let items = try #require(object[key] as? [[String: Any]])
            object[key] = items.map { $0.filter { $0.key != "first_seen" && $0.key != "last_seen" } }
        }
        let older = try Graph.fromJSON(try JSONSerialization.data(withJSONObject: object))
        #expect(Self.met(older)?.seen == Self.march...Self.march)
        #expect(older.node("state:BOL")?.seen == Self.june...Self.june)
    }

    @Test("folded to states, the leaders' meeting keeps its days")
    func folded() throws {
        let states = Extractor(evidenceLimit: 1).extract(try Self.documents()).foldedToStates()
        let met = try #require(Self.edge(states, "state:CHL", .met, "state:PER"))
        #expect(met.seen == Self.march...Self.june)
    }

    @Test("an undated document gives no days, and its JSON has no first_seen")
    func undated() throws {
        let text = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima."
        let graph = Extractor().extract(try ReadingSupport.read(text, .plainText, name: "u.txt"))
        #expect(graph.edgeCount > 0)
        #expect(graph.edges.allSatisfy { $0.seen == nil } && graph.nodes.allSatisfy { $0.seen == nil })
        #expect(!String(decoding: try graph.jsonData(), as: UTF8.self).contains("_seen"))
    }
}
