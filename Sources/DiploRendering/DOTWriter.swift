import DiploGraph

/// Writes a graph as DOT text: deterministic, every ID quoted, every piece of user text escaped.
///
/// The output is `digraph "diplograph" { … }` with graph, node and edge defaults, then (with
/// ``RenderOptions/clusterByState``) one `subgraph "cluster_state:…"` per state that has leaders,
/// holding the state and its leaders, then the other nodes sorted by identifier, then the edges
/// sorted by (source, relation, target). The same graph and options always give byte-identical
/// text, whatever order the graph was built in.
///
/// The graph attributes suit the layout engine of the options: `dot` gets rank and node
/// separation (and `rankdir` when set); `neato`, `fdp`, `sfdp` and `twopi` remove node overlaps
/// with `prism` and a wider margin; `circo` spreads nodes apart; every engine routes splines
/// around nodes. The
/// graph's label is the title, and under it the legend (an HTML-like table: it adds no nodes).
///
/// Every node and edge carries:
/// - `id`: the node identifier (or `source__relation__target` for an edge), made safe for XML;
///   Graphviz copies it to the SVG element's `id`.
/// - `class`: the node kind or the relation, followed by the diff marker when there is one
///   (`met added`). Graphviz's SVG renderer prefixes its own class, so the SVG element reads
///   `class="node leader"` or `class="edge met added"`.
/// - `tooltip`: what the element is and the evidence it was read from ("document: sentence",
///   up to ``Style/tooltipEvidenceLimit``); SVG shows it as `xlink:title`.
///
/// Node labels longer than ``Style/wrapWidth`` are wrapped at word boundaries. Edges are
/// labelled with the relation's raw value, symmetric relations get `dir="none"`, and the pen
/// width grows with the amount of evidence (see ``Style/penWidth(forCount:)``). In a diff graph
/// (``Graph/diff(old:new:)``) added nodes and edges are drawn in ``Style/addedColor``, removed
/// ones dashed in ``Style/removedColor``, and edges whose weight changed in
/// ``Style/changedColor`` with a label such as `met (2→5)`.
public struct DOTWriter: Sendable {
    /// The name of the graph. Always set: an unnamed graph gets a process-wide counter as its
    /// name inside Graphviz, which would make the SVG differ from run to run.
    public var graphName: String
    /// Engine, clusters, rank direction, legend, title and style.
    public var options: RenderOptions

    /// The title drawn above the graph (``RenderOptions/title``). `nil` derives it from the
    /// graph's documents; an empty string draws no title.
    public var title: String? {
        get { options.title }
        set { options.title = newValue }
    }

    /// Shapes, colours and fonts (``RenderOptions/style``).
    public var style: Style {
        get { options.style }
        set { options.style = newValue }
    }

    /// Creates a writer with the default options for everything but the title and style.
    ///
    /// - Parameters:
    ///   - graphName: The DOT graph name (`"diplograph"`).
    ///   - title: The title above the graph; `nil` (the default) names the source documents, `""`
    ///     draws none.
    ///   - style: Shapes, colours and fonts (``Style/default``).
    public init(graphName: String = "diplograph", title: String? = nil, style: Style = .default) {
        self.init(graphName: graphName, options: RenderOptions(title: title, style: style))
    }

    /// Creates a writer for `options`.
    ///
    /// - Parameters:
    ///   - graphName: The DOT graph name (`"diplograph"`).
    ///   - options: Engine, clusters, rank direction, legend, title and style.
    public init(graphName: String = "diplograph", options: RenderOptions) {
        self.graphName = graphName
        self.options = options
    }

