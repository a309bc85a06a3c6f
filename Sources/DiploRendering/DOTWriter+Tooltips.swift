import DiploGraph

/// Where the text of a tooltip goes: a `String`, as it is (``DOTWriter/nodeTooltip(_:)``), or
/// DOT text, escaped for a `tooltip` value on the way in, so that no intermediate string is made.
/// Escaping maps each character on its own, so escaping the pieces one by one gives the escaped
/// whole.
protocol TooltipOutput {
    /// Appends `text`.
    mutating func appendTooltip(_ text: String)
    /// Appends ``DOTEscaping/truncated(_:to:)`` of `sentence`.
    mutating func appendTooltip(truncating sentence: String, to limit: Int)
}

extension String: TooltipOutput {
    mutating func appendTooltip(_ text: String) {
        self += text
    }

    mutating func appendTooltip(truncating sentence: String, to limit: Int) {
        self += DOTEscaping.truncated(sentence, to: limit)
    }
}

extension DOTText: TooltipOutput {
    mutating func appendTooltip(_ text: String) {
        appendEscaped(text, .tooltip)
    }

    mutating func appendTooltip(truncating sentence: String, to limit: Int) {
        appendEscapedTruncation(of: sentence, to: limit, .tooltip)
    }
}

/// The room left in one tooltip: at most ``DrawingLimits/tooltipBytes`` bytes of text, the
/// ellipsis included. The piece that does not fit is cut at a character boundary and ends with
/// "…"; nothing is written after it.
struct TooltipBudget {
    /// The UTF-8 bytes of text still allowed, besides the room kept for the ellipsis.
    private(set) var remaining = DrawingLimits.tooltipBytes - "…".utf8.count
    /// Whether the tooltip was cut.
    private(set) var isCut = false

    /// Appends `text` to `output`, or as much of it as fits.
    mutating func append<Output: TooltipOutput>(_ text: String, to output: inout Output) {
        guard !isCut else { return }
        let size = text.utf8.count
        if size <= remaining {
            output.appendTooltip(text)
            remaining -= size
        } else {
            cut(text, into: &output)
        }
    }

    /// Appends ``DOTEscaping/truncated(_:to:)`` of `sentence` to `output`, or as much of it as fits.
    mutating func append<Output: TooltipOutput>(truncating sentence: String, to limit: Int, to output: inout Output) {
        guard !isCut else { return }
        // Truncating never lengthens a text by more than its "…": when that fits, the text goes
        // straight through (and counts for as much as it may take).
        let bound = sentence.utf8.count + "…".utf8.count
        if bound <= remaining {
            output.appendTooltip(truncating: sentence, to: limit)
            remaining -= bound
        } else {
            append(DOTEscaping.truncated(sentence, to: limit), to: &output)
        }
    }

    /// Writes the part of `text` that fits with "…" after it, and closes the tooltip.
    private mutating func cut<Output: TooltipOutput>(_ text: String, into output: inout Output) {
        output.appendTooltip(String(DrawingLimits.prefix(text, bytes: remaining)) + "…")
        remaining = 0
        isCut = true
    }
}

/// The tooltips: what an element is and where it was read.
extension DOTWriter {
    /// The tooltip of a node: what it is, its other names, and where it was read.
    func nodeTooltip(_ node: Node) -> String {
        var tooltip = ""
        writeTooltip(of: node, to: &tooltip)
        return tooltip
    }

    /// The tooltip of an edge: "Source relation Target", then where it was read.
    func edgeTooltip(_ edge: Edge, in graph: Graph) -> String {
        var tooltip = ""
        writeTooltip(of: edge, in: graph, to: &tooltip)
        return tooltip
    }

    /// Writes ``nodeTooltip(_:)`` to `output`: "Label (title, kind, code, state)", then the
    /// change, the days seen, the other names, the topics and the evidence, a line each; at most
    /// ``DrawingLimits/tooltipBytes`` bytes (``TooltipBudget``).
    func writeTooltip<Output: TooltipOutput>(of node: Node, to output: inout Output) {
        var budget = TooltipBudget()
        budget.append(node.label, to: &output)
        budget.append(" (", to: &output)
        if let title = node.title {
            budget.append(title, to: &output)
            budget.append(", ", to: &output)
        }
        budget.append(node.kind.rawValue, to: &output)
        if let code = node.code {
            budget.append(", ", to: &output)
            budget.append(code.rawValue, to: &output)
        }
        if let state = node.state {
            budget.append(", ", to: &output)
            budget.append(state.description, to: &output)
        }
        budget.append(")", to: &output)
        if let change = node.change {
            budget.append("\n", to: &output)
            budget.append(Self.changeLine(change, previous: nil, count: nil), to: &output)
        }
        Self.writeSeenLine(node.seen, to: &output, budget: &budget)
        Self.writeLine(listing: node.aliases, after: "also: ", to: &output, budget: &budget)
        Self.writeLine(listing: node.topics, after: "topics: ", to: &output, budget: &budget)
        writeEvidenceLines(node.evidence, count: node.count, to: &output, budget: &budget)
    }

