import DiploGraph

/// The legend: the graph's label as an HTML-like table, title on top, a key underneath.
extension DOTWriter {
    /// `<…>`: an HTML-like label with `title` (if not empty) over one row that shows the node
    /// kinds present in their colours, the classes of relation present in their line colours,
    /// and, for a diff graph, the diff colours. Deterministic: kinds and classes in a fixed order.
    ///
    /// `notes`, lines such as what an overview leaves out, come last, small and grey.
    ///
    /// - Parameters:
    ///   - title: The title; empty for none.
    ///   - graph: The graph the legend is for.
    ///   - notes: Lines under the key.
    func legendLabel(title: String, graph: Graph, notes: [String] = []) -> String {
        let x = XMLEscaping.escaped
        let small = max(1, style.edgeFontSize)
        var cells: [String] = []
        // What is present, found by scans that stop at the first hit (cheaper than sets).
        for kind in NodeKind.allCases where graph.nodes.contains(where: { $0.kind == kind }) {
            let look = style.nodeStyle(for: kind)
            cells.append(#"<td border="1" color="\#(x(look.color))" bgcolor="\#(x(look.fillColor))" cellpadding="3">"#
                + #"<font point-size="\#(small)" color="\#(x(look.fontColor))">\#(x(kind.rawValue))</font></td>"#)
        }
        for edgeClass in Style.EdgeClass.allCases where graph.edges.contains(where: { Style.EdgeClass($0.relation) == edgeClass }) {
            let look = style.edgeStyle(for: edgeClass)
            cells.append(Self.lineCell(color: look.color, dashed: look.lineStyle != "solid" && look.lineStyle != "bold",
                                       text: edgeClass.legendText, size: small))
        }
        let changes = Change.allCases.filter { change in
            graph.nodes.contains { $0.change == change } || graph.edges.contains { $0.change == change }
        }
        if changes.contains(.added) { cells.append(Self.lineCell(color: style.addedColor, dashed: false, text: "added", size: small)) }
        if changes.contains(.removed) { cells.append(Self.lineCell(color: style.removedColor, dashed: true, text: "removed", size: small)) }
        if changes.contains(.changed) { cells.append(Self.lineCell(color: style.changedColor, dashed: false, text: "changed (old→new)", size: small)) }
        if !graph.edges.isEmpty {
            cells.append(##"<td><font point-size="\##(small)" color="#666666">line width: number of sentences</font></td>"##)
        }

        var rows: [String] = []
        if !title.isEmpty {
            let lines = Self.titleLines(title)
                .map { line -> String in
                    // replacingOccurrences goes through NSString on Linux: only call it when there
                    // is something to replace.
                    var line = String(line)
                    if line.utf8.contains(UInt8(ascii: "\t")) { line = line.replacingOccurrences(of: "\t", with: " ") }
                    return Self.labelSafe(x(line))
                }
            rows.append(#"<tr><td colspan="\#(max(1, cells.count))">\#(lines.joined(separator: "<br/>"))</td></tr>"#)
        }
        if !cells.isEmpty {
            rows.append("<tr>" + cells.joined() + "</tr>")
        }
        for note in notes {
            let line = Self.labelSafe(x(note))
            rows.append(##"<tr><td colspan="\##(max(1, cells.count))"><font point-size="\##(small)" color="#555555">\##(line)</font></td></tr>"##)
        }
        return #"<<table border="0" cellborder="0" cellspacing="4" cellpadding="1" id="legend">"#
            + rows.joined() + "</table>>"
    }

    /// `escaped`, XML-escaped text, made safe to draw as written in an HTML-like label.
    static func labelSafe(_ escaped: String) -> String {
        var line = escaped
        // Graphviz applies its \N, \G … substitutions inside HTML-like labels too (after
        // decoding references): a backslash is doubled so that it is drawn as written.
        if line.utf8.contains(UInt8(ascii: "\\")) { line = line.replacingOccurrences(of: "\\", with: "\\\\") }
        // Graphviz 2.43 runs a line that ends with "]" into the next one in an HTML-like label
        // ("]<br/>x" is drawn "]x"); as a reference it does not.
        if line.utf8.contains(UInt8(ascii: "]")) { line = line.replacingOccurrences(of: "]", with: "&#93;") }
        return line
    }

    /// The lines of a title: split at every line feed (also the one of a CR LF, whose CR is then
    /// dropped like any control character) and at U+2028 and U+2029, as labels are everywhere
    /// else. (Splitting `Character`s would keep a CR LF, one character, inside a line.)
    static func titleLines(_ title: String) -> [String] {
        var lines = [""]
        for scalar in title.unicodeScalars {
            if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append("")
            } else {
                lines[lines.count - 1].unicodeScalars.append(scalar)
            }
        }
        return lines
    }

    /// A cell with a short line in `color` (dashes when `dashed`) and `text`.
    static func lineCell(color: String, dashed: Bool, text: String, size: Int) -> String {
        let x = XMLEscaping.escaped
        let line = dashed ? "‐ ‐ ‐" : "———"
        return #"<td><font point-size="\#(size)" color="\#(x(color))">\#(line) \#(x(text))</font></td>"#
    }
}
