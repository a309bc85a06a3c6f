import DiploGraph

/// The graph's data in DOT attributes, for tools that read the DOT (`gvpr 'N[kind=="leader"]'`,
/// `gvpr 'E[relation=="met" && count > 2]'`, pydot, networkx). Graphviz keeps these attributes
/// and draws nothing for them; none of their names is one of Graphviz's own.
extension DOTWriter {
    /// The names of the data attributes of nodes, in the order they are written.
    static let nodeDataAttributes = ["kind", "count", "state", "code", "change"]
    /// The names of the data attributes of edges, in the order they are written (`plover` is
    /// written earlier, after the `class`).
    static let edgeDataAttributes = ["relation", "count", "previous_count", "change"]

    /// Writes a node's data: `kind` (`leader`, `state`, `agreement`, `organization`), `count`
    /// (the places it was read), and where the node has them `state` (a leader's state's id,
    /// `state:KOR`), `code` (a state's ISO code) and `change` (`added`, `removed`, in a diff).
    /// Texts are cut like drawn labels (``DrawingLimits``) so that a hand-made graph cannot make
    /// a quoted string Graphviz's DOT reader refuses.
    func writeData(of node: Node, to text: inout DOTText) {
        text.attribute("kind", node.kind.rawValue)
        text.attribute("count", String(node.count))
        if let state = node.state { text.attribute("state", Self.cappedData(state.description)) }
        if let code = node.code { text.attribute("code", Self.cappedData(code.rawValue)) }
        if let change = node.change { text.attribute("change", change.rawValue) }
    }

    /// Writes an edge's data: `relation` (the vocabulary id, `party_to`, as in JSON; the label
    /// shows the words, ``Relation/label``), `count` (the sentences that support it) and, in a
    /// diff, `change` and for a changed edge `previous_count`. (`plover`, the PLOVER event type
    /// of an interaction, comes after the `class`.)
    func writeData(of edge: Edge, to text: inout DOTText) {
        text.attribute("relation", edge.relation.rawValue)
        text.attribute("count", String(edge.count))
        if let previous = edge.previousCount { text.attribute("previous_count", String(previous)) }
        if let change = edge.change { text.attribute("change", change.rawValue) }
    }

    /// `value` cut to the length of a drawn label.
    private static func cappedData(_ value: String) -> String {
        DrawingLimits.capped(value, characters: DrawingLimits.labelCharacters, bytes: DrawingLimits.labelBytes)
    }
}
