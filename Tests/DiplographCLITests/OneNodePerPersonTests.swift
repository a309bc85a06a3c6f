import DiploGraph
import Foundation
import Testing

/// The development set and the samples read as one corpus give one leader node per person:
/// no two leader nodes where one's name is the other's first or last words with the same state
/// ("Bush" and "George W. Bush"), and no gold leader of the development set matched by two
/// nodes. Disabled, with a message, where ../shared/eval is absent (as the dev-set score is).
@Suite("Who is who: one node per person in a corpus")
struct OneNodePerPersonTests {
    static var isAvailable: Bool { DevSetScoreTests.isAvailable }

    static func words(_ name: String) -> [String] {
        name.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// Whether `short` is the first or the last words of `long` (or equal to it).
    static func isPart(_ short: [String], of long: [String]) -> Bool {
        !short.isEmpty && short.count <= long.count
            && (Array(long.prefix(short.count)) == short || Array(long.suffix(short.count)) == short)
    }

    @Test("dev set + samples: no person twice", .enabled(if: isAvailable, "../shared/eval is not here"))
    func onePersonOneNode() throws {
        let dev = DevSetScoreTests.evalDirectory.appendingPathComponent("dev")
        let samples = Diplograph.packageRoot.appendingPathComponent("Samples")
        let result = try InProcess.run(["extract", dev.path, samples.path, "-f", "json", "--evidence-limit", "all"])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try JSONDecoder().decode(Graph.self, from: result.stdout)
        let leaders = graph.nodes.filter { $0.kind == .leader }
        #expect(leaders.count >= 30, "the corpus names dozens of leaders, got \(leaders.count)")

        for (n, a) in leaders.enumerated() {
            for b in leaders[(n + 1)...] where a.state == b.state {
                let (wa, wb) = (Self.words(a.label), Self.words(b.label))
                #expect(!(Self.isPart(wa, of: wb) || Self.isPart(wb, of: wa)), "one person twice? \(a.id) and \(b.id)")
            }
        }

        // Every gold leader (name and every form the annotators saw) is at most one node.
        struct Gold: Decodable {
            struct Leader: Decodable { let name: String; let aka: [String]? }
            let leaders: [Leader]
        }
        var people: [String: Set<[String]>] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: dev.path) where file.hasSuffix(".gold.json") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: dev.appendingPathComponent(file)))
            for leader in gold.leaders {
                people[leader.name, default: []].formUnion(([leader.name] + (leader.aka ?? [])).map(Self.words))
            }
        }
        for (person, forms) in people {
            let matching = leaders.filter { node in
                let label = Self.words(node.label)
                return forms.contains { form in form.count >= 2 && label == form }
                    || forms.contains { $0 == label }
            }
            #expect(matching.count <= 1, "\(person) is \(matching.map(\.id))")
        }
    }
}
