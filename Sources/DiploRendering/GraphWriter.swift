import DiploGraph

/// Writes a graph in any ``OutputFormat``: the one place that knows which writer makes which
/// format.
///
/// `dot` is the DOT ``DOTWriter`` writes with the options; `json` is `Graph.jsonData()`, `graphml`
/// ``GraphMLWriter`` and `csv` ``CSVWriter`` (options do not apply to these three). `svg`, `png`
/// and `pdf` are the DOT laid out with ``RenderOptions/engine`` and rendered by the
/// ``DiagramRenderer``; only they draw part of a graph larger than ``RenderOptions/maxEdges`` or
/// ``RenderOptions/maxNodes`` (``RenderOptions/drawn(_:)``).
public struct GraphWriter: Sendable {
    /// What lays out and renders the pictures.
    public var renderer: any DiagramRenderer

    /// Creates a writer that draws with `renderer`.
    ///
    /// - Parameter renderer: What renders `svg`, `png` and `pdf`; the process's ``Graphviz``
    ///   handle by default.
    public init(renderer: any DiagramRenderer = Graphviz.shared) {
        self.renderer = renderer
    }

    /// `graph` in `format`, drawn with `options`, with the warnings the renderer reported (none
    /// for the formats it does not render).
    ///
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - format: Any output format.
    ///   - options: Engine, clusters, rank direction, legend, title and style.
    /// - Returns: The bytes (UTF-8 text for the text formats) and the warnings.
    /// - Throws: ``StyleFileError`` when the style has a value Graphviz cannot draw safely
    ///   (``RenderOptions/validate()``), ``GraphvizError`` when the renderer fails, or the JSON
    ///   encoder's error for `json`.
    public func write(_ graph: Graph, as format: OutputFormat, options: RenderOptions = RenderOptions()) throws -> GraphvizRendering {
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
            return try renderer.render(
                dot: dot, format: format, engine: options.layoutEngine(for: drawing), aspectLimits: options.aspectLimitsKept)
        }
    }
}
