import DiploGraph

/// Writes a graph as GraphML, the XML graph format Gephi, yEd, Cytoscape and networkx read.
///
/// One `<graph edgedefault="directed">` with the nodes sorted by identifier and the edges sorted
/// by (source, relation, target); the same graph always gives the same bytes. Attributes are
/// declared as `<key>`s:
///
/// | key         | for  | type   | value                                             |
/// |-------------|------|--------|---------------------------------------------------|
/// | `kind`      | node | string | leader, state, agreement, organization            |
/// | `label`     | node | string | the name shown (Gephi uses it as the node label)  |
/// | `code`      | node | string | ISO 3166-1 alpha-3 code, on states                |
/// | `state`     | node | string | the leader's state's identifier, on leaders       |
/// | `title`     | node | string | the leader's office                               |
/// | `relation`  | edge | string | the relation (`met`, `leads`, …)                  |
/// | `plover`    | edge | string | the PLOVER event type (`CONSULT`, …), on interactions |
/// | `count`     | edge | int    | how many sentences support the edge               |
/// | `sentences` | edge | string | the supporting sentences, one a line              |
/// | `directed`  | edge | boolean| `false` for a symmetric relation (`met`), else `true` |
///
/// A diff graph also declares `change` (node and edge) and `previous_count` (edge). Values a node
/// or edge does not have are left out. Node identifiers are GraphML `NMTOKEN`s: ours already
/// are; characters that are not (spaces, in hand-written graphs) become `_`. Symmetric relations
/// (`met`, `allied_with`, ``Relation/isSymmetric``) are written once, from the smaller
/// identifier to the larger, like every edge in the graph JSON, with `directed` false.
///
/// That is a data key, not GraphML's own `directed="false"` attribute of `<edge>`: a graph with
/// both kinds of edge is a mixed graph, which networkx refuses to read ("directed=false edge
/// found in directed graph") and yEd and Cytoscape ignore. The key reads everywhere:
/// `[(u, v) for u, v, d in g.edges(data=True) if not d["directed"]]` in networkx, a column in
/// Gephi.
public enum GraphMLWriter {
    /// The GraphML text of `graph`, ending with a newline.
    ///
    /// - Parameter graph: The graph to write.
    /// - Returns: UTF-8 XML text, byte-identical for equal graphs.
    public static func write(_ graph: Graph) -> String {
        let x = XMLEscaping.escaped
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        var keys: [(id: String, domain: String, type: String)] = [
            ("kind", "node", "string"), ("label", "node", "string"), ("code", "node", "string"),
            ("state", "node", "string"), ("title", "node", "string"),
            ("relation", "edge", "string"), ("plover", "edge", "string"), ("count", "edge", "int"), ("sentences", "edge", "string"),
            ("directed", "edge", "boolean"),
        ]
        if graph.hasChanges {
            keys += [("change", "all", "string"), ("previous_count", "edge", "int")]
        }
        for key in keys {
            out += #"  <key id="\#(key.id)" for="\#(key.domain)" attr.name="\#(key.id)" attr.type="\#(key.type)"/>"# + "\n"
        }
        out += #"  <graph id="diplograph" edgedefault="directed">"# + "\n"

        var ids: [NodeID: String] = [:]
        var used: Set<String> = []
        for node in graph.nodes {
            var candidate = nmtoken(node.id.description)
            var n = 2
            while !used.insert(candidate).inserted {
                candidate = nmtoken(node.id.description) + "-\(n)"
                n += 1
            }
            ids[node.id] = candidate
        }
        func data(_ key: String, _ value: String?) -> String {
            guard let value else { return "" }
            return #"      <data key="\#(key)">\#(x(value))</data>"# + "\n"
        }
        for node in graph.nodes {
            out += #"    <node id="\#(x(ids[node.id] ?? nmtoken(node.id.description)))">"# + "\n"
            out += data("kind", node.kind.rawValue)
            out += data("label", node.label)
            out += data("code", node.code?.rawValue)
            out += data("state", node.state?.description)
            out += data("title", node.title)
            out += data("change", node.change?.rawValue)
            out += "    </node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            let source = ids[edge.source] ?? nmtoken(edge.source.description)
            let target = ids[edge.target] ?? nmtoken(edge.target.description)
            out += #"    <edge id="e\#(index)" source="\#(x(source))" target="\#(x(target))">"# + "\n"
            out += data("relation", edge.relation.rawValue)
            out += data("plover", edge.relation.plover?.rawValue)
            out += data("count", String(edge.count))
            let sentences = edge.evidence.map(\.sentence)
            out += data("sentences", sentences.isEmpty ? nil : sentences.joined(separator: "\n"))
            out += data("directed", edge.relation.isSymmetric ? "false" : "true")
            out += data("change", edge.change?.rawValue)
            out += data("previous_count", edge.previousCount.map(String.init))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// `text` as an XML `NMTOKEN`: letters, digits, `.`, `-`, `_`, `:` kept, others `_`.
    static func nmtoken(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let ascii = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                || scalar == "-" || scalar == "_" || scalar == "." || scalar == ":"
            if ascii || (v > 0x7F && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_"
            }
        }
        return out.isEmpty ? "_" : out
    }
}
