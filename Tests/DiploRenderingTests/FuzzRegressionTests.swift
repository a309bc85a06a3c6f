import DiploGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DiploRendering

/// Inputs found by the `dot-graphviz` fuzz target (`Fuzz/README.md`), each libFuzzer's minimised
/// input kept byte for byte (base64), or rebuilt field by field in the fuzzer's input layout, and
/// fed through the same checks as the fuzzer
/// (``DOTGraphvizFuzzCheck``).
@Suite("Fuzz regressions: DOT through Graphviz")
struct DOTGraphvizFuzzRegressionTests {
    /// An input in the fuzzer's layout: option flags, relation 0, kinds 0, then the fields.
    static func input(flags: UInt8, fields: [String]) -> [UInt8] {
        [flags, 0, 0] + Array(fields.joined(separator: "\u{0}").utf8)
    }

    /// Two node ids that differ only by a control character ("leader:" and "leader:\u{1F}"):
    /// DOT quoting drops the control character, so both are written as `"leader:"`, Graphviz
    /// sees one node, and the first node's `<g>` is missing from the SVG.
    @Test("node ids that differ by a control character stay two nodes (fuzz crash 37bca77c)")
    func controlCharacterInNodeID() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "qQAAAAAAHwAF")
        #expect(problems.isEmpty, "\(problems)")
    }

    /// `&#0;` in a node id: Graphviz copies the node name into the SVG's `<title>` and comments
    /// without escaping an `&` that starts something entity-like, so the SVG holds a reference to
    /// U+0000 and is not well-formed XML.
    /// (Found as crash 6e5ebfa5, whose node id held `&#0;` among many other characters.)
    @Test("an entity-like node id keeps the SVG well-formed (fuzz crash 6e5ebfa5)")
    func characterReferenceInNodeID() {
        let problems = DOTGraphvizFuzzCheck.problems(Self.input(flags: 0x80, fields: ["A", "B", "&#0;", "b"]))
        #expect(problems.isEmpty, "\(problems)")
    }

    /// U+FFFF in a label: XML 1.0 forbids it, DOT quoting keeps it, Graphviz writes it into the
    /// SVG as it is: not well-formed XML.
    /// The exact bytes: crash 1fc25fe7 minimised to 6 bytes, label A = "\u{FFFF}".
    @Test("a noncharacter in a label keeps the SVG well-formed (fuzz crash 1fc25fe7)")
    func noncharacterInLabel() {
        let problems = DOTGraphvizFuzzCheck.problems(Self.input(flags: 0x80, fields: ["x\u{FFFF}y", "B", "a", "b"]))
        #expect(problems.isEmpty, "\(problems)")
        let minimised = DOTGraphvizFuzzCheck.problems(base64: "+fnv77+/")
        #expect(minimised.isEmpty, "\(minimised)")
    }

    /// A backslash in the title drawn by the legend (an HTML-like label): Graphviz applies its
    /// escString substitutions there too, so `\\` is drawn as `\` and `\G` as the graph name.
    /// The exact bytes: crash 1c063099 (30 bytes; title "\u{19}3\\\\55\rF0.…", drawn "3\55…").
    @Test("backslashes in the legend's title are drawn as written (fuzz crash 1c063099)")
    func backslashInLegendTitle() {
        let problems = DOTGraphvizFuzzCheck.problems(
            Self.input(flags: 0x02, fields: ["A", "B", "a", "b", "", "", "doc.txt", #"a\\b \G \N"#]))
        #expect(problems.isEmpty, "\(problems)")
        let found = DOTGraphvizFuzzCheck.problems(base64: "JmFtcDtGMC6UAAAAAAAAABkzXFw1NQ1GMC6UMw0N")
        #expect(found.isEmpty, "\(found)")
    }

    /// A state id with `&;` in it, drawn with clusters: the subgraph is still named
    /// `"cluster_" + state.id`, which Graphviz copies into the cluster's `<title>` unescaped, so
    /// the SVG is not well-formed ("&;" is a reference without a name). Minimised: flags 0x1F
    /// (clusters, legend), kinds leader → state, id key B = "&;".
    @Test("an entity-like state id keeps a cluster's SVG well-formed (fuzz crash 508aabd3)")
    func characterReferenceInClusterName() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "HwWUAAAAJjs=")
        #expect(problems.isEmpty, "\(problems)")
    }

    /// A tab in the legend's title: XML escaping keeps it, and Graphviz drops a tab inside an
    /// HTML-like label, so "rd\tend" is drawn "rdend" (a space everywhere else). Minimised: flags
    /// 0xFF (legend), title "\u{FFFD}\ti".
    /// A line of the legend's title that ends with "]": in an HTML-like label Graphviz 2.43 runs
    /// it into the next line ("]<br/>`" is drawn "]`"). The exact bytes: crash 9ef56f85 (158
    /// bytes, title "…]\n\n…`…"), found by the run after the DOT writer was rewritten; the old
    /// writer fails on it too.
    @Test("a title line that ends with ] is not run into the next (fuzz crash 9ef56f85)")
    func bracketEndsLegendTitleLine() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "RjAulAAAAAAAAAAZMw08LwoKCl0KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgpgCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKdGQ+DTU1DUYwLpQzDQ0=")
        #expect(problems.isEmpty, "\(problems)")
        let short = DOTGraphvizFuzzCheck.problems(
            Self.input(flags: 0x02, fields: ["A", "B", "a", "b", "", "", "doc.txt", "Talks [draft]\nnext line"]))
        #expect(short.isEmpty, "\(short)")
    }

    /// A CR LF in the legend's title: split into `Character`s, "\r\n" is one character, so the
    /// title was not broken there and "second\r\nthird" was drawn "secondthird". The exact
    /// bytes: crash bdb3936d (found in the same run as 9ef56f85).
    @Test("a CR LF in the legend's title breaks the line (fuzz crash bdb3936d)")
    func crlfInLegendTitle() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "BwkgIHNwYWMAAACgAAoNCQAgABtbMzFtcmVkG1swbQB0YWIJYW5kC3Zlcmlyc3TMgQcgbGluZQpzZWNvbmQNCnRoaXJkREZLYWlTaG8tU0IJZW5kACAgdHdvICBzcGFjZXMgIAB0aWNhbAxmZWVkABFkb2MKLnR0dHhAaXRsZQp3aXRoCmxpbmVzAH/ChQ==")
        #expect(problems.isEmpty, "\(problems)")
        #expect(DOTWriter.titleLines("a\r\nb\u{2028}c\nd") == ["a\r", "b", "c", "d"])
    }

    @Test("a tab in the legend's title is drawn as a space (fuzz crash 3fc9d770)")
    func tabInLegendTitle() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "////AAAAAAAA9Qlp")
        #expect(problems.isEmpty, "\(problems)")
    }
}

