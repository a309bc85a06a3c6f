import DiploGraph

/// Writes a graph's edges as CSV (RFC 4180), one row per edge, for spreadsheets and scripts.
///
/// The header is `source,source_label,relation,target,target_label,count,documents,first_sentence`:
/// the two ends' identifiers and labels, the relation, how many sentences and how many distinct
/// documents support the edge, and the first supporting sentence (empty if none). A diff graph
/// (``Graph/diff(old:new:)``) gets two more columns, `change` and `previous_count`. Rows follow
/// the graph's edge order (source, relation, target). Lines end with CRLF as RFC 4180 says; a
/// field that holds a comma, a double quote, a CR or an LF is quoted, with its double quotes
/// doubled. Nodes without edges do not appear.
public enum CSVWriter {
    /// The column names, in order (without the diff columns).
    public static let header = ["source", "source_label", "relation", "target", "target_label",
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
                edge.source, graph.node(edge.source)?.label ?? "",
                edge.relation.rawValue,
                edge.target, graph.node(edge.target)?.label ?? "",
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

    /// `text` as one RFC 4180 field: quoted when it holds `,`, `"`, CR or LF.
    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
