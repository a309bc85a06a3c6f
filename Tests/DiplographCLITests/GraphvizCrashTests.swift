import Foundation
import TestSupport
import Testing

/// Graphviz 2.42 can crash routing curved edges through a dense graph (`neato`, `fdp`,
/// `circo`; `dot -Tsvg` crashes the same way). The command line draws in a child process, so
/// such a crash is never the run's own: it draws again with straight edges, or fails with one
/// error line.
@Suite("Graphviz crashes are contained")
struct GraphvizCrashTests {
    /// 23 organisations and 500 "urged" relations, most pairs both ways: the shape that crashed
    /// Graphviz's spline router here.
    static func denseGraph() -> String {
        let ids = (0..<23).map { String(format: "organization:o%03d", $0) }
        let nodes = ids.map { "{\"id\":\"\($0)\",\"kind\":\"organization\",\"label\":\"\($0.dropFirst(13))\"}" }
        var edges: [String] = []
        for source in ids {
            for target in ids where target != source && edges.count < 500 {
                edges.append("{\"source\":\"\(source)\",\"target\":\"\(target)\",\"relation\":\"urged\"}")
            }
        }
        return "{\"nodes\":[\(nodes.joined(separator: ","))],\"edges\":[\(edges.sorted().joined(separator: ","))]}"
    }

    @Test("A dense graph draws with every crash-prone engine, or says why not; never a signal",
          arguments: ["circo", "fdp", "neato"])
    func denseGraphDraws(engine: String) throws {
        let scratch = try TemporaryDirectory()
        let graph = try scratch.write("dense.json", Self.denseGraph())
        let result = try Diplograph.run(["render", graph.path, "-f", "svg", "-K", engine])
        #expect(result.status == 0, "exit \(result.status): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        for line in lines {
            #expect(line.hasPrefix("diplograph: warning: Graphviz crashed (") && line.hasSuffix("drawing straight edges instead"),
                    "unexpected standard error: \(line)")
        }
        // Well-formed XML, with every entity and relation drawn.
        #expect(!(try SVGStructure(result.stdout)).groups.isEmpty)
        #expect(result.stdoutText.components(separatedBy: "class=\"node organization\"").count - 1 == 23)
        #expect(result.stdoutText.components(separatedBy: "class=\"edge urged\"").count - 1 == 500)
    }

    @Test("The report of a dense graph is written too")
    func denseReport() throws {
        let scratch = try TemporaryDirectory()
        let graph = try scratch.write("dense.json", Self.denseGraph())
        let report = scratch.file("report.html")
        let result = try Diplograph.run(["report", graph.path, "-K", "circo", "-o", report.path])
        #expect(result.status == 0, "exit \(result.status): \(result.stderr)")
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.components(separatedBy: "class=\"node organization").count - 1 == 23)
    }
}
