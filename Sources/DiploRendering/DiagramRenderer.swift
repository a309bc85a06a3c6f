/// Something that lays out DOT text and renders it as a picture: ``Graphviz`` in-process, or a
/// fake in a test that needs no Graphviz.
///
/// ``GraphWriter`` and ``HTMLReport`` draw through one, so that they can be given a handle of
/// their own or a renderer that returns canned bytes and warnings.
public protocol DiagramRenderer: Sendable {
    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// - Parameters:
    ///   - dot: DOT text, typically from ``DOTWriter``.
    ///   - format: A format Graphviz renders (``OutputFormat/isRenderedByGraphviz``): SVG, PNG
    ///     or PDF.
    ///   - engine: The layout engine.
    ///   - aspectLimits: When given, a layout whose height-to-width ratio is outside these is
    ///     laid out again at the nearer limit.
    /// - Returns: The rendered bytes (UTF-8 text for SVG) and the warnings reported on the way.
    /// - Throws: ``GraphvizError`` with the stage that failed and what went wrong.
    func render(
        dot: String, format: OutputFormat, engine: LayoutEngine, aspectLimits: ClosedRange<Double>?
    ) throws(GraphvizError) -> GraphvizRendering
}

extension DiagramRenderer {
    /// ``render(dot:format:engine:aspectLimits:)`` with the `dot` engine by default and no
    /// aspect limits.
    ///
    /// - Parameters:
    ///   - dot: DOT text.
    ///   - format: A format Graphviz renders.
    ///   - engine: The layout engine.
    /// - Returns: The rendered bytes and the warnings.
    /// - Throws: ``GraphvizError`` with the stage that failed and what went wrong.
    public func render(dot: String, format: OutputFormat, engine: LayoutEngine = .dot) throws(GraphvizError) -> GraphvizRendering {
        try render(dot: dot, format: format, engine: engine, aspectLimits: nil)
    }
}
