import DiploGraph
import DiploRendering
import Foundation

/// The bytes of a graph in an output format.
enum GraphOutput {
    /// Writes `graph` as `format`: DOT and JSON by our own writers, every other format through
    /// Graphviz with `engine`.
    ///
    /// - Throws: The renderer's error when Graphviz fails, or an encoding error for JSON.
    static func bytes(for graph: Graph, format: OutputFormat, engine: LayoutEngine) throws -> [UInt8] {
        switch format {
        case .dot:
            return Array(DOTWriter().write(graph).utf8)
        case .json:
            return Array(try graph.jsonData())
        default:
            let dot = DOTWriter().write(graph)
            return try GraphvizRenderer.render(dot: dot, format: format, engine: engine)
        }
    }
}
