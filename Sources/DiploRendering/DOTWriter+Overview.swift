import DiploGraph

/// What an overview draws differently (``Drawing``): one edge for each pair's relations, and
/// notes under the legend of what is left out.
extension DOTWriter {
    /// The most entities the "also mentioned" note names; the rest are counted.
    static let alsoMentionedNames = 6

    /// The notes drawn under the legend of `drawing`: what it leaves out ("Showing the 60 best
    /// connected of 142 entities and 210 of 930 relations.") and the entities in no relation
    /// ("Also mentioned: Japan, Peru and 4 more."). None when everything is drawn.
    static func notes(_ drawing: Drawing) -> [String] {
        var notes: [String] = []
        let (entities, relations) = (drawing.leftOutEntities, drawing.leftOutRelations)
        if entities > 0 {
            notes.append("Showing the \(drawing.graph.nodeCount) best connected of \(drawing.connectedEntities) entities"
                + " and \(drawing.graph.edgeCount) of \(drawing.relations) relations.")
        } else if relations > 0 {
            notes.append("Showing the \(drawing.graph.edgeCount) heaviest of \(drawing.relations) relations.")
        }
        if !drawing.alsoMentioned.isEmpty {
            let names = drawing.alsoMentioned.prefix(alsoMentionedNames).map {
                DrawingLimits.capped($0.label, characters: 40, bytes: 160)
            }
            let rest = drawing.alsoMentioned.count - names.count
            let listed = names.joined(separator: ", ")
            notes.append("Also mentioned: " + (rest > 0 ? "\(listed) and \(rest) more." : "\(listed)."))
        }
        return notes
    }

    /// The most relations a condensed edge's label names; the others are counted ("+4 more") and
    /// listed in its tooltip. A pair's label of eight relations ran across its neighbours'.
    static let condensedLabelRelations = 3

    /// The label of an edge that stands for several relations of one pair: each relation's
    /// words with its number of sentences when more than one, heaviest first ("met 3 · urged 2
    /// · signed"), up to ``condensedLabelRelations`` and then how many more; an arrow marks the
    /// relations that point the other way ("← criticized").
    static func condensedLabel(_ group: [Edge], from source: NodeID) -> String {
        let ordered = group.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }
        var parts = ordered.prefix(condensedLabelRelations).map { edge in
            let backwards = !edge.relation.isSymmetric && edge.source != source
            let count = edge.weight > 1 ? " \(edge.weight)" : ""
            return (backwards ? "← " : "") + edge.relation.label + count
        }
        if ordered.count > condensedLabelRelations { parts.append("+\(ordered.count - condensedLabelRelations) more") }
        return parts.joined(separator: " · ")
    }

    /// `"source" -> "target" [attributes];` for the relations of one pair drawn as one edge,
    /// styled and named (`ids`) as `representative`, the heaviest; its pen grows with the
    /// sentences of all of them. The arrow points as the representative's relation does, at
    /// both ends when directed relations go both ways, and nowhere when none is directed.
    func writeCondensedEdgeStatement(
        _ group: [Edge], representative: Edge, ids: ElementIDs.EdgeIDs, in graph: Graph,
        overriding: [GraphvizAttribute], to text: inout DOTText
    ) {
        let look = style.edgeStyle(for: representative.relation)
        let directed = group.filter { !$0.relation.isSymmetric }
        let forwards = directed.contains { $0.source == representative.source }
        let backwards = directed.contains { $0.source != representative.source }
        let total = group.reduce(0) { $0 &+ $1.weight }
        openEdgeStatement(ids: ids, overriding: overriding, to: &text)
        text.attribute("class", "condensed " + group.map(\.relation.rawValue).joined(separator: " "))
        text.attribute("label", Self.condensedLabel(group, from: representative.source), .label)
        text.attribute("color", look.color)
        text.attribute("fontcolor", look.fontColor)
        text.attribute("style", look.lineStyle)
        text.attribute("penwidth", "\(style.penWidth(forCount: total))")
        switch (forwards, backwards) {
        case (true, true): text.attribute("dir", "both")
        case (false, false): text.attribute("dir", "none")
        case (false, true): text.attribute("dir", "back")
        case (true, false): break
        }
        text.openQuotedAttribute("tooltip")
        var budget = TooltipBudget()
        for (index, edge) in group.enumerated() where !budget.isCut {
            if index > 0 { budget.append("\n\n", to: &text) }
            writeTooltipLines(of: edge, in: graph, to: &text, budget: &budget)
        }
        text.closeQuotedAttribute()
        text.attribute("relation", group.map(\.relation.rawValue).joined(separator: ","))
        text.attribute("count", String(total))
        text.closeAttributes()
        text.append(";\n")
    }
}
