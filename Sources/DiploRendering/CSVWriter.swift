import DiploGraph

/// Writes a graph's edges as CSV (RFC 4180), one row per edge, for spreadsheets and scripts.
///
/// The header is
/// `source,source_label,relation,plover,target,target_label,count,documents,first_sentence`:
/// the two ends' identifiers and labels, the relation and its PLOVER event type (empty for
/// `leads` and `party_to`, which are no events), how many sentences and how many distinct
/// documents support the edge, and the first supporting sentence (empty if none). A diff graph
/// (``Graph/diff(old:new:)``) gets two more columns, `change` and `previous_count`. Rows follow
/// the graph's edge order (source, relation, target). Lines end with CRLF as RFC 4180 says; a
/// field that holds a comma or a double quote is quoted, with its double quotes doubled. No
/// field holds a control character: line breaks (CR, LF, CR LF, U+2028, U+2029), tabs and every
/// other control character (U+0000–U+001F, U+007F–U+009F) become a space, so that each record
/// is one line and no terminal escape reaches a reader. Nodes without edges do not appear.
public enum CSVWriter {
    /// The column names, in order (without the diff columns).
    public static let header = ["source", "source_label", "relation", "plover", "target", "target_label",
                                "count", "documents", "first_sentence"]

    /// The CSV text of `graph`'s edges, header first, every line ending with CRLF.
    ///
    /// - Parameter graph: The graph to write.
    /// - Returns: UTF-8 text, byte-identical for equal graphs.
    public static func write(_ graph: Graph) -> String {
        let diff = graph.edges.contains { $0.change != nil }
        var out = ""
        func row(_ fields: [String]) {
            out += fields.map(field).joined(separator: ",") + "\r\n"
        }
        row(header + (diff ? ["change", "previous_count"] : []))
        for edge in graph.edges {
            var fields = [
                edge.source.description, graph.node(edge.source)?.label ?? "",
                edge.relation.rawValue, edge.relation.plover?.rawValue ?? "",
                edge.target.description, graph.node(edge.target)?.label ?? "",
                String(edge.count), String(edge.documentCount),
                edge.evidence.first?.sentence ?? "",
            ]
            if diff {
                fields += [edge.change?.rawValue ?? "", edge.previousCount.map(String.init) ?? ""]
            }
            row(fields)
        }
        return out
    }

    /// `text` as one RFC 4180 field: control characters and line separators made spaces
    /// (``withoutControls(_:)``), then quoted when it holds `,` or `"`.
    static func field(_ text: String) -> String {
        let text = withoutControls(text)
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with each control character (general category Cc: C0, DEL, C1), U+2028 and
    /// U+2029 replaced by a space; a CR LF becomes one space.
    static func withoutControls(_ text: String) -> String {
        // Fast path: no byte below 0x20, no DEL, and no lead byte of a C1 control (0xC2) or of
        // U+2028/U+2029 (0xE2).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if scalar == "\n" && previous == "\r" { continue }
                out.append(" ")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
