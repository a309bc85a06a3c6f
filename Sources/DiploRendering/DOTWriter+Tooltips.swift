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
    /// change, the other names, the topics and the evidence, a line each.
    func writeTooltip<Output: TooltipOutput>(of node: Node, to output: inout Output) {
        output.appendTooltip(node.label)
        output.appendTooltip(" (")
        if let title = node.title {
            output.appendTooltip(title)
            output.appendTooltip(", ")
        }
        output.appendTooltip(node.kind.rawValue)
        if let code = node.code {
            output.appendTooltip(", ")
            output.appendTooltip(code)
        }
        if let state = node.state {
            output.appendTooltip(", ")
            output.appendTooltip(state)
        }
        output.appendTooltip(")")
        if let change = node.change {
            output.appendTooltip("\n")
            output.appendTooltip(Self.changeLine(change, previous: nil, count: nil))
        }
        Self.writeLine(listing: node.aliases, after: "also: ", to: &output)
        Self.writeLine(listing: node.topics, after: "topics: ", to: &output)
        writeEvidenceLines(node.evidence, count: node.count, to: &output)
    }

    /// Writes ``edgeTooltip(_:in:)`` to `output`: "Source relation Target", then the change and
    /// the evidence, a line each.
    func writeTooltip<Output: TooltipOutput>(of edge: Edge, in graph: Graph, to output: inout Output) {
        output.appendTooltip(graph.node(edge.source)?.label ?? edge.source)
        output.appendTooltip(" ")
        output.appendTooltip(edge.relation.rawValue)
        output.appendTooltip(" ")
        output.appendTooltip(graph.node(edge.target)?.label ?? edge.target)
        if let change = edge.change {
            output.appendTooltip("\n")
            output.appendTooltip(Self.changeLine(change, previous: edge.previousCount, count: edge.count))
        }
        writeEvidenceLines(edge.evidence, count: edge.count, to: &output)
    }

    /// Writes a line break, `heading` and `items` separated by "; " to `output`, unless there are
    /// no items.
    private static func writeLine<Output: TooltipOutput>(listing items: [String], after heading: String, to output: inout Output) {
        guard let first = items.first else { return }
        output.appendTooltip("\n")
        output.appendTooltip(heading)
        output.appendTooltip(first)
        for item in items.dropFirst() {
            output.appendTooltip("; ")
            output.appendTooltip(item)
        }
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
    private func writeEvidenceLines<Output: TooltipOutput>(_ evidence: [Evidence], count: Int, to output: inout Output) {
        let limit = max(0, style.tooltipEvidenceLimit)
        for item in evidence.prefix(limit) {
            output.appendTooltip("\n")
            output.appendTooltip(item.document)
            output.appendTooltip(": ")
            output.appendTooltip(truncating: item.sentence, to: style.tooltipSentenceLength)
        }
        let shown = min(limit, evidence.count)
        if count > shown {
            output.appendTooltip("\n(and \(count - shown) more)")
        }
    }
}
