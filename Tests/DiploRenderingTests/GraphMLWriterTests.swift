import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("GraphML writer")
struct GraphMLWriterTests {
    static func document(_ text: String) throws -> XMLElement {
        try #require(try XML.read(Data(text.utf8)) { $0.rootElement() })
    }

    @Test("parses as XML, with the key declarations and one element per node and edge")
    func structure() throws {
        let text = GraphMLWriter.write(Fixtures.graph)
        #expect(text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        expectIdentical(text, GraphMLWriter.write(Fixtures.graph))
        let root = try Self.document(text)
        #expect(root.plainName == "graphml")
        let keys = root.descendants(named: "key")
        #expect(keys.compactMap { $0.value(of: "id") } == ["kind", "label", "code", "state", "title", "relation", "plover", "count", "sentences", "directed"])
        #expect(text.contains(#"<data key="plover">CONSULT</data>"#), "the met edge carries its PLOVER type")
        #expect(keys.first { $0.value(of: "id") == "count" }?.value(of: "attr.type") == "int")
        let graph = try #require(root.descendants(named: "graph").first)
        #expect(graph.value(of: "edgedefault") == "directed")
        let nodes = root.descendants(named: "node")
        let edges = root.descendants(named: "edge")
        #expect(nodes.count == Fixtures.nodes.count)
        #expect(edges.count == Fixtures.edges.count)
        #expect(nodes.compactMap { $0.value(of: "id") } == Fixtures.nodes.map(\.id).sorted().map(\.description))

        let lee = try #require(nodes.first { $0.value(of: "id") == "leader:lee-jae-myung" })
        let leeData = Dictionary(uniqueKeysWithValues: lee.descendants(named: "data").map { ($0.value(of: "key") ?? "", $0.stringValue ?? "") })
        #expect(leeData == ["kind": "leader", "label": "Lee Jae Myung", "state": "state:KOR", "title": "President"])
        let met = try #require(edges.first { $0.descendants(named: "data").contains { $0.stringValue == "met" } })
        #expect(met.value(of: "source") == "state:CHN" && met.value(of: "target") == "state:KOR")
        let metData = Dictionary(uniqueKeysWithValues: met.descendants(named: "data").map { ($0.value(of: "key") ?? "", $0.stringValue ?? "") })
        #expect(metData["count"] == "5")
        #expect(metData["sentences"]?.split(separator: "\n").count == 5)
        #expect(metData["directed"] == "false", "met reads the same both ways")
        #expect(keys.first { $0.value(of: "id") == "directed" }?.value(of: "attr.type") == "boolean")
        for edge in edges {
            let data = Dictionary(uniqueKeysWithValues: edge.descendants(named: "data").map { ($0.value(of: "key") ?? "", $0.stringValue ?? "") })
            let relation = try #require(Relation(rawValue: data["relation"] ?? ""))
            #expect(data["directed"] == (relation.isSymmetric ? "false" : "true"), "\(relation)")
        }
        #expect(!text.contains(#"directed="false""#), "no per-edge direction attribute: networkx refuses mixed graphs")
    }

    @Test("markup in text is escaped; odd identifiers become NMTOKENs; diffs declare their keys")
    func escaping() throws {
        let graph = Graph(nodes: [
            Node(id: "organization:a b", kind: .organization, label: "A & <B> \"C\" 'D'\u{1}"),
            Node(id: "organization:a_b", kind: .organization, label: "other"),
        ], edges: [Edge(source: "organization:a b", target: "organization:a_b", relation: .supports)])
        let text = GraphMLWriter.write(graph)
        #expect(text.contains("A &amp; &lt;B&gt; &quot;C&quot; &apos;D&apos;</data>"))
        let root = try Self.document(text)
        let ids = root.descendants(named: "node").compactMap { $0.value(of: "id") }
        #expect(ids == ["organization:a_b", "organization:a_b-2"])
        #expect(root.descendants(named: "edge").first?.value(of: "source") == "organization:a_b")
        #expect(root.descendants(named: "edge").first?.value(of: "target") == "organization:a_b-2")

        let diff = Graph.diff(old: Fixtures.graph, new: graph)
        let diffRoot = try Self.document(GraphMLWriter.write(diff))
        #expect(diffRoot.descendants(named: "key").count == 12)
        #expect(diffRoot.descendants(named: "data").contains { $0.value(of: "key") == "change" && $0.stringValue == "removed" })
    }

    @Test("networkx reads it with the same node and edge counts",
          .enabled(if: Prerequisite.shouldRun(GraphMLWriterTests.pythonHasNetworkx()),
                   "python3 with networkx is not installed (.ci/run installs it with pip)"))
    func networkx() throws {
        try #require(Self.pythonHasNetworkx(), "python3 cannot import networkx")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-graphml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var graph = Fixtures.graph
        // Two relations between the same pair: networkx must keep both (a multigraph).
        graph.add(Edge(source: "leader:lee-jae-myung", target: "leader:xi-jinping", relation: .welcomed))
        graph.add(Edge(source: "leader:lee-jae-myung", target: "leader:xi-jinping", relation: .cooperatesWith))
        let file = directory.appendingPathComponent("graph.graphml")
        try GraphMLWriter.write(graph).write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(g.number_of_nodes(), g.number_of_edges(), g.nodes['state:KOR']['label'], g.nodes['state:KOR']['kind'])
            print(sorted(d['relation'] for _, _, d in g.edges(data=True) if d['directed'] is False))
            print(sorted(d['relation'] for _, _, d in g.edges(data=True) if d['directed'] is True))
            """
        let output = try Self.run(["python3", "-c", script, file.path])
        #expect(output.status == 0, "\(output.text)")
        let lines = output.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(graph.nodeCount) \(graph.edgeCount) South Korea state")
        let symmetric = graph.edges.filter(\.relation.isSymmetric).map(\.relation.rawValue).sorted()
        let directed = graph.edges.filter { !$0.relation.isSymmetric }.map(\.relation.rawValue).sorted()
        #expect(symmetric == ["cooperates_with", "met"])
        #expect(lines.dropFirst().first == "[" + symmetric.map { "'\($0)'" }.joined(separator: ", ") + "]", "networkx reads directed as a boolean")
        #expect(lines.dropFirst(2).first == "[" + directed.map { "'\($0)'" }.joined(separator: ", ") + "]")
    }

    static func pythonHasNetworkx() -> Bool {
        (try? run(["python3", "-c", "import networkx"]).status) == 0
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
