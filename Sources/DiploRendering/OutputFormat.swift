/// The formats diplograph writes.
///
/// `dot`, `json`, `graphml` and `csv` are written by our own pure-Swift writers and are
/// byte-for-byte deterministic. `svg`, `png` and `pdf` are laid out and rendered by libgvc in-process
/// (see ``Graphviz``); `png` and `pdf` need Graphviz's cairo plugin
/// (`libgvplugin_pango`, installed with `libgraphviz-dev` on Debian).
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Our canonical, un-laid-out DOT, written by ``DOTWriter`` (no Graphviz involved).
    case dot
    /// The graph JSON contract (written by `Graph.jsonData()` in DiploGraph).
    case json
    /// Scalable vector graphics, laid out and rendered by libgvc in-process. Deterministic for
    /// the same DOT on the same installation (geometry depends on the fonts installed).
    case svg
    /// A PNG bitmap, rendered by Graphviz's cairo plugin in-process.
    case png
    /// A PDF document, rendered by Graphviz's cairo plugin in-process. Not byte-for-byte
    /// deterministic: cairo 1.16 embeds the creation date.
    case pdf
    /// GraphML, for Gephi, yEd, Cytoscape and networkx, written by ``GraphMLWriter``.
    case graphml
    /// A CSV edge list (RFC 4180), for spreadsheets, written by ``CSVWriter``.
    case csv

    /// The format a file name's extension names, if any (`graph.svg` → `.svg`).
    ///
    /// - Parameter pathExtension: The extension without the dot, in any case (`"SVG"`, `"gv"`,
    ///   `"graphml"`, `"csv"`). `gv` is accepted as a synonym for `dot`.
    public init?(pathExtension: String) {
        let lowered = pathExtension.lowercased()
        if lowered == "gv" {
            self = .dot
            return
        }
        self.init(rawValue: lowered)
    }

    /// Whether Graphviz lays out and renders this format (as opposed to our own writers).
    public var isRenderedByGraphviz: Bool { graphvizFormat != nil }

    /// The name of the format as Graphviz's `gvRenderData` knows it, or `nil` for the formats
    /// we write ourselves (`dot`, `json`, `graphml`, `csv`).
    public var graphvizFormat: String? {
        switch self {
        case .dot, .json, .graphml, .csv: return nil
        case .svg: return "svg"
        case .png: return "png"
        case .pdf: return "pdf"
        }
    }

    /// Whether the format is text (UTF-8) rather than binary.
    public var isText: Bool {
        switch self {
        case .dot, .json, .svg, .graphml, .csv: return true
        case .png, .pdf: return false
        }
    }

    /// The conventional file name extension, without the dot.
    public var pathExtension: String { rawValue }
}
