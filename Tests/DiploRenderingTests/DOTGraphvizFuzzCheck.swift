import DiploGraph
import Foundation
#if canImport(TestSupport)
import TestSupport
#endif
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import DiploRendering

/// The checks of the `dot-graphviz` fuzz target, returning what failed. The fuzzer
/// (`Fuzz/dot-graphviz/DOTGraphvizFuzz.swift`, built by `scripts/fuzz.sh` with this file and
/// `SVG.swift`) stops at the first input with a problem; the regression tests run its findings
/// through the same checks. So this file imports no test framework.
enum DOTGraphvizFuzzCheck {
    static func problems(base64: String) -> [String] {
        guard let data = Data(base64Encoded: base64) else { return ["bad base64"] }
        return problems(Array(data))
    }

    /// The input layout is the fuzzer's: byte 0 option flags, byte 1 the relation, byte 2 node
    /// kinds and diff marks, then UTF-8 fields separated by NUL (labels A and B, id keys A and B,
    /// office title, evidence sentence, document name, graph title, alias).
    static func problems(_ input: [UInt8]) -> [String] {
        guard input.count >= 3 else { return [] }
        let flags = input[0], relationByte = input[1], kindByte = input[2]
        let text = String(decoding: input[3...], as: UTF8.self)
        var fields = text.split(separator: "\u{0}", maxSplits: 8, omittingEmptySubsequences: false).map(String.init)
        while fields.count < 9 { fields.append("") }

        let relation = Relation.allCases[Int(relationByte) % Relation.allCases.count]
        let kinds = NodeKind.allCases
        let kindA = kinds[Int(kindByte) % kinds.count]
        let kindB = kinds[Int(kindByte >> 2) % kinds.count]
        let changes: [Change?] = [nil, .added, .removed, .changed]
        let changeA = changes[Int(kindByte >> 4) % 4]
        let edgeChange = changes[Int(kindByte >> 6) % 4]
        let idA = NodeID(kind: kindA, key: fields[2])
        let idB = NodeID(kind: kindB, key: fields[3])
        let evidence = Evidence(document: fields[6].isEmpty ? "doc.txt" : fields[6], start: 0,
                                end: fields[5].utf8.count, sentence: fields[5])
        let nodeB = Node(id: idB, kind: kindB, label: fields[1], code: kindB == .state ? "XYZ" : nil,
                         evidence: flags & 0x40 != 0 ? [evidence] : [])
        let nodeA = Node(id: idA, kind: kindA, label: fields[0], code: kindA == .state ? "ABC" : nil,
                         state: kindA == .leader && kindB == .state ? idB : nil,
                         title: fields[4].isEmpty ? nil : fields[4],
                         topics: kindA == .agreement ? [fields[8]] : [],
                         aliases: fields[8].isEmpty ? [] : [fields[8]],
                         evidence: [evidence], change: changeA)
        let edge = Edge(source: idA, target: idB, relation: relation, evidence: [evidence],
                        change: edgeChange, previousCount: edgeChange == .changed ? 7 : nil)
        let graph = Graph(nodes: [nodeA, nodeB], edges: [edge], documents: [evidence.document])
        let rankdirs: [RankDirection?] = [nil] + RankDirection.allCases.map { $0 }
        let options = RenderOptions(
            engine: .dot, clusterByState: flags & 0x01 != 0, rankdir: rankdirs[Int(flags >> 3) % rankdirs.count],
            legend: flags & 0x02 != 0, title: flags & 0x80 != 0 ? nil : fields[7],
            style: Style(wrapWidth: flags & 0x04 != 0 ? 24 : 0))
        let writer = DOTWriter(options: options)
        let dot = writer.write(graph)

        var problems: [String] = []
        do {
            let warnings = try Graphviz.shared.check(dot: dot)
            if !warnings.isEmpty { problems.append("parse warnings: \(warnings)") }
        } catch {
            return ["parse failed: \(error)"]
        }
        let rendering: GraphvizRendering
        do {
            rendering = try Graphviz.shared.render(dot: dot, format: .svg, engine: .dot)
        } catch {
            return ["render failed: \(error)"]
        }
        if !rendering.warnings.isEmpty { problems.append("render warnings: \(rendering.warnings)") }
        let strict = XMLParser(data: Data(rendering.bytes))
        if !strict.parse() {
            problems.append("SVG not well-formed at line \(strict.lineNumber), column \(strict.columnNumber)")
        }
        guard let svg = try? SVG(rendering.bytes) else { return problems + ["XMLDocument cannot read the SVG"] }

        let ids = ElementIDs(graph, options: options)
        for node in graph.nodes {
            guard let group = svg.group(id: ids.node(node.id)) else {
                problems.append("no <g id=\"\(ids.node(node.id))\"> for node \(String(reflecting: node.id))")
                continue
            }
            let drawn = group.textLines.map(visible).filter { !$0.isEmpty }
            let expected = lines(writer.drawnLabel(of: node))
            if drawn != expected {
                problems.append("node \(String(reflecting: node.id)): label drawn as \(drawn), expected \(expected)")
            }
            let tooltip = group.tooltip.map(visible)
            let expectedTooltip = visible(controlsDropped(writer.nodeTooltip(node)))
            if tooltip != expectedTooltip {
                problems.append("node \(String(reflecting: node.id)): tooltip \(String(reflecting: tooltip)), expected \(String(reflecting: expectedTooltip))")
            }
        }
        let title = writer.drawnTitle(for: graph)
        let titleWords = folded(controlsDropped(title))
        if !titleWords.isEmpty {
            let drawnText = folded(svg.root.descendants(named: "text").map { $0.stringValue ?? "" }.joined(separator: " "))
            if !drawnText.contains(titleWords) {
                problems.append("title \(String(reflecting: titleWords)) not drawn; text is \(String(reflecting: drawnText))")
            }
        }
        return problems
    }

    /// What DOT quoting keeps of `text`: control characters and CR dropped, tab → space, the
    /// three line separators → "\n".
    static func controlsDropped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\u{2028}", "\u{2029}": out += "\n"
            case "\t": out += " "
            default:
                // DOT quoting drops controls and noncharacters (U+FFFE and U+FFFF are not XML 1.0;
                // the legend's XML escaping drops those two).
                if scalar.properties.generalCategory == .control || scalar.properties.isNoncharacterCodePoint { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The non-empty lines a label is drawn as.
    static func lines(_ label: String) -> [String] {
        controlsDropped(label).split(separator: "\n", omittingEmptySubsequences: false)
            .map { visible(String($0)) }.filter { !$0.isEmpty }
    }

    /// Graphviz writes the second of two spaces as U+00A0: the same to the eye.
    static func visible(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }

    static func folded(_ text: String) -> String {
        // Noncharacters other than U+FFFE and U+FFFF may or may not be drawn (XML allows them).
        let kept = String(String.UnicodeScalarView(visible(text).unicodeScalars.filter { !$0.properties.isNoncharacterCodePoint }))
        // By scalars: as Characters, a combining mark after a line break is one non-space "character".
        return kept.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }
}
