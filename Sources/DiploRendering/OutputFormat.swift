/// The formats diplograph writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Our canonical, un-laid-out DOT, written by `DOTWriter` (no Graphviz involved).
    case dot
    /// The graph JSON contract.
    case json
    /// Scalable vector graphics, laid out and rendered by libgvc in-process.
    case svg

    /// The format a file name's extension names, if any (`graph.svg` → `.svg`).
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// Whether Graphviz lays out and renders this format (as opposed to our own writers).
    public var isRenderedByGraphviz: Bool { self != .dot && self != .json }
}
