/// The level at which a graph shows who acts: people, or the states they act for.
public enum GraphLevel: String, CaseIterable, Sendable {
    /// Leaders are nodes of their own (the extracted graph).
    case leader
    /// Leaders are folded into their states (see ``Graph/foldedToStates()``).
    case state
}

extension Graph {
    /// This graph with every leader folded into the state it leads: what states did to each
    /// other, and to agreements and organisations, whoever acted for them.
    ///
    /// A leader's edges are moved to its state: "Lee urged Xi" becomes "South Korea urged China",
    /// and joins the edge of that key if there is one (evidence united, counted once per
    /// sentence, the days seen joined). `leads` edges go, and so do edges a fold turns into a
    /// loop (a leader meeting their own state). A leader with no state has no place at this
    /// level: it goes with its edges. States, organisations and agreements, and the documents,
    /// stay as they are.
    ///
    /// - Returns: The graph at the level of states.
    public func foldedToStates() -> Graph {
        var stateOf: [NodeID: NodeID] = [:]
        var result = GraphAccumulator()
        result.add(documentsOnly)
        for node in nodes {
            if node.kind == .leader {
                if let state = node.state, self.node(state) != nil { stateOf[node.id] = state }
            } else {
                result.add(node)
            }
        }
        for edge in edges where edge.relation != .leads {
            let source = node(edge.source)?.kind == .leader ? stateOf[edge.source] : edge.source
            let target = node(edge.target)?.kind == .leader ? stateOf[edge.target] : edge.target
            guard let source, let target, source != target else { continue }
            result.add(Edge(source: source, target: target, relation: edge.relation, evidence: edge.evidence,
                            change: edge.change, previousCount: edge.previousCount, count: edge.count, seen: edge.seen))
        }
        return result.graph()
    }

    /// This graph at `level`: itself for ``GraphLevel/leader``, ``foldedToStates()`` for
    /// ``GraphLevel/state``.
    public func at(level: GraphLevel) -> Graph {
        switch level {
        case .leader: return self
        case .state: return foldedToStates()
        }
    }
}
