import Foundation
import TestSupport
import Testing
@testable import DiploGraph

/// Documents' headlines in the graph: kept beside the names, written as the `title` of their
/// `documents` entry (both JSON writers alike: `GraphJSONWriterTests` generates titles), and merged order-independently (the headline
/// that sorts first wins).
@Suite("Document headlines in the graph")
struct DocumentTitlesTests {
    static var titled: Graph {
        Graph(nodes: [Node(id: "state:NOR", kind: .state, label: "Norway", code: "NOR")],
              documents: ["b.txt", "a.html"], documentDates: ["a.html": Day(iso: "2019-05-04")!],
              documentTitles: ["a.html": "Norway hosts \"peace\" talks \\ Oslo", "b.txt": "Talks resume"])
    }

    @Test("the JSON writes each headline as its document's title, and round-trips")
    func roundTrip() throws {
        let data = try Self.titled.jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(object["documents"] as? [[String: String]])
        #expect(entries == [
            ["name": "a.html", "date": "2019-05-04", "title": "Norway hosts \"peace\" talks \\ Oslo"],
            ["name": "b.txt", "title": "Talks resume"],
        ])
        let back = try Graph.fromJSON(data)
        #expect(back == Self.titled)
        try expectIdentical(back.jsonData(), data)
    }

    @Test("a document entry without a title reads as untitled; a title that is no string is refused")
    func reading() throws {
        let json = #"{"documents": ["old.txt", {"name": "new.html", "title": "Oslo talks"}], "nodes": []}"#
        #expect(try Graph.fromJSON(Data(json.utf8)).documentTitles == ["new.html": "Oslo talks"])
        let bad = #"{"documents": [{"name": "a.txt", "title": 3}], "nodes": []}"#
        #expect(throws: GraphContractError.self) { try Graph.fromJSON(Data(bad.utf8)) }
    }

    @Test("merging keeps the headlines of both; of two for one document the one that sorts first, in either order")
    func merge() {
        let other = Graph(documents: ["b.txt", "c.md"], documentTitles: ["b.txt": "Oslo talks resume", "c.md": "Accord signed"])
        let forward = Self.titled.merging(other)
        let backward = other.merging(Self.titled)
        #expect(forward.documentTitles["b.txt"] == "Oslo talks resume")
        #expect(forward.documentTitles["c.md"] == "Accord signed")
        #expect(backward == forward)
        #expect(Graph.merged([other, Self.titled]) == forward)
        var accumulator = GraphAccumulator()
        accumulator.addDocument("a.html", title: "Talks")
        accumulator.addDocument("a.html", title: "Accord")
        accumulator.addDocument("a.html")
        #expect(accumulator.graph().documentTitles == ["a.html": "Accord"])
        var added = Graph()
        added.addDocument("a.html", title: "Talks")
        added.addDocument("a.html", title: "Accord")
        #expect(added.documentTitles == ["a.html": "Accord"])
    }

    @Test("diff, filters and levels keep the documents' headlines")
    func diffFilterLevel() {
        let newer = Graph(documents: ["c.md"], documentTitles: ["c.md": "Accord signed"])
        let diff = Graph.diff(old: Self.titled, new: newer)
        #expect(diff.documentTitles == Self.titled.documentTitles.merging(["c.md": "Accord signed"]) { a, _ in a })
        #expect(Self.titled.filtered(kinds: [.leader]).documentTitles == Self.titled.documentTitles)
        #expect(Self.titled.foldedToStates().documentTitles == Self.titled.documentTitles)
        #expect(Self.titled.documentsOnly.documentTitles == Self.titled.documentTitles)
        #expect(Self.titled.documentsOnly.nodeCount == 0)
    }
}
