import Foundation
import TestSupport
import Testing

/// `merge` of fragments whose counts add up past Int.max: the counts saturate at Int.max (no
/// trap, no signal), and fragments that break the counting rules of the contract are refused
/// naming the line and the field.
@Suite("merge: counts past Int.max and counts out of contract")
struct CountOverflowCLITests {
    static let max = "9223372036854775807"

    /// One fragment: states AAA and BBB (the second node's id is `secondID`), AAA counted
    /// `nodeCount` times, and a "met" edge written from `source` to `target` with `edgeCount`
    /// and one sentence of `document`, whose start is `edgeStart`.
    static func fragment(
        document: String, source: String = "state:AAA", target: String = "state:BBB", nodeCount: String = "1",
        edgeCount: String = "1", edgeStart: String = "0", secondID: String = "state:BBB"
    ) -> String {
        func evidence(_ start: String) -> String { #"[{"document":"\#(document)","end":9,"sentence":"A met B.","start":\#(start)}]"# }
        return #"{"documents":["\#(document)"],"edges":[{"count":\#(edgeCount),"evidence":\#(evidence(edgeStart)),"relation":"met","source":"\#(source)","target":"\#(target)"}],"#
            + #""nodes":[{"code":"AAA","count":\#(nodeCount),"evidence":\#(evidence("0")),"id":"state:AAA","kind":"state","label":"A"},"#
            + #"{"code":"BBB","evidence":\#(evidence("0")),"id":"\#(secondID)","kind":"state","label":"B"}]}"#
    }

    /// Two fragments whose node and edge counts are Int.max each, the edge written both ways.
    static var overflowing: String {
        fragment(document: "a.txt", nodeCount: max, edgeCount: max) + "\n"
            + fragment(document: "b.txt", source: "state:BBB", target: "state:AAA", nodeCount: max, edgeCount: max) + "\n"
    }

    @Test("counts summing past Int.max saturate at Int.max, in one file or from two, and merge --jsonl agrees")
    func saturates() throws {
        let scratch = try TemporaryDirectory()
        let both = try scratch.write("both.jsonl", Self.overflowing)
        let lines = Self.overflowing.split(separator: "\n").map(String.init)
        let first = try scratch.write("first.jsonl", lines[0] + "\n")
        let second = try scratch.write("second.jsonl", lines[1] + "\n")
        for arguments in [[both.path], [first.path, second.path], [both.path, both.path]] {
            let result = try InProcess.run(["merge"] + arguments + ["-f", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let graph = try GraphJSON(result.stdout)
            let edges = try #require(graph.object["edges"] as? [[String: Any]])
            #expect(edges.count == 1)
            #expect((edges.first?["count"] as? NSNumber)?.int64Value == Int64.max)
            let nodes = try #require(graph.object["nodes"] as? [[String: Any]])
            #expect((nodes.first { $0["id"] as? String == "state:AAA" }?["count"] as? NSNumber)?.int64Value == Int64.max)
        }
        let reduced = try InProcess.run(["merge", "--jsonl", both.path])
        #expect(reduced.status == 0, "\(reduced.stderr)")
        #expect(reduced.stdoutText.contains(#""count":\#(Self.max)"#))
        for format in ["dot", "csv", "graphml"] {
            let drawn = try InProcess.run(["merge", both.path, "-f", format])
            #expect(drawn.status == 0, "\(format): \(drawn.stderr)")
        }
    }

    @Test("a fragment line with a bad count, offset or a repeated id is refused, naming line and field",
          arguments: [
            (fragment(document: "b.txt", edgeCount: "0"), "edges[0].count: must be at least 1, not 0"),
            (fragment(document: "b.txt", edgeCount: "-3"), "edges[0].count: must be at least 1, not -3"),
            (fragment(document: "b.txt", edgeCount: "1.5"), "edges[0].count: 1.5 is not a whole number"),
            (fragment(document: "b.txt", edgeStart: "-1"), "edges[0].evidence[0].start: must be at least 0, not -1"),
            (fragment(document: "b.txt", edgeStart: "20"), "edges[0].evidence[0].end: must not come before start (9 < 20)"),
            (fragment(document: "b.txt", secondID: "state:AAA"), "nodes[1].id: duplicate id 'state:AAA'"),
          ])
    func refused(bad: String, message: String) throws {
        let scratch = try TemporaryDirectory()
        let file = try scratch.write("bad.jsonl", Self.fragment(document: "a.txt") + "\n" + bad + "\n")
        let result = try InProcess.run(["merge", file.path, "-f", "json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file.path):2: not a diplograph graph: \(message)"), "\(result.stderr)")
    }
}
