import DiploGraph

/// The legend: the graph's label as an HTML-like table, title on top, a key underneath.
extension DOTWriter {
    /// `<…>`: an HTML-like label with `title` (if not empty) over one row that shows the node
    /// kinds present in their colours, the classes of relation present in their line colours,
    /// and, for a diff graph, the diff colours. Deterministic: kinds and classes in a fixed order.
    func legendLabel(title: String, graph: Graph) -> String {
        let x = XMLEscaping.escaped
        let small = max(1, style.edgeFontSize)
        var cells: [String] = []
        let kinds = Set(graph.nodes.map(\.kind))
        for kind in NodeKind.allCases where kinds.contains(kind) {
            let look = style.nodeStyle(for: kind)
            cells.append(#"<td border="1" color="\#(x(look.color))" bgcolor="\#(x(look.fillColor))" cellpadding="3">"#
                + #"<font point-size="\#(small)" color="\#(x(look.fontColor))">\#(x(kind.rawValue))</font></td>"#)
        }
        let classes = Set(graph.edges.map { Style.EdgeClass($0.relation) })
        for edgeClass in Style.EdgeClass.allCases where classes.contains(edgeClass) {
            let look = style.edgeStyle(for: edgeClass)
            cells.append(Self.lineCell(color: look.color, dashed: look.lineStyle != "solid" && look.lineStyle != "bold",
                                       text: edgeClass.legendText, size: small))
        }
        let changes = Set(graph.nodes.compactMap(\.change) + graph.edges.compactMap(\.change))
        if changes.contains(.added) { cells.append(Self.lineCell(color: style.addedColor, dashed: false, text: "added", size: small)) }
        if changes.contains(.removed) { cells.append(Self.lineCell(color: style.removedColor, dashed: true, text: "removed", size: small)) }
        if changes.contains(.changed) { cells.append(Self.lineCell(color: style.changedColor, dashed: false, text: "changed (old→new)", size: small)) }
        if !graph.edges.isEmpty {
            cells.append(##"<td><font point-size="\##(small)" color="#666666">line width: number of sentences</font></td>"##)
        }

        var rows: [String] = []
        if !title.isEmpty {
            // Graphviz applies its \N, \G … substitutions inside HTML-like labels too (after
            // decoding references): a backslash is doubled so that it is drawn as written.
            let lines = title.split(separator: "\n", omittingEmptySubsequences: false)
                .map { x(String($0).replacingOccurrences(of: "\t", with: " ")).replacingOccurrences(of: "\\", with: "\\\\") }
            rows.append(#"<tr><td colspan="\#(max(1, cells.count))">\#(lines.joined(separator: "<br/>"))</td></tr>"#)
        }
        if !cells.isEmpty {
            rows.append("<tr>" + cells.joined() + "</tr>")
        }
        return #"<<table border="0" cellborder="0" cellspacing="4" cellpadding="1" id="legend">"#
            + rows.joined() + "</table>>"
    }

    /// A cell with a short line in `color` (dashes when `dashed`) and `text`.
    static func lineCell(color: String, dashed: Bool, text: String, size: Int) -> String {
        let x = XMLEscaping.escaped
        let line = dashed ? "‐ ‐ ‐" : "———"
        return #"<td><font point-size="\#(size)" color="\#(x(color))">\#(line) \#(x(text))</font></td>"#
    }
}