/// The checks of `Fuzz/dot-graphviz/DOTGraphvizFuzz.swift`, returning what failed instead of
/// stopping the process.
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
        let idA = kindA.idPrefix + ":" + fields[2]
        let idB = kindB.idPrefix + ":" + fields[3]
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
            let warnings = try GraphvizRenderer.check(dot: dot)
            if !warnings.isEmpty { problems.append("parse warnings: \(warnings)") }
        } catch {
            return ["parse failed: \(error)"]
        }
        let rendering: GraphvizRendering
        do {
            rendering = try GraphvizRenderer.renderReportingWarnings(dot: dot, format: .svg, engine: .dot)
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
            let expected = lines(DOTEscaping.wrapped(node.label, width: options.style.wrapWidth))
            if drawn != expected {
                problems.append("node \(String(reflecting: node.id)): label drawn as \(drawn), expected \(expected)")
            }
            let tooltip = group.tooltip.map(visible)
            let expectedTooltip = visible(controlsDropped(writer.nodeTooltip(node)))
            if tooltip != expectedTooltip {
                problems.append("node \(String(reflecting: node.id)): tooltip \(String(reflecting: tooltip)), expected \(String(reflecting: expectedTooltip))")
            }
        }
        let title = options.title ?? DOTWriter.defaultTitle(for: graph.documents)
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
