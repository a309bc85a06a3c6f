import DiploGraph
import DiploRendering

extension GraphOutput {
    /// The self-contained HTML report of `graph` (`diplograph report`): its diagram drawn as
    /// ``bytes(for:format:options:)`` draws one, in a child process, with a note when the
    /// diagram draws only part of the graph.
    ///
    /// - Throws: The renderer's error, or ``PipelineError`` when Graphviz crashed.
    public static func report(of graph: Graph, options: RenderOptions) throws -> [UInt8] {
        let drawing = noteIfCut(graph, options: options)
        return try draw(options: options, engine: options.layoutEngine(for: drawing)) { drawing in
            let report = try HTMLReport.renderReportingWarnings(graph, options: drawing)
            return (Array(report.page.utf8), report.warnings)
        }
    }
}
