import DiploGraph
import DiploRendering
import Foundation

/// The bytes of a graph in an output format.
public enum GraphOutput {
    /// Writes `graph` as `format` with ``GraphWriter``; a format Graphviz draws is drawn in a child
    /// process (``draw(options:engine:_:)``), with a note when it draws part of the graph.
    ///
    /// - Throws: The renderer's error when Graphviz fails, or an encoding error for JSON.
    public static func bytes(for graph: Graph, format: OutputFormat, options: RenderOptions) throws -> [UInt8] {
        let writer = GraphWriter()
        guard format.isRenderedByGraphviz else { return try writer.write(graph, as: format, options: options).bytes }
        let drawing = noteIfCut(graph, options: options)
        return try draw(options: options, engine: options.layoutEngine(for: drawing)) { drawing in
            let rendering = try writer.write(graph, as: format, options: drawing)
            return (rendering.bytes, rendering.warnings)
        }
    }

    /// Runs `render` (Graphviz's layout and rendering) in a child process (``CrashContainment``)
    /// and returns its bytes, after writing its warnings to standard error.
    ///
    /// Graphviz can crash routing curved edges through a dense graph. When the drawing crashes,
    /// it is made again with straight edges, with a warning that says so; when that crashes too,
    /// the run fails with one error line that suggests what to change.
    static func draw(
        options: RenderOptions, engine: LayoutEngine, _ render: (RenderOptions) throws -> (bytes: [UInt8], warnings: [String])
    ) throws -> [UInt8] {
        func contained(_ drawing: RenderOptions) throws -> [UInt8] {
            let parts = try CrashContainment.run {
                let rendering = try render(drawing)
                return [rendering.bytes] + rendering.warnings.map { Array($0.utf8) }
            }
            reportWarnings(parts.dropFirst().map { String(decoding: $0, as: UTF8.self) })
            return parts.first ?? []
        }
        let engine = engine.rawValue
        do {
            return try contained(options)
        } catch let crash as CrashContainment.Crash where !options.straightEdges {
            Warning.report(
                "Graphviz crashed (\(crash.name)) routing curved edges with \(engine); drawing straight edges instead")
            var straight = options
            straight.straightEdges = true
            do {
                return try contained(straight)
            } catch let again as CrashContainment.Crash {
                throw PipelineError(
                    "Graphviz crashed (\(again.name)) laying out the diagram with \(engine), with curved and with straight edges; "
                        + "try another engine (-K dot) or draw less (--max-edges, --max-nodes, --min-weight, --focus)")
            }
        } catch let crash as CrashContainment.Crash {
            throw PipelineError(
                "Graphviz crashed (\(crash.name)) laying out the diagram with \(engine); "
                    + "try another engine (-K dot) or draw less (--max-edges, --max-nodes, --min-weight, --focus)")
        }
    }

    /// Writes what Graphviz and its plugins (cairo, pango) warned about as
    /// `diplograph: warning: Graphviz: …` lines.
    static func reportWarnings(_ warnings: [String]) {
        for warning in warnings { Warning.report("Graphviz: \(warning)") }
    }

    /// Says on standard error when a diagram draws only part of `graph`, a line for each limit
    /// that left something out (an overview's `--top`, `--max-edges`, `--max-nodes`) with the
    /// option that draws more; returns what the diagram draws.
    @discardableResult
    static func noteIfCut(_ graph: Graph, options: RenderOptions) -> Drawing {
        let drawing = options.drawing(of: graph)
        let drawn = drawing.graph
        let keptAll = ", and json or dot output keeps them all"
        if drawing.topEntities < drawing.connectedEntities {
            Note.report("the diagram is an overview of the \(drawing.topEntities) best connected of the "
                + "\(drawing.connectedEntities) entities in relations; --top all draws every one" + keptAll)
        }
        if let limit = options.maxEdges, drawn.edgeCount >= limit, drawing.relations > limit {
            Note.report("the diagram draws the \(limit) heaviest of \(drawing.relations) relations; "
                + "--max-edges all draws every one (slowly)" + keptAll)
        }
        let entities = drawing.relations == 0 ? graph.nodeCount : drawing.topEntities
        if let limit = options.maxNodes, entities > limit {
            Note.report("the diagram draws at most \(limit) of \(entities) entities; "
                + "--max-nodes all draws every one (slowly)" + keptAll)
        }
        return drawing
    }
}
