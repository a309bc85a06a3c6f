import DiploGraph
import DiploRendering
import Foundation

/// The bytes of a graph in an output format.
enum GraphOutput {
    /// Writes `graph` as `format`: DOT, JSON, GraphML and CSV by our own writers, every other
    /// format through Graphviz with the engine and styling of `options`.
    ///
    /// - Throws: The renderer's error when Graphviz fails, or an encoding error for JSON.
    static func bytes(for graph: Graph, format: OutputFormat, options: RenderOptions) throws -> [UInt8] {
        switch format {
        case .dot:
            return Array(DOTWriter(options: options).write(graph).utf8)
        case .json:
            return Array(try graph.jsonData())
        case .graphml:
            return Array(GraphMLWriter.write(graph).utf8)
        case .csv:
            return Array(CSVWriter.write(graph).utf8)
        default:
            noteIfCut(graph, options: options)
            let rendering = try GraphvizRenderer.renderReportingWarnings(graph, format: format, options: options)
            reportWarnings(rendering.warnings)
            return rendering.bytes
        }
    }

    /// Writes what Graphviz and its plugins (cairo, pango) warned about as
    /// `diplograph: warning: Graphviz: …` lines.
    static func reportWarnings(_ warnings: [String]) {
        for warning in warnings { Warning.report("Graphviz: \(warning)") }
    }

    /// Says on standard error when a diagram draws only part of `graph` (`--max-edges`,
    /// `--max-nodes`), a line for each budget it is over.
    static func noteIfCut(_ graph: Graph, options: RenderOptions) {
        var note = ""
        if let limit = options.maxEdges, graph.edgeCount > limit {
            note += "diplograph: note: the diagram draws the \(limit) heaviest of \(graph.edgeCount) relations; "
                + "--max-edges all draws every one (slowly), and json or dot output keeps them all\n"
        }
        if let limit = options.maxNodes, graph.nodeCount > limit {
            note += "diplograph: note: the diagram draws at most \(limit) of \(graph.nodeCount) entities; "
                + "--max-nodes all draws every one (slowly), and json or dot output keeps them all\n"
        }
        guard !note.isEmpty else { return }
        StandardStreams.writeError(note)
    }
}
