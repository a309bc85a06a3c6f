import Foundation
import TestSupport
import Testing
@testable import DiploGraph

/// Documents' dates in the graph: kept beside the names, written as `{"name", "date"}` objects,
/// read in the old plain-string form too, and merged order-independently (the earlier day wins).
@Suite("Document dates in the graph")
struct DocumentDatesTests {
    static let may4 = Day(iso: "2019-05-04")!
    static let june1 = Day(iso: "2019-06-01")!

    static var dated: Graph {
        Graph(nodes: [Node(id: "state:NOR", kind: .state, label: "Norway", code: "NOR")],
              documents: ["b.txt", "a.html"], documentDates: ["a.html": may4])
    }

    @Test("the JSON lists each document as an object, the date only when known, and round-trips")
    func roundTrip() throws {
        let data = try Self.dated.jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("""
              "documents" : [
                {
                  "date" : "2019-05-04",
                  "name" : "a.html"
                },
                {
                  "name" : "b.txt"
                }
              ],
            """))
        let back = try Graph.fromJSON(data)
        #expect(back == Self.dated)
        #expect(back.documentDates == ["a.html": Self.may4])
        try expectIdentical(back.jsonData(), data)
    }

    @Test("JSONEncoder and the fast writer give the same bytes with dates, compact too")
    func bothWriters() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try expectIdentical(encoder.encode(Self.dated) + Data([0x0A]), Self.dated.jsonData())
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect([UInt8](try encoder.encode(Self.dated)) == Self.dated.compactJSON())
    }

    @Test("old graphs with plain-string documents still read, undated; both forms may mix")
    func oldFormat() throws {
        let json = #"{"documents": ["old.txt", {"name": "new.html", "date": "2020-02-29"}], "nodes": [], "edges": []}"#
        let graph = try Graph.fromJSON(Data(json.utf8))
        #expect(graph.documents == ["new.html", "old.txt"])
        #expect(graph.documentDates == ["new.html": Day(year: 2020, month: 2, day: 29)!])
    }

    @Test("a date that is no day is refused, naming the field", arguments: ["2021-02-30", "2021-2-3", "yesterday"])
    func badDate(written: String) throws {
        let json = #"{"documents": [{"name": "a.txt", "date": "\#(written)"}], "nodes": []}"#
        #expect(throws: GraphContractError.self) { try Graph.fromJSON(Data(json.utf8)) }
        do {
            _ = try Graph.fromJSON(Data(json.utf8))
        } catch let error as GraphContractError {
            #expect(error.description.contains("documents[0].date"), "\(error)")
        }
    }

    @Test("merging keeps the dates of both; of two dates for one document the earlier, in either order")
    func merge() {
        let other = Graph(documents: ["a.html", "c.md"], documentDates: ["a.html": Self.june1, "c.md": Self.june1])
        let forward = Self.dated.merging(other)
        let backward = other.merging(Self.dated)
        #expect(forward.documentDates == ["a.html": Self.may4, "c.md": Self.june1])
        #expect(backward == forward)
        #expect(Graph.merged([other, Self.dated]) == forward)
        var accumulator = GraphAccumulator()
        accumulator.addDocument("a.html", date: Self.june1)
        accumulator.addDocument("a.html", date: Self.may4)
        accumulator.addDocument("a.html")
        #expect(accumulator.graph().documentDates == ["a.html": Self.may4])
    }

    @Test("diff and filters keep the documents' dates")
    func diffAndFilter() throws {
        let newer = Graph(documents: ["c.md"], documentDates: ["c.md": Self.june1])
        let diff = Graph.diff(old: Self.dated, new: newer)
        #expect(diff.documentDates == ["a.html": Self.may4, "c.md": Self.june1])
        let filtered = Self.dated.filtered(kinds: [.leader])
        #expect(filtered.documentDates == Self.dated.documentDates)
    }
}
