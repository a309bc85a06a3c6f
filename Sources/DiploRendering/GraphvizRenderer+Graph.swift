import DiploGraph

extension GraphvizRenderer {
    /// `graph` in `format`, drawn with `options`: DOT written by ``DOTWriter`` with the options
    /// and, for `svg`, `png` and `pdf`, laid out with ``RenderOptions/engine`` and rendered by
    /// Graphviz in-process. The formats Graphviz does not render come from our own writers:
    /// `dot` (the DOT itself), `json` (`Graph.jsonData()`), `graphml` (``GraphMLWriter``) and
    /// `csv` (``CSVWriter``); options do not apply to `json`, `graphml` and `csv`. Only the laid-out
    /// formats draw part of a graph larger than ``RenderOptions/maxEdges`` or
    /// ``RenderOptions/maxNodes`` (``RenderOptions/drawn(_:)``).
    ///
    /// - Parameters:
    ///   - graph: The graph to draw.
    ///   - format: Any output format.
    ///   - options: Engine, clusters, rank direction, legend, title and style.
    /// - Returns: The bytes (UTF-8 text for the text formats).
    /// - Throws: ``StyleFileError`` when the style has a value Graphviz cannot draw safely
    ///   (``RenderOptions/validate()``), ``GraphvizError`` when Graphviz fails, or the JSON encoder's
    ///   error for `json`.
    public static func render(_ graph: Graph, format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        try renderReportingWarnings(graph, format: format, options: options).bytes
    }

    /// Like ``render(_:format:options:)``, and also returns the warnings Graphviz and its
    /// plugins reported (none for the formats Graphviz does not render).
    ///
    /// - Parameters:
    ///   - graph: The graph to draw.
    ///   - format: Any output format.
    ///   - options: Engine, clusters, rank direction, legend, title and style.
    /// - Returns: The bytes and the warnings.
    /// - Throws: As ``render(_:format:options:)``.
    public static func renderReportingWarnings(
        _ graph: Graph, format: OutputFormat, options: RenderOptions = RenderOptions()
    ) throws -> GraphvizRendering {
        try options.validate()
        switch format {
        case .dot:
            return GraphvizRendering(bytes: Array(DOTWriter(options: options).write(graph).utf8), warnings: [])
        case .json:
            return GraphvizRendering(bytes: Array(try graph.jsonData()), warnings: [])
        case .graphml:
            return GraphvizRendering(bytes: Array(GraphMLWriter.write(graph).utf8), warnings: [])
        case .csv:
            return GraphvizRendering(bytes: Array(CSVWriter.write(graph).utf8), warnings: [])
        case .svg, .png, .pdf:
            let drawing = options.drawing(of: graph)
            let dot = DOTWriter(options: options.adjusted(for: format).withDefaultTitle(for: graph)).write(drawing)
            return try renderReportingWarnings(
                dot: dot, format: format, engine: options.layoutEngine(for: drawing), aspectLimits: options.aspectLimitsKept)
        }
    }
}
