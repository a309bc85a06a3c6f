import DiploGraph

/// Writes a graph as DOT text: deterministic, every ID quoted, every piece of user text escaped.
///
/// The output is `digraph "diplograph" { … }` with graph, node and edge defaults, then the nodes
/// sorted by identifier, then the edges sorted by (source, relation, target). The same graph
/// always gives byte-identical text, whatever order it was built in.
///
/// Every node and edge carries:
/// - `id`: the node identifier (or `source__relation__target` for an edge), made safe for XML;
///   Graphviz copies it to the SVG element's `id`.
/// - `class`: the node kind or the relation. Graphviz's SVG renderer prefixes its own class, so
///   the SVG element reads `class="node leader"` or `class="edge met"`.
/// - `tooltip`: what the element is and the evidence it was read from ("document: sentence",
///   up to ``Style/tooltipEvidenceLimit``); SVG shows it as `xlink:title`.
///
/// Edges are labelled with the relation's raw value, symmetric relations get `dir="none"`, and
/// the pen width grows with the amount of evidence (see ``Style/penWidth(forCount:)``).
public struct DOTWriter: Sendable {
    /// The name of the graph. Always set: an unnamed graph gets a process-wide counter as its
    /// name inside Graphviz, which would make the SVG differ from run to run.
    public var graphName: String
    /// The title drawn above the graph. `nil` derives it from the graph's documents; an empty
    /// string draws no title.
    public var title: String?
    /// Shapes, colours and fonts.
    public var style: Style

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - graphName: The DOT graph name (`"diplograph"`).
    ///   - title: The title above the graph; `nil` (the default) names the source documents, `""`
    ///     draws none.
    ///   - style: Shapes, colours and fonts (``Style/default``).
    public init(graphName: String = "diplograph", title: String? = nil, style: Style = .default) {
        self.graphName = graphName
        self.title = title
        self.style = style
    }

    /// The DOT text of `graph`, ending with a newline.
    ///
    /// - Parameter graph: The graph to write.
    /// - Returns: DOT text, byte-identical for equal graphs.
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
        if !titleText.isEmpty {
            graphAttributes.append(("label", q(titleText, .label)))
            graphAttributes.append(("labelloc", q("t", .id)))
        }
        graphAttributes += [
            ("overlap", q("false", .id)),
            ("splines", q("true", .id)),
            ("outputorder", q("edgesfirst", .id)),
            ("pad", q("0.2", .id)),
            ("nodesep", q("0.4", .id)),
            ("ranksep", q("0.6", .id)),
            ("sep", q("+8", .id)),
            ("esep", q("+4", .id)),
        ]
        output.write("  graph \(Self.attributeList(graphAttributes));\n")
        output.write("  node \(Self.attributeList([("fontname", q(style.fontName, .id)), ("fontsize", q(String(style.nodeFontSize), .id)), ("style", q("filled", .id)), ("margin", q("0.15,0.06", .id))]));\n")
        output.write("  edge \(Self.attributeList([("fontname", q(style.fontName, .id)), ("fontsize", q(String(style.edgeFontSize), .id)), ("arrowsize", q("0.7", .id))]));\n")

        var usedIDs: Set<String> = []
        func uniqueID(_ base: String) -> String {
            var candidate = base
            var n = 2
            while !usedIDs.insert(candidate).inserted {
                candidate = "\(base)-\(n)"
                n += 1
            }
            return candidate
        }

        let nodes = graph.nodes
        if !nodes.isEmpty { output.write("\n") }
        for node in nodes {
            let look = style.nodeStyle(for: node.kind)
            let attributes: [(String, String)] = [
                ("id", q(uniqueID(DOTEscaping.xmlID(node.id)), .id)),
                ("class", q(node.kind.rawValue, .id)),
                ("label", q(node.label, .label)),
                ("shape", q(look.shape, .id)),
                ("fillcolor", q(look.fillColor, .id)),
                ("color", q(look.color, .id)),
                ("fontcolor", q(look.fontColor, .id)),
                ("tooltip", q(nodeTooltip(node), .tooltip)),
            ]
            output.write("  \(q(node.id, .id)) \(Self.attributeList(attributes));\n")
        }

        let edges = graph.edges
        if !edges.isEmpty { output.write("\n") }
        for edge in edges {
            let look = style.edgeStyle(for: edge.relation)
            let edgeID = DOTEscaping.xmlID(edge.source) + "__" + edge.relation.rawValue + "__" + DOTEscaping.xmlID(edge.target)
            var attributes: [(String, String)] = [
                ("id", q(uniqueID(edgeID), .id)),
                ("class", q(edge.relation.rawValue, .id)),
                ("label", q(edge.relation.rawValue, .label)),
                ("color", q(look.color, .id)),
                ("fontcolor", q(look.fontColor, .id)),
                ("style", q(look.lineStyle, .id)),
                ("penwidth", q("\(style.penWidth(forCount: edge.count))", .id)),
            ]
            if edge.relation.isSymmetric {
                attributes.append(("dir", q("none", .id)))
            }
            attributes.append(("tooltip", q(edgeTooltip(edge, in: graph), .tooltip)))
            output.write("  \(q(edge.source, .id)) -> \(q(edge.target, .id)) \(Self.attributeList(attributes));\n")
        }
        output.write("}\n")
    }

    /// The title derived from the documents a graph was read from.
    static func defaultTitle(for documents: [String]) -> String {
        switch documents.count {
        case 0: return ""
        case 1...3: return documents.joined(separator: ", ")
        default: return documents.prefix(3).joined(separator: ", ") + " and \(documents.count - 3) more"
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
        lines += evidenceLines(edge.evidence)
        return lines.joined(separator: "\n")
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
