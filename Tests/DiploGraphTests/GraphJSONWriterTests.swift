import Foundation
import Testing
@testable import DiploGraph
import TestSupport

/// The hand-written JSON writer gives Foundation's `JSONEncoder` output byte for byte, pretty
/// and compact, on generated graphs with every optional field and every kind of character.
@Suite("Graph JSON writer")
struct GraphJSONWriterTests {
    typealias Generator = SplitMix64

    /// Text with quotes, backslashes, slashes, every control character, DEL, line and paragraph
    /// separators, accents and emoji.
    static func text(_ generator: inout Generator) -> String {
        let pieces = ["Oslo", " ", "\"", "\\", "/", "</script>", "\u{7F}", "\u{2028}", "\u{2029}", "é", "東京",
                      "🇳🇴", "\u{200F}", "\u{FEFF}", "&amp;", "\\N"] + (0..<32).map { String(UnicodeScalar(UInt8($0))) }
        return (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    static func evidence(_ generator: inout Generator) -> [Evidence] {
        (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            let start = Int.random(in: 0...5000, using: &generator)
            return Evidence(document: text(&generator), start: start, end: start + Int.random(in: 0...300, using: &generator),
                            sentence: text(&generator), rule: Bool.random(using: &generator) ? text(&generator) : nil)
        }
    }

    /// A random day.
    static func day(_ generator: inout Generator) -> Day {
        Day(year: Int.random(in: 1...9999, using: &generator), month: Int.random(in: 1...12, using: &generator),
            day: Int.random(in: 1...28, using: &generator))!
    }

    /// Days seen, half the time: one day or a span.
    static func seen(_ generator: inout Generator) -> ClosedRange<Day>? {
        guard Bool.random(using: &generator) else { return nil }
        let a = day(&generator), b = Bool.random(using: &generator) ? a : day(&generator)
        return min(a, b)...max(a, b)
    }

    static func graph(seed: UInt64) -> Graph {
        var g = Generator(seed: seed)
        let nodes: [Node] = (0..<Int.random(in: 0...5, using: &g)).map { n in
            let evidence = Self.evidence(&g)
            let key = "\(n)\(text(&g))"
            let kind = NodeKind.allCases.randomElement(using: &g)!
            return Node(
                id: NodeID(kind: kind, key: key), kind: kind, label: text(&g),
                code: Bool.random(using: &g) ? StateCode(rawValue: text(&g)) : nil,
                state: Bool.random(using: &g) ? NodeID(kind: .state, key: text(&g)) : nil,
                title: Bool.random(using: &g) ? text(&g) : nil,
                topics: Bool.random(using: &g) ? [text(&g), text(&g)] : [],
                aliases: Bool.random(using: &g) ? [text(&g)] : [], evidence: evidence,
                change: Bool.random(using: &g) ? Change.allCases.randomElement(using: &g) : nil,
                count: Bool.random(using: &g) ? evidence.count + Int.random(in: 0...4, using: &g) : nil,
                stateSupport: Bool.random(using: &g)
                    ? [NodeID(kind: .leader, key: text(&g)): Int.random(in: 1...9, using: &g), "state:\(text(&g))": Int.random(in: 1...9, using: &g)] : [:],
                seen: seen(&g))
        }
        let edges: [Edge] = (0..<Int.random(in: 0...5, using: &g)).map { n in
            let evidence = Self.evidence(&g)
            return Edge(
                source: NodeID(kind: .leader, key: "a\(n)\(text(&g))"), target: NodeID(kind: .state, key: "b\(text(&g))"), relation: Relation.allCases.randomElement(using: &g)!,
                evidence: evidence, change: Bool.random(using: &g) ? Change.allCases.randomElement(using: &g) : nil,
                previousCount: Bool.random(using: &g) ? Int.random(in: 0...9, using: &g) : nil,
                count: Bool.random(using: &g) ? evidence.count + 3 : nil, seen: seen(&g))
        }
        let documents = (0..<Int.random(in: 0...2, using: &g)).map { _ in text(&g) }
        var dates: [String: Day] = [:]
        for document in documents where Bool.random(using: &g) {
            dates[document] = day(&g)
        }
        var titles: [String: String] = [:]
        for document in documents where Bool.random(using: &g) { titles[document] = text(&g) }
        // As a graph read or extracted has them: days seen that hold its evidence's dates.
        return Graph(nodes: nodes.map { $0.seenAlso(in: dates) }, edges: edges.map { $0.seenAlso(in: dates) },
                     documents: documents, documentDates: dates, documentTitles: titles)
    }

    static func encoded(_ graph: Graph, _ formatting: JSONEncoder.OutputFormatting) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return [UInt8](try encoder.encode(graph))
    }

    @Test("writes what JSONEncoder writes", arguments: 0..<300)
    func sameAsJSONEncoder(seed: Int) throws {
        let graph = Self.graph(seed: UInt64(seed))
        try expectIdentical(GraphJSONWriter.bytes(of: graph, pretty: true), Self.encoded(graph, [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]), "seed \(seed)")
        #expect(graph.compactJSON() == (try Self.encoded(graph, [.sortedKeys, .withoutEscapingSlashes])), "seed \(seed)")
    }

    @Test("writes numbers as JSONEncoder does, at every change in their number of digits and at the ends of Int")
    func numbers() throws {
        let values = [0, 1, 9, 10, 99, 100, 999, 1000, 65_535, 1_000_000, Int(Int32.max), Int.max - 1, Int.max, -1, -10, Int.min + 1, Int.min]
        let evidence = values.map { Evidence(document: "a.txt", start: $0, end: $0, sentence: "Oslo") }
        let graph = Graph(
            nodes: [Node(id: "state:NOR", kind: .state, label: "Norway", evidence: evidence, count: Int.max)],
            edges: values.indices.map { Edge(source: "state:NOR", target: "state:S\($0)", relation: .met, previousCount: values[$0], count: values[$0]) },
            documents: ["a.txt"], documentDates: [:])
        try expectIdentical(GraphJSONWriter.bytes(of: graph, pretty: true), Self.encoded(graph, [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
        #expect(graph.compactJSON() == (try Self.encoded(graph, [.sortedKeys, .withoutEscapingSlashes])))
    }

    @Test("what it writes decodes as the same graph", arguments: 0..<50)
    func roundTrip(seed: Int) throws {
        // (Generated graphs break the contract's identifier rules on purpose: decoded, not validated.)
        let graph = Self.graph(seed: UInt64(seed))
        #expect(try JSONDecoder().decode(Graph.self, from: graph.jsonData()) == graph)
        #expect(try JSONDecoder().decode(Graph.self, from: Data(graph.compactJSON())) == graph)
    }
}