    /// Writes ``edgeTooltip(_:in:)`` to `output`: "Source relation Target", then the change, the
    /// days seen and the evidence, a line each; at most ``DrawingLimits/tooltipBytes`` bytes.
    func writeTooltip<Output: TooltipOutput>(of edge: Edge, in graph: Graph, to output: inout Output) {
        var budget = TooltipBudget()
        writeTooltipLines(of: edge, in: graph, to: &output, budget: &budget)
    }

    /// Writes ``writeTooltip(of:in:to:)``'s lines for `edge` within `budget`, which a tooltip of
    /// several relations shares.
    func writeTooltipLines<Output: TooltipOutput>(of edge: Edge, in graph: Graph, to output: inout Output, budget: inout TooltipBudget) {
        budget.append(graph.node(edge.source)?.label ?? edge.source.description, to: &output)
        budget.append(" ", to: &output)
        budget.append(edge.relation.label, to: &output)
        budget.append(" ", to: &output)
        budget.append(graph.node(edge.target)?.label ?? edge.target.description, to: &output)
        if let change = edge.change {
            budget.append("\n", to: &output)
            budget.append(Self.changeLine(change, previous: edge.previousCount, count: edge.count), to: &output)
        }
        Self.writeSeenLine(edge.seen, to: &output, budget: &budget)
        writeEvidenceLines(edge.evidence, count: edge.count, to: &output, budget: &budget)
    }

    /// Writes a line break, `heading` and `items` separated by "; " to `output`, unless there are
    /// no items.
    private static func writeLine<Output: TooltipOutput>(
        listing items: [String], after heading: String, to output: inout Output, budget: inout TooltipBudget
    ) {
        guard let first = items.first else { return }
        budget.append("\n", to: &output)
        budget.append(heading, to: &output)
        budget.append(first, to: &output)
        for item in items.dropFirst() {
            if budget.isCut { return }
            budget.append("; ", to: &output)
            budget.append(item, to: &output)
        }
    }

    /// Writes a line break and "seen 2024-03-01 – 2024-05-02" (or the one day) to `output`, when
    /// the days are known; nothing for an undated element, so undated graphs keep their DOT.
    private static func writeSeenLine<Output: TooltipOutput>(
        _ seen: ClosedRange<Day>?, to output: inout Output, budget: inout TooltipBudget
    ) {
        guard let seen else { return }
        budget.append("\nseen ", to: &output)
        budget.append(seen.spanText, to: &output)
    }

    /// "added", "removed", or "changed: 2 → 5 sentences".
    static func changeLine(_ change: Change, previous: Int?, count: Int?) -> String {
        switch change {
        case .added: return "added (only in the new graph)"
        case .removed: return "removed (only in the old graph)"
        case .changed:
            if let previous, let count { return "changed: \(previous) → \(count) sentences" }
            return "changed"
        }
    }

    /// Writes up to ``Style/tooltipEvidenceLimit`` lines "document: sentence", then how many of
    /// the `count` sentences were left out (the graph may list fewer than it counts), each after
    /// a line break, to `output`.
    private func writeEvidenceLines<Output: TooltipOutput>(
        _ evidence: [Evidence], count: Int, to output: inout Output, budget: inout TooltipBudget
    ) {
        let limit = max(0, style.tooltipEvidenceLimit)
        for item in evidence.prefix(limit) {
            if budget.isCut { return }
            budget.append("\n", to: &output)
            budget.append(item.document, to: &output)
            budget.append(": ", to: &output)
            budget.append(truncating: item.sentence, to: style.tooltipSentenceLength, to: &output)
        }
        let shown = min(limit, evidence.count)
        if count > shown {
            budget.append("\n(and \(count - shown) more)", to: &output)
        }
    }
}
