/// What Graphviz produced: the bytes, and the warnings it reported on the way.
public struct GraphvizRendering: Hashable, Sendable {
    /// The rendered output (UTF-8 text for SVG).
    public var bytes: [UInt8]
    /// Warnings Graphviz reported while parsing, laying out and rendering, without the
    /// `Warning: ` prefix. Empty for DOT written by ``DOTWriter``.
    public var warnings: [String]
    /// How long Graphviz itself took, stage by stage (for benchmarks; not part of equality).
    public var timings: GraphvizTimings

    /// Creates a rendering.
    public init(bytes: [UInt8], warnings: [String], timings: GraphvizTimings = GraphvizTimings()) {
        self.bytes = bytes
        self.warnings = warnings
        self.timings = timings
    }

    public static func == (lhs: GraphvizRendering, rhs: GraphvizRendering) -> Bool {
        lhs.bytes == rhs.bytes && lhs.warnings == rhs.warnings
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
        hasher.combine(warnings)
    }
}

/// Seconds spent inside Graphviz per stage of one rendering, so a benchmark can tell Graphviz's
/// own time from ours without calling the C library itself.
public struct GraphvizTimings: Sendable {
    /// `agmemread`: parsing the DOT.
    public var parse: Double = 0
    /// `gvLayout`: the layout.
    public var layout: Double = 0
    /// `gvRenderData`: writing the output format.
    public var render: Double = 0

    /// Creates timings.
    public init(parse: Double = 0, layout: Double = 0, render: Double = 0) {
        self.parse = parse
        self.layout = layout
        self.render = render
    }

    /// The three stages together.
    public var total: Double { parse + layout + render }
}
