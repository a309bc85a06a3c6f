/// A plain-text account of why each edge is in the graph: the rule and the sentence behind it.
extension Graph {
    /// One block per edge: `source -relation-> target`, then one line per piece of evidence with
    /// the rule that produced it, the document and byte range, and the sentence.
    ///
    /// Deterministic: edges and evidence come in the graph's sorted order.
    public func explanation() -> String {
        var out = ""
        for edge in edges {
            let source = node(edge.source)?.label ?? edge.source.description
            let target = node(edge.target)?.label ?? edge.target.description
            out += "\(source) -\(edge.relation.rawValue)-> \(target)   (\(edge.source) → \(edge.target), \(edge.count)×)\n"
            for evidence in edge.evidence {
                out += "  [\(evidence.rule ?? "?")] \(evidence.document):\(evidence.start)-\(evidence.end): \(evidence.sentence)\n"
            }
        }
        return out
    }
}
