import Foundation
import Testing
@testable import DiploGraph

/// The contract's identifiers and numbers: one node per `id`, counts that are whole numbers of
/// at least 1, offsets with `0 <= start <= end`. Each violation is refused naming its field.
@Suite("Graph JSON: identifiers, counts and offsets")
struct GraphContractNumbersTests {
    static let kor = #"{"id": "state:KOR", "kind": "state", "label": "South Korea", "code": "KOR"}"#
    static let chn = #"{"id": "state:CHN", "kind": "state", "label": "China", "code": "CHN"}"#

    /// Evidence with the given offsets.
    static func evidence(start: String, end: String) -> String {
        #"{"document": "a.txt", "start": \#(start), "end": \#(end), "sentence": "Korea met China."}"#
    }

    /// A graph of Korea and China and one "met" edge between them, with extra edge fields.
    static func metGraph(_ edgeFields: String) -> String {
        #"{"nodes": [\#(kor), \#(chn)], "edges": [{"source": "state:KOR", "target": "state:CHN", "relation": "met"\#(edgeFields)}]}"#
    }

    private func contractError(_ json: String) throws -> GraphContractError {
        do {
            _ = try Graph.fromJSON(Data(json.utf8))
        } catch let error as GraphContractError {
            return error
        }
        throw ContractAccepted(json: json)
    }

    private struct ContractAccepted: Error { let json: String }

    @Test("a second node with the same id is refused at its position")
    func duplicateNodeID() throws {
        let error = try contractError(#"{"nodes": [\#(Self.kor), \#(Self.chn), {"id": "agreement:x", "kind": "agreement", "label": "X"}, \#(Self.kor)]}"#)
        #expect(error.description == "nodes[3].id: duplicate id 'state:KOR'")
    }

    @Test("a node count of 0 or below is refused", arguments: ["0", "-1", "-9223372036854775808"])
    func nodeCountBelowOne(count: String) throws {
        let error = try contractError(#"{"nodes": [\#(Self.kor), {"id": "state:CHN", "kind": "state", "label": "China", "code": "CHN", "count": \#(count)}]}"#)
        #expect(error.field == "nodes[1].count")
        #expect(error.problem == "must be at least 1, not \(count)")
    }

    @Test("an edge count of 0 or below is refused", arguments: ["0", "-5"])
    func edgeCountBelowOne(count: String) throws {
        let error = try contractError(Self.metGraph(#", "count": \#(count)"#))
        #expect(error.field == "edges[0].count")
        #expect(error.problem == "must be at least 1, not \(count)")
    }

    @Test("a count that is not a whole number says so", arguments: ["1.5", "0.25", "-2.5"])
    func fractionalCount(count: String) throws {
        let edge = try contractError(Self.metGraph(#", "count": \#(count)"#))
        #expect(edge.description == "edges[0].count: \(Double(count)!) is not a whole number")
        let node = try contractError(#"{"nodes": [{"id": "state:KOR", "kind": "state", "label": "Korea", "code": "KOR", "count": \#(count)}]}"#)
        #expect(node.description == "nodes[0].count: \(Double(count)!) is not a whole number")
    }

    @Test("a count past Int.max is refused, not wrapped")
    func countPastIntMax() throws {
        for count in ["9223372036854775808", "1e30"] {
            let error = try contractError(Self.metGraph(#", "count": \#(count)"#))
            #expect(error.description == "edges[0].count: must be at most 9223372036854775807")
        }
        let below = try contractError(Self.metGraph(#", "count": -1e30"#))
        #expect(below.description == "edges[0].count: must be at least 1")
    }

    @Test("a count that is not a number names its field")
    func countNotANumber() throws {
        let error = try contractError(Self.metGraph(#", "count": "3""#))
        #expect(error.field == "edges[0].count")
    }

    @Test("previous_count may be 0 but not negative")
    func previousCount() throws {
        let zero = try Graph.fromJSON(Data(Self.metGraph(#", "change": "changed", "previous_count": 0"#).utf8))
        #expect(zero.edges.first?.previousCount == 0)
        let error = try contractError(Self.metGraph(#", "change": "changed", "previous_count": -1"#))
        #expect(error.description == "edges[0].previous_count: must be at least 0, not -1")
    }

    @Test("a negative start or end is refused, naming the field")
    func negativeOffsets() throws {
        let start = try contractError(Self.metGraph(#", "evidence": [\#(Self.evidence(start: "-1", end: "10"))]"#))
        #expect(start.description == "edges[0].evidence[0].start: must be at least 0, not -1")
        let end = try contractError(#"{"nodes": [{"id": "state:KOR", "kind": "state", "label": "Korea", "code": "KOR", "evidence": [\#(Self.evidence(start: "0", end: "4")), \#(Self.evidence(start: "3", end: "-4"))]}]}"#)
        #expect(end.description == "nodes[0].evidence[1].end: must be at least 0, not -4")
    }

    @Test("an end before the start is refused; an empty range is read")
    func endBeforeStart() throws {
        let error = try contractError(Self.metGraph(#", "evidence": [\#(Self.evidence(start: "40", end: "12"))]"#))
        #expect(error.description == "edges[0].evidence[0].end: must not come before start (12 < 40)")
        let empty = try Graph.fromJSON(Data(Self.metGraph(#", "evidence": [\#(Self.evidence(start: "7", end: "7"))]"#).utf8))
        #expect(empty.edges.first?.evidence.first.map { $0.start..<$0.end } == 7..<7)
    }

    @Test("an offset that is not a whole number says so")
    func fractionalOffset() throws {
        let error = try contractError(Self.metGraph(#", "evidence": [\#(Self.evidence(start: "2.5", end: "10"))]"#))
        #expect(error.description == "edges[0].evidence[0].start: 2.5 is not a whole number")
    }

    @Test("an edge without evidence is written without count, and reads back the same")
    func edgeWithoutEvidenceRoundTrips() throws {
        let graph = try Graph.fromJSON(Data(Self.metGraph("").utf8))
        #expect(graph.edges.first?.count == 0)
        let written = try graph.jsonData()
        #expect(!String(decoding: written, as: UTF8.self).contains("\"count\""))
        #expect(try Graph.fromJSON(written) == graph)
        #expect(try Graph.fromJSON(Data(graph.compactJSON())) == graph)
    }
}