    /// The DOT text of `graph`, ending with a newline.
    ///
    /// - Parameter graph: The graph to write.
    /// - Returns: DOT text, byte-identical for equal graphs and options.
    public func write(_ graph: Graph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Writes the DOT text of `graph` to `output`.
    ///
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - output: Where the text goes.
    public func write<Output: TextOutputStream>(_ graph: Graph, to output: inout Output) {
        let q = DOTEscaping.quoted
        let name = graphName.isEmpty ? "diplograph" : graphName
        output.write("digraph \(q(name, .id)) {\n")

        var graphAttributes: [(String, String)] = [
            ("fontname", q(style.fontName, .id)),
            ("fontsize", q(String(style.titleFontSize), .id)),
        ]
        let titleText = title ?? Self.defaultTitle(for: graph.documents)
        if options.legend && !graph.isEmpty {
            graphAttributes.append(("label", legendLabel(title: titleText, graph: graph)))
            graphAttributes.append(("labelloc", q("t", .id)))
        } else if !titleText.isEmpty {
            graphAttributes.append(("label", q(titleText, .label)))
            graphAttributes.append(("labelloc", q("t", .id)))
        }
        graphAttributes += Self.engineAttributes(options.engine).map { ($0.0, q($0.1, .id)) }
        if let rankdir = options.rankdir {
            graphAttributes.append(("rankdir", q(rankdir.rawValue, .id)))
        }
        output.write("  graph \(Self.attributeList(graphAttributes));\n")
        output.write("  node \(Self.attributeList([("fontname", q(style.fontName, .id)), ("fontsize", q(String(style.nodeFontSize), .id)), ("style", q("filled", .id)), ("margin", q("0.15,0.06", .id))]));\n")
        output.write("  edge \(Self.attributeList([("fontname", q(style.fontName, .id)), ("fontsize", q(String(style.edgeFontSize), .id)), ("arrowsize", q("0.7", .id))]));\n")

        let ids = ElementIDs(graph, options: options)

        let nodes = graph.nodes
        var clustered: Set<String> = []
        if options.clusterByState {
            for (state, members) in Self.clusters(of: graph) {
                let look = style.nodeStyle(for: .state)
                output.write("\n  subgraph \(q(ids.cluster(state.id), .id)) {\n")
                let attributes: [(String, String)] = [
                    ("id", q(ids.cluster(state.id), .id)),
                    ("class", q("state-cluster", .id)),
                    ("label", q("", .id)),
                    ("style", q("rounded,dashed", .id)),
                    ("color", q(look.color, .id)),
                    ("penwidth", q("1", .id)),
                    ("margin", q("10", .id)),
                ]
                output.write("    graph \(Self.attributeList(attributes));\n")
                for node in [state] + members {
                    output.write("    \(nodeStatement(node, id: ids.node(node.id)));\n")
                    clustered.insert(node.id)
                }
                output.write("  }\n")
            }
        }

        let looseNodes = nodes.filter { !clustered.contains($0.id) }
        if !looseNodes.isEmpty { output.write("\n") }
        for node in looseNodes {
            output.write("  \(nodeStatement(node, id: ids.node(node.id)));\n")
        }

        let edges = graph.edges
        if !edges.isEmpty { output.write("\n") }
        for edge in edges {
            output.write("  \(edgeStatement(edge, id: ids.edge(edge.key), ends: (ids.node(edge.source), ids.node(edge.target)), in: graph));\n")
        }
        output.write("}\n")
    }

    /// `"id" [attributes]` for a node.
    func nodeStatement(_ node: Node, id: String) -> String {
        let q = DOTEscaping.quoted
        let look = style.nodeStyle(for: node.kind)
        var color = look.color
        var attributes: [(String, String)] = []
        var extra: [(String, String)] = []
        switch node.change {
        case .added?:
            color = style.addedColor
            extra = [("penwidth", q("2.5", .id))]
        case .removed?:
            color = style.removedColor
            extra = [("penwidth", q("2", .id)), ("style", q("filled,dashed", .id))]
        case .changed?:
            color = style.changedColor
            extra = [("penwidth", q("2.5", .id))]
        case nil:
            break
        }
        attributes = [
            ("id", q(id, .id)),
            ("class", q(Self.classes(node.kind.rawValue, node.change), .id)),
            ("label", q(DOTEscaping.wrapped(node.label, width: style.wrapWidth), .label)),
            ("shape", q(look.shape, .id)),
            ("fillcolor", q(look.fillColor, .id)),
            ("color", q(color, .id)),
            ("fontcolor", q(look.fontColor, .id)),
        ] + extra
        attributes.append(("tooltip", q(nodeTooltip(node), .tooltip)))
        // The DOT name is the element id: unique and XML-safe, so ids that differ only by a
        // character DOT quoting drops stay two nodes, and the SVG <title> stays well-formed.
        return "\(q(id, .id)) \(Self.attributeList(attributes))"
    }

    /// `"source" -> "target" [attributes]` for an edge.
    func edgeStatement(_ edge: Edge, id: String, ends: (source: String, target: String), in graph: Graph) -> String {
        let q = DOTEscaping.quoted
        let look = style.edgeStyle(for: edge.relation)
        var color = look.color
        var fontColor = look.fontColor
        var lineStyle = look.lineStyle
        var label = edge.relation.rawValue
        switch edge.change {
        case .added?:
            color = style.addedColor
            fontColor = style.addedColor
        case .removed?:
            color = style.removedColor
            fontColor = style.removedColor
            lineStyle = "dashed"
        case .changed?:
            color = style.changedColor
            fontColor = style.changedColor
            if let previous = edge.previousCount { label += " (\(previous)→\(edge.count))" }
        case nil:
            break
        }
        var attributes: [(String, String)] = [
            ("id", q(id, .id)),
            ("class", q(Self.classes(edge.relation.rawValue, edge.change), .id)),
            ("label", q(label, .label)),
            ("color", q(color, .id)),
            ("fontcolor", q(fontColor, .id)),
            ("style", q(lineStyle, .id)),
            ("penwidth", q("\(style.penWidth(forCount: edge.count))", .id)),
        ]
        if edge.relation.isSymmetric {
            attributes.append(("dir", q("none", .id)))
        }
        attributes.append(("tooltip", q(edgeTooltip(edge, in: graph), .tooltip)))
        return "\(q(ends.source, .id)) -> \(q(ends.target, .id)) \(Self.attributeList(attributes))"
    }

    /// `kind` or `kind change`.
    static func classes(_ base: String, _ change: Change?) -> String {
        change.map { "\(base) \($0.rawValue)" } ?? base
    }

    /// The states that have leaders (sorted by identifier), each with its leaders (sorted).
    static func clusters(of graph: Graph) -> [(Node, [Node])] {
        var members: [String: [Node]] = [:]
        for node in graph.nodes where node.kind == .leader {
            if let state = node.state, graph.node(state)?.kind == .state {
                members[state, default: []].append(node)
            }
        }
        return members.keys.sorted().compactMap { id in
            graph.node(id).map { ($0, members[id] ?? []) }
        }
    }

    /// Graph attributes that keep each engine's layout readable: no overlapping nodes, edges
    /// routed around nodes, room for edge labels. Every engine gets overlap removal and spline
    /// settings (the DOT written for one engine may be laid out by another: `diplograph … --format
    /// dot | neato`); the values are tuned for the engine the options name.
    static func engineAttributes(_ engine: LayoutEngine) -> [(String, String)] {
        var overlap = "false", sep = "+8", esep = "+4"
        var extra: [(String, String)] = []
        switch engine {
        case .dot:
            extra = [("nodesep", "0.4"), ("ranksep", "0.6"), ("newrank", "true")]
        case .neato:
            (overlap, sep, esep) = ("prism", "+14", "+6")
            extra = [("mode", "major")]
        case .fdp:
            (overlap, sep, esep) = ("prism", "+14", "+6")
            extra = [("K", "1.2")]
        case .sfdp:
            (overlap, sep, esep) = ("prism", "+14", "+6")
            extra = [("K", "1.2")]
        case .circo:
            extra = [("mindist", "1.2")]
        case .twopi:
            (overlap, sep, esep) = ("prism", "+10", "+4")
            extra = [("ranksep", "1.6")]
        }
        return [("outputorder", "edgesfirst"), ("pad", "0.2"), ("overlap", overlap), ("splines", "true"),
                ("sep", sep), ("esep", esep)] + extra
    }

    /// The title derived from the documents a graph was read from: the file name of one
    /// document, the file names of two or three, "N documents" for more.
    static func defaultTitle(for documents: [String]) -> String {
        func fileName(_ path: String) -> String {
            let last = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init)
            return last ?? path
        }
        switch documents.count {
        case 0: return ""
        case 1...3: return documents.map(fileName).joined(separator: ", ")
        default: return "\(documents.count) documents"
        }
    }

