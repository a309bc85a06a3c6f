import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every engine with every Graphviz format, and layouts that keep nodes apart.
@Suite("Engines × formats")
struct EngineFormatTests {
    static let combinations: [(LayoutEngine, OutputFormat)] = LayoutEngine.allCases.flatMap { engine in
        [OutputFormat.svg, .png, .pdf].map { (engine, $0) }
    }

    @Test("every engine renders SVG, PNG and PDF", arguments: combinations)
    func render(_ engine: LayoutEngine, _ format: OutputFormat) throws {
        let options = RenderOptions(engine: engine)
        let rendering = try Graphviz.shared.render(
            dot: DOTWriter(options: options).write(Fixtures.graph), format: format, engine: engine)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        let bytes = rendering.bytes
        switch format {
        case .png:
            #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            #expect(bytes.count > 2_000)
        case .pdf:
            #expect(bytes.starts(with: Array("%PDF-".utf8)))
            #expect(bytes.count > 2_000)
        default:
            let svg = try SVG(bytes)
            #expect(svg.groups(classPrefix: "node").count == Fixtures.nodes.count)
            #expect(svg.groups(classPrefix: "edge").count == Fixtures.edges.count)
        }
    }

    @Test("the formats we write ourselves are known by their extensions and not sent to Graphviz")
    func ownFormats() {
        #expect(OutputFormat(pathExtension: "graphml") == .graphml)
        #expect(OutputFormat(pathExtension: "CSV") == .csv)
        #expect(!OutputFormat.graphml.isRenderedByGraphviz && !OutputFormat.csv.isRenderedByGraphviz)
        #expect(OutputFormat.graphml.isText && OutputFormat.csv.isText)
        #expect(OutputFormat.allCases.map(\.rawValue) == ["dot", "json", "svg", "png", "pdf", "graphml", "csv"])
    }

    /// The largest graph in `Graphs/` (most nodes), read from its JSON.
    static func largestSample() throws -> Graph? {
        let graphs = Fixtures.packageRoot.appendingPathComponent("Graphs")
        let files = (try? FileManager.default.contentsOfDirectory(at: graphs, includingPropertiesForKeys: nil)) ?? []
        let parsed = files.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }.compactMap { url in
            (try? Data(contentsOf: url)).flatMap { try? Graph.fromJSON($0) }
        }
        return parsed.max { ($0.nodeCount, $0.edgeCount) < ($1.nodeCount, $1.edgeCount) }
    }

    /// The bounding box of a node's drawn shape in the SVG (polygons, ellipses, polylines, paths
    /// are what Graphviz draws for shapes; the label text lies inside them).
    static func shapeBox(_ group: XMLElement) -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        var xs: [Double] = []
        var ys: [Double] = []
        for element in group.descendants(named: "polygon") + group.descendants(named: "polyline") {
            for pair in (element.value(of: "points") ?? "").split(separator: " ") {
                let parts = pair.split(separator: ",").compactMap { Double($0) }
                if parts.count == 2 { xs.append(parts[0]); ys.append(parts[1]) }
            }
        }
        for ellipse in group.descendants(named: "ellipse") {
            guard let cx = ellipse.value(of: "cx").flatMap(Double.init), let cy = ellipse.value(of: "cy").flatMap(Double.init),
                  let rx = ellipse.value(of: "rx").flatMap(Double.init), let ry = ellipse.value(of: "ry").flatMap(Double.init)
            else { continue }
            xs += [cx - rx, cx + rx]
            ys += [cy - ry, cy + ry]
        }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return nil }
        return (minX, minY, maxX, maxY)
    }

    @Test("no two nodes overlap on the largest sample, with every engine", arguments: LayoutEngine.allCases)
    func noOverlap(_ engine: LayoutEngine) throws {
        // Graphs/ is committed: a missing or unreadable graph there fails the test.
        let graph = try #require(try Self.largestSample(), "no readable graph JSON in Graphs/")
        let rendering = try Graphviz.shared.render(
            dot: DOTWriter(options: RenderOptions(engine: engine)).write(graph), format: .svg, engine: engine)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings)")
        let svg = try SVG(rendering.bytes)
        let nodes = svg.groups(classPrefix: "node")
        #expect(nodes.count == graph.nodeCount)
        let boxes = nodes.compactMap { group in Self.shapeBox(group).map { (group.value(of: "id") ?? "?", $0) } }
        #expect(boxes.count == nodes.count)
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let (a, b) = (boxes[i].1, boxes[j].1)
                let overlapX = min(a.maxX, b.maxX) - max(a.minX, b.minX)
                let overlapY = min(a.maxY, b.maxY) - max(a.minY, b.minY)
                #expect(!(overlapX > 1 && overlapY > 1), "\(engine): \(boxes[i].0) overlaps \(boxes[j].0)")
            }
        }
    }
}
