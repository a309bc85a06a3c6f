import DiploGraph

/// Writes a graph as DOT text: deterministic, every ID quoted, every piece of user text escaped.
///
/// The output is `digraph "diplograph" { … }` with graph, node and edge defaults, then (with
/// ``RenderOptions/clusterByState``) one `subgraph "cluster_state:…"` per state that has leaders,
/// holding the state and its leaders, then the other nodes sorted by identifier, then the edges
/// sorted by (source, relation, target). The same graph and options always give byte-identical
/// text, whatever order the graph was built in.
///
/// The user's Graphviz attributes (``RenderOptions/attributes``, `-G`, `-N`, `-E`) replace the
/// writer's own of the same name: on the root graph, in the `node` and `edge` defaults and on
/// every node and edge, so that they override the style. ``RenderOptions/dpi`` becomes the
/// graph's `dpi`.
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
/// - the graph's data, for tools that read the DOT (`gvpr 'N[kind=="leader"]'`): `kind`,
///   `count`, `state` and `code` on nodes; `relation` (the vocabulary id), `plover` (the PLOVER
///   event type, interactions only), `count` on edges; `change` in a diff (see
///   `DOTWriter+Data`). Graphviz keeps them and draws nothing for them.
/// - `tooltip`: what the element is and the evidence it was read from ("document: sentence",
///   up to ``Style/tooltipEvidenceLimit``); SVG shows it as `xlink:title`.
///
/// Node labels and the title are cut to 500 characters, tooltips to 3,000 bytes (see
/// `DrawingLimits`: Graphviz crashes on a label of tens of thousands of lines). Node labels
/// longer than ``Style/wrapWidth`` are wrapped at word boundaries. Edges are labelled with the
/// relation's words for people (``Relation/label``: `party to`), symmetric relations get
/// `dir="none"`, and the pen width grows with the amount of evidence (see
/// ``Style/penWidth(forCount:)``). In a diff graph
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
    /// graph (``DefaultTitle``); an empty string draws no title.
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
    ///   - title: The title above the graph; `nil` (the default) says what is shown
    ///     (``DefaultTitle``), `""` draws none.
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
        // Roughly what a node or an edge with its tooltip takes, so that the buffer seldom grows.
        var text = DOTText(capacity: 1024 + 640 * (graph.nodeCount + graph.edgeCount))
        write(graph, to: &text)
        return text.string
    }

    /// The DOT text of `part`, its elements named by `ids`, the ids of a graph it is part of
    /// (or of `part` itself): the report draws part of a large graph and points its table rows,
    /// which list the whole graph, at the drawn elements.
    func write(_ part: Graph, ids: ElementIDs) -> String {
        write(Drawing(whole: part), ids: ids)
    }

    /// The DOT text of `drawing`, a laid-out diagram's part of a graph: in an overview each
    /// pair's relations as one edge, and under the legend a note of what is left out and the
    /// entities that are only mentioned. Its elements are named by `ids` (the ids of the graph
    /// it is part of), or else by the drawn graph's own ``ElementIDs``.
    public func write(_ drawing: Drawing) -> String {
        write(drawing, ids: nil)
    }

    /// ``write(_:)`` with the elements named by `ids`.
    func write(_ drawing: Drawing, ids: ElementIDs?) -> String {
        let part = drawing.graph
        var text = DOTText(capacity: 1024 + 640 * (part.nodeCount + part.edgeCount))
        write(part, to: &text, ids: ids, drawing: drawing)
        return text.string
    }

    /// Writes the DOT text of `graph` to `output`.
    ///
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - output: Where the text goes.
    public func write<Output: TextOutputStream>(_ graph: Graph, to output: inout Output) {
        output.write(write(graph))
    }

    /// Writes the whole DOT text of `graph` to `text`, its elements named by `given` (the ids
    /// of a larger graph it is part of) or else by its own ``ElementIDs``.
    private func write(_ graph: Graph, to text: inout DOTText, ids given: ElementIDs? = nil, drawing: Drawing? = nil) {
        let clusters = StateCluster.clusters(of: graph, options: options)
        text.append("digraph ")
        text.appendQuoted(graphName.isEmpty ? "diplograph" : graphName)
        text.append(" {\n")
        writeDefaults(graph, drawing: drawing, to: &text)

        let ids = given ?? ElementIDs(graph, clusters: clusters)
        let nodeAttributes = options.attributes(for: .node)
        let edgeAttributes = options.attributes(for: .edge)
        var clustered: Set<NodeID> = []
        for cluster in clusters {
            let clusterID = ids.cluster(cluster.state.id)
            text.append("\n  subgraph ")
            text.appendQuoted(clusterID)
            text.append(" {\n    graph ")
            text.openAttributes()
            text.attribute("id", clusterID)
            text.attribute("class", "state-cluster")
            text.attribute("label", "")
            text.attribute("style", "rounded,dashed")
            text.attribute("color", style.nodeStyle(for: .state).color)
            text.attribute("penwidth", "1")
            text.attribute("margin", "10")
            text.closeAttributes()
            text.append(";\n")
            for node in [cluster.state] + cluster.members {
                text.append("    ")
                writeNodeStatement(node, id: ids.node(node.id), overriding: nodeAttributes, to: &text)
                clustered.insert(node.id)
            }
            text.append("  }\n")
        }

        let looseNodes = clustered.isEmpty ? graph.nodes : graph.nodes.filter { !clustered.contains($0.id) }
        if !looseNodes.isEmpty { text.append("\n") }
        for node in looseNodes {
            text.append("  ")
            writeNodeStatement(node, id: ids.node(node.id), overriding: nodeAttributes, to: &text)
        }

        if !graph.edges.isEmpty { text.append("\n") }
        // Ids worked out for these very edges list them in order; other ids are looked up.
        let edgeIDs = given == nil ? ids.edgesInOrder : graph.edges.map(ids.ids(of:))
        if let drawing, drawing.isOverview {
            let idsByKey = Dictionary(uniqueKeysWithValues: zip(graph.edges.map(\.key), edgeIDs))
            for group in drawing.edgeGroups(graph.edges) {
                text.append("  ")
                if group.count == 1 {
                    writeEdgeStatement(group[0], ids: idsByKey[group[0].key]!, in: graph, overriding: edgeAttributes, to: &text)
                } else {
                    let representative = Drawing.representative(of: group)
                    writeCondensedEdgeStatement(group, representative: representative, ids: idsByKey[representative.key]!,
                                                in: graph, overriding: edgeAttributes, to: &text)
                }
            }
        } else {
            for (edge, edgeIDs) in zip(graph.edges, edgeIDs) {
                text.append("  ")
                writeEdgeStatement(edge, ids: edgeIDs, in: graph, overriding: edgeAttributes, to: &text)
            }
        }
        text.append("}\n")
    }

    /// The `graph`, `node` and `edge` statements that set the defaults: fonts, the title (and
    /// legend), the engine's attributes.
    private func writeDefaults(_ graph: Graph, drawing: Drawing?, to text: inout DOTText) {
        text.append("  graph ")
        var graphAttributes = options.attributes(for: .graph)
        if options.straightEdges { graphAttributes.removeAll { $0.name == "splines" } }
        text.openAttributes(overriding: graphAttributes)
        text.attribute("fontname", style.fontName)
        text.attribute("fontsize", String(style.titleFontSize))
        let titleText = drawnTitle(for: graph)
        if options.legend && !graph.isEmpty {
            text.attribute("label", unquoted: legendLabel(title: titleText, graph: graph, notes: drawing.map(Self.notes) ?? []))
            text.attribute("labelloc", "t")
        } else if !titleText.isEmpty {
            text.attribute("label", titleText, .label)
            text.attribute("labelloc", "t")
        }
        let engine = drawing.map(options.layoutEngine(for:)) ?? options.layoutEngine(forWhole: graph)
        for (name, value) in Self.engineAttributes(engine, straightEdges: options.straightEdges) {
            text.attribute(name, value)
        }
        if let rankdir = options.rankdir {
            text.attribute("rankdir", rankdir.rawValue)
        }
        if let dpi = options.dpi {
            text.attribute("dpi", String(dpi))
        }
        text.closeAttributes()

        text.append(";\n  node ")
        text.attributeList([
            "fontname": style.fontName, "fontsize": String(style.nodeFontSize), "style": "filled", "margin": "0.15,0.06",
        ], overriding: options.attributes(for: .node))
        text.append(";\n  edge ")
        text.attributeList(["fontname": style.fontName, "fontsize": String(style.edgeFontSize), "arrowsize": "0.7"],
                           overriding: options.attributes(for: .edge))
        text.append(";\n")
    }

    /// `"id" [attributes];` and a line break, for a node, with the user's node attributes
    /// `overriding` the style.
    private func writeNodeStatement(_ node: Node, id: String, overriding: [GraphvizAttribute], to text: inout DOTText) {
        let look = style.nodeStyle(for: node.kind)
        // The DOT name is the element id: unique and XML-safe, so ids that differ only by a
        // character DOT quoting drops stay two nodes, and the SVG <title> stays well-formed.
        text.appendQuoted(id)
        text.append(" ")
        text.openAttributes(overriding: overriding)
        text.attribute("id", id)
        text.attribute("class", Self.classes(node.kind.rawValue, node.change))
        text.attribute("label", drawnLabel(of: node), .label)
        text.attribute("shape", look.shape)
        text.attribute("fillcolor", look.fillColor)
        switch node.change {
        case .added?: text.attribute("color", style.addedColor)
        case .removed?: text.attribute("color", style.removedColor)
        case .changed?: text.attribute("color", style.changedColor)
        case nil: text.attribute("color", look.color)
        }
        text.attribute("fontcolor", look.fontColor)
        switch node.change {
        case .added?, .changed?:
            text.attribute("penwidth", "2.5")
        case .removed?:
            text.attribute("penwidth", "2")
            text.attribute("style", "filled,dashed")
        case nil:
            break
        }
        text.openQuotedAttribute("tooltip")
        writeTooltip(of: node, to: &text)
        text.closeQuotedAttribute()
        writeData(of: node, to: &text)
        text.closeAttributes()
        text.append(";\n")
    }

    /// `"source" -> "target" [attributes];` and a line break, for an edge whose element ids (and
    /// those of its ends) are `ids`, with the user's edge attributes `overriding` the style.
    func writeEdgeStatement(
        _ edge: Edge, ids: ElementIDs.EdgeIDs, in graph: Graph, overriding: [GraphvizAttribute], to text: inout DOTText
    ) {
        let look = style.edgeStyle(for: edge.relation)
        var color = look.color
        var fontColor = look.fontColor
        var lineStyle = look.lineStyle
        var label = edge.relation.label
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
        openEdgeStatement(ids: ids, overriding: overriding, to: &text)
        text.attribute("class", Self.classes(edge.relation.rawValue, edge.change))
        if let plover = edge.relation.plover {
            text.attribute("plover", plover.rawValue)
        }
        text.attribute("label", label, .label)
        text.attribute("color", color)
        text.attribute("fontcolor", fontColor)
        text.attribute("style", lineStyle)
        text.attribute("penwidth", "\(style.penWidth(forCount: edge.count))")
        if edge.relation.isSymmetric {
            text.attribute("dir", "none")
        }
        text.openQuotedAttribute("tooltip")
        writeTooltip(of: edge, in: graph, to: &text)
        text.closeQuotedAttribute()
        writeData(of: edge, to: &text)
        text.closeAttributes()
        text.append(";\n")
    }

    /// `"source" -> "target" [id="…"`: an edge statement up to its first attribute, the
    /// user's edge attributes `overriding` the ones written after.
    func openEdgeStatement(ids: ElementIDs.EdgeIDs, overriding: [GraphvizAttribute], to text: inout DOTText) {
        text.appendQuoted(ids.source)
        text.append(" -> ")
        text.appendQuoted(ids.target)
        text.append(" ")
        text.openAttributes(overriding: overriding)
        text.attribute("id", ids.edge)
    }

    /// The label drawn for `node`: its label cut to ``DrawingLimits/labelCharacters``, then
    /// wrapped at ``Style/wrapWidth``.
    func drawnLabel(of node: Node) -> String {
        DOTEscaping.wrapped(Self.capped(node.label), width: style.wrapWidth)
    }

    /// The title drawn above `graph`: ``title``, or the one ``DefaultTitle`` gives the graph and
    /// ``RenderOptions/subject``, cut to ``DrawingLimits/labelCharacters``.
    func drawnTitle(for graph: Graph) -> String {
        Self.capped(title ?? DefaultTitle.text(for: graph, subject: options.subject))
    }

    /// `text` cut to the length of a drawn label (``DrawingLimits``).
    private static func capped(_ text: String) -> String {
        DrawingLimits.capped(text, characters: DrawingLimits.labelCharacters, bytes: DrawingLimits.labelBytes)
    }

    /// `kind` or `kind change`.
    static func classes(_ base: String, _ change: Change?) -> String {
        change.map { "\(base) \($0.rawValue)" } ?? base
    }

    /// Graph attributes that keep each engine's layout readable: no overlapping nodes, edges
    /// routed around nodes, room for edge labels. Every engine gets overlap removal and spline
    /// settings (the DOT written for one engine may be laid out by another: `diplograph … --format
    /// dot | neato`); the values are tuned for the engine the options name. `straightEdges`
    /// asks for straight lines (`splines=line`) instead of routed curves.
    static func engineAttributes(_ engine: LayoutEngine, straightEdges: Bool = false) -> [(String, String)] {
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
        return [("outputorder", "edgesfirst"), ("pad", "0.2"), ("overlap", overlap), ("splines", straightEdges ? "line" : "true"),
                ("sep", sep), ("esep", esep)] + extra
    }
}
