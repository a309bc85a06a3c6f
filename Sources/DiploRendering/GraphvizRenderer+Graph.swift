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
    ///   (``Style/validate()``), ``GraphvizError`` when Graphviz fails, or the JSON encoder's
    ///   error for `json`.
    public static func render(_ graph: Graph, format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> [UInt8] {
        try options.style.validate()
        switch format {
        case .dot:
            return Array(DOTWriter(options: options).write(graph).utf8)
        case .json:
            return Array(try graph.jsonData())
        case .graphml:
            return Array(GraphMLWriter.write(graph).utf8)
        case .csv:
            return Array(CSVWriter.write(graph).utf8)
        case .svg, .png, .pdf:
            return try render(dot: DOTWriter(options: options).write(options.drawn(graph)), format: format, engine: options.engine)
        }
    }
}
