/// What changed between two graphs, as one graph.
extension Graph {
    /// The union of `old` and `new`, every difference marked.
    ///
    /// - Edges only in `new` are marked ``Change/added``, edges only in `old`
    ///   ``Change/removed``; edges in both whose evidence count differs are marked
    ///   ``Change/changed``, with the old count in ``Edge/previousCount``. Edges in both with the
    ///   same count carry no marker.
    /// - Nodes only in `new` are ``Change/added``, nodes only in `old` ``Change/removed``; nodes
    ///   in both carry no marker.
    /// - What is in `new` is taken from `new` (label, evidence); what is only in `old`, from
    ///   `old`. Markers the inputs carried are replaced. The documents are those of both,
    ///   with their dates (the earlier of two for one document) and headlines.
    ///
    /// The result passes ``validate()`` when both inputs do.
    ///
    /// - Parameters:
    ///   - old: The graph before (for example of last week's articles).
    ///   - new: The graph after.
    /// - Returns: The diff graph.
    public static func diff(old: Graph, new: Graph) -> Graph {
        var result = GraphAccumulator()
        result.add(old.documentsOnly)
        result.add(new.documentsOnly)
        for var node in new.nodes {
            node.change = old.node(node.id) == nil ? .added : nil
            result.add(node)
        }
        for var node in old.nodes where new.node(node.id) == nil {
            node.change = .removed
            result.add(node)
        }
        for var edge in new.edges {
            edge.previousCount = nil
            if let before = old.edge(edge.key) {
                edge.change = before.count == edge.count ? nil : .changed
                edge.previousCount = before.count == edge.count ? nil : before.count
            } else {
                edge.change = .added
            }
            result.add(edge)
        }
        for var edge in old.edges where new.edge(edge.key) == nil {
            edge.change = .removed
            edge.previousCount = nil
            result.add(edge)
        }
        return result.graph()
    }

    /// Whether any node or edge carries a diff marker (a graph made by ``diff(old:new:)``).
    public var hasChanges: Bool {
        nodes.contains { $0.change != nil } || edges.contains { $0.change != nil }
    }
}
