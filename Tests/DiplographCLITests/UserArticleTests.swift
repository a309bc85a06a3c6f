import Foundation
import TestSupport
import Testing

/// What the user's own article must give (the foundation issue's acceptance list), read through
/// the built binary exactly as a user would run it.
@Suite("The user's article")
struct UserArticleTests {
    struct Graph: Decodable {
        struct Node: Decodable { let id: String; let kind: String; let label: String; let code: String?; let state: String?; let topics: [String]? }
        struct Edge: Decodable { let source: String; let target: String; let relation: String }
        let nodes: [Node]
        let edges: [Edge]

        func has(_ source: String, _ relation: String, _ target: String) -> Bool {
            edges.contains { $0.source == source && $0.relation == relation && $0.target == target }
        }
        func state(of id: String) -> String? {
            guard let node = nodes.first(where: { $0.id == id }) else { return nil }
            return node.kind == "state" ? node.code : node.state.flatMap { s in nodes.first { $0.id == s }?.code }
        }
    }

    static func graph() throws -> Graph {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Graph.self, from: result.stdout)
    }

    @Test("states include KOR, CHN, PRK, USA and RUS")
    func states() throws {
        let codes = Set(try Self.graph().nodes.filter { $0.kind == "state" }.compactMap(\.code))
        #expect(codes.isSuperset(of: ["KOR", "CHN", "PRK", "USA", "RUS"]), "\(codes)")
    }

    @Test("exactly three leaders, each with the right state")
    func leaders() throws {
        let graph = try Self.graph()
        let leaders = graph.nodes.filter { $0.kind == "leader" }
        #expect(Set(leaders.map(\.label)) == ["Lee Jae Myung", "Xi Jinping", "Kim Jong Un"], "\(leaders.map(\.label))")
        #expect(graph.state(of: "leader:lee-jae-myung") == "KOR")
        #expect(graph.state(of: "leader:xi-jinping") == "CHN")
        #expect(graph.state(of: "leader:kim-jong-un") == "PRK")
        #expect(graph.has("leader:lee-jae-myung", "leads", "state:KOR"))
    }

    @Test("agreements cover the currency exchange, innovation, crime prevention and elderly care, with both states as parties")
    func agreements() throws {
        let graph = try Self.graph()
        let agreements = graph.nodes.filter { $0.kind == "agreement" }
        for word in ["currency", "innovation", "crime", "elderly"] {
            let matching = agreements.filter { ($0.label + " " + ($0.topics ?? []).joined(separator: " ")).lowercased().contains(word) }
            #expect(!matching.isEmpty, "no agreement on \(word): \(agreements.map(\.label))")
            for agreement in matching {
                let parties = Set(graph.edges.compactMap { edge -> String? in
                    edge.source == agreement.id ? graph.state(of: edge.target) : edge.target == agreement.id ? graph.state(of: edge.source) : nil
                })
                #expect(parties.isSuperset(of: ["KOR", "CHN"]), "\(agreement.label): \(parties)")
            }
        }
    }

    @Test("Lee urged Xi (not the reverse), and North Korea rejected dialogue with South Korea")
    func relations() throws {
        let graph = try Self.graph()
        #expect(graph.has("leader:lee-jae-myung", "urged", "leader:xi-jinping"))
        #expect(!graph.has("leader:xi-jinping", "urged", "leader:lee-jae-myung"))
        let rejecters = graph.edges.filter { $0.relation == "rejected" && graph.state(of: $0.target) == "KOR" }.compactMap { graph.state(of: $0.source) }
        #expect(rejecters.contains("PRK"), "\(graph.edges.filter { $0.relation == "rejected" })")
    }

    @Test("no node comes from page furniture")
    func noFurniture() throws {
        let labels = try Self.graph().nodes.map { $0.label.lowercased() }
        for furniture in ["comment", "email", "scroll", "required fields"] {
            #expect(!labels.contains { $0.contains(furniture) }, "\(furniture) in \(labels)")
        }
    }

    @Test("--explain names the rule and quotes the sentence behind each edge")
    func explain() throws {
        let result = try InProcess.run(["extract", Fixtures.articlePath, "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdoutText
        let block = text.components(separatedBy: "\n").drop { !$0.hasPrefix("Lee Jae Myung -urged-> Xi Jinping") }.prefix(2)
        #expect(block.count == 2, "\(text)")
        #expect(block.last?.contains("[verb:urged]") == true)
        #expect(block.last?.contains("has urged Chinese President Xi Jinping") == true)
        // Every edge block has at least one evidence line with a rule.
        #expect(!text.components(separatedBy: "\n").contains { $0.hasPrefix("  [?]") })
    }
}
