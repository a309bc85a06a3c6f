import Foundation
import TestSupport
import Testing

/// `first_seen` and `last_seen` from the command line: two dated documents read with one
/// evidence sentence kept, saved graphs merged in both orders, folded to states.
@Suite("First and last seen, end to end")
struct SeenDaysCLITests {
    /// Two dated articles (a dateline, then front matter) in a fresh directory.
    static func corpus() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write("a.txt", """
            KAMPALA, 2 February 2023 (AFP) — Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.

            Kenya urged Uganda to open its markets to Kenyan milk.
            """)
        try directory.write("b.md", """
            ---
            date: 2023-04-28
            ---
            Ugandan President Yoweri Museveni met Kenyan President William Ruto in Nairobi.
            """)
        return directory
    }

    /// `source relation target` → the edge object, of a graph JSON.
    static func edges(_ data: Data) throws -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for edge in try GraphJSON(data).object["edges"] as? [[String: Any]] ?? [] {
            result["\(edge["source"] ?? "?") \(edge["relation"] ?? "?") \(edge["target"] ?? "?")"] = edge
        }
        return result
    }

    static func run(_ arguments: [String], in directory: TemporaryDirectory) throws -> Data {
        let result = try Diplograph.run(arguments, in: directory.url)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
    }

    @Test("with --evidence-limit 1 an edge lists one sentence and still spans both dates")
    func limited() throws {
        let directory = try Self.corpus()
        let data = try Self.run(["extract", "a.txt", "b.md", "-f", "json", "--evidence-limit", "1"], in: directory)
        let met = try #require(try Self.edges(data)["leader:william-ruto met leader:yoweri-museveni"])
        #expect((met["evidence"] as? [Any])?.count == 1)
        #expect(met["count"] as? Int == 2)
        #expect(met["first_seen"] as? String == "2023-02-02")
        #expect(met["last_seen"] as? String == "2023-04-28")
        let urged = try #require(try Self.edges(data)["state:KEN urged state:UGA"])
        #expect(urged["first_seen"] as? String == "2023-02-02" && urged["last_seen"] as? String == "2023-02-02")
    }

    @Test("merge gives the same bytes in either order, and --level state keeps the span")
    func mergeOrders() throws {
        let directory = try Self.corpus()
        for name in ["a.txt", "b.md"] {
            let graph = try Self.run(["extract", name, "-f", "json", "--evidence-limit", "1"], in: directory)
            try directory.write("\(name).json", graph)
        }
        let forward = try Self.run(["merge", "a.txt.json", "b.md.json", "--evidence-limit", "1"], in: directory)
        let backward = try Self.run(["merge", "b.md.json", "a.txt.json", "--evidence-limit", "1"], in: directory)
        #expect(forward == backward)
        let met = try #require(try Self.edges(forward)["leader:william-ruto met leader:yoweri-museveni"])
        #expect(met["first_seen"] as? String == "2023-02-02" && met["last_seen"] as? String == "2023-04-28")

        let states = try Self.run(["merge", "b.md.json", "a.txt.json", "--level", "state"], in: directory)
        let folded = try #require(try Self.edges(states)["state:KEN met state:UGA"])
        #expect(folded["first_seen"] as? String == "2023-02-02" && folded["last_seen"] as? String == "2023-04-28")
    }
}
