import DiploGraph

/// Lays out and renders DOT with libgvc in-process. (Placeholder signature.)
public enum GraphvizRenderer {
    public static func render(dot: String, format: OutputFormat, engine: LayoutEngine) throws -> [UInt8] { [] }
}