    /// `[a="x", b="y"]`: the values are already quoted.
    static func attributeList(_ attributes: [(String, String)]) -> String {
        "[" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "]"
    }

    /// The tooltip of a node: what it is, its other names, and where it was read.
    func nodeTooltip(_ node: Node) -> String {
        var head = node.label
        var facts: [String] = []
        if let title = node.title { facts.append(title) }
        facts.append(node.kind.rawValue)
        if let code = node.code { facts.append(code) }
        if let state = node.state { facts.append(state) }
        head += " (" + facts.joined(separator: ", ") + ")"
        var lines = [head]
        if let change = node.change { lines.append(Self.changeLine(change, previous: nil, count: nil)) }
        if !node.aliases.isEmpty { lines.append("also: " + node.aliases.joined(separator: "; ")) }
        if !node.topics.isEmpty { lines.append("topics: " + node.topics.joined(separator: "; ")) }
        lines += evidenceLines(node.evidence)
        return lines.joined(separator: "\n")
    }

    /// The tooltip of an edge: "Source relation Target", then where it was read.
    func edgeTooltip(_ edge: Edge, in graph: Graph) -> String {
        let source = graph.node(edge.source)?.label ?? edge.source
        let target = graph.node(edge.target)?.label ?? edge.target
        var lines = ["\(source) \(edge.relation.rawValue) \(target)"]
        if let change = edge.change { lines.append(Self.changeLine(change, previous: edge.previousCount, count: edge.count)) }
        lines += evidenceLines(edge.evidence)
        return lines.joined(separator: "\n")
    }

    /// "added", "removed", or "changed: 2 → 5 sentences".
    static func changeLine(_ change: Change, previous: Int?, count: Int?) -> String {
        switch change {
        case .added: return "added (only in the new graph)"
        case .removed: return "removed (only in the old graph)"
        case .changed:
            if let previous, let count { return "changed: \(previous) → \(count) sentences" }
            return "changed"
        }
    }

    /// Up to ``Style/tooltipEvidenceLimit`` lines "document: sentence", then how many were left out.
    func evidenceLines(_ evidence: [Evidence]) -> [String] {
        let limit = max(0, style.tooltipEvidenceLimit)
        var lines = evidence.prefix(limit).map { item in
            "\(item.document): \(DOTEscaping.truncated(item.sentence, to: style.tooltipSentenceLength))"
        }
        if evidence.count > limit {
            lines.append("(and \(evidence.count - limit) more)")
        }
        return lines
    }
}
