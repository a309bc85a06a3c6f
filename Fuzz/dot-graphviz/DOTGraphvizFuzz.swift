// libFuzzer entry point: text from the input → a small Graph → DOTWriter → libgvc (parse, dot
// layout, SVG) → the SVG read back as XML. Built by scripts/fuzz.sh, never by `swift build`.
//
// Input layout: byte 0 = option flags, byte 1 = relation, byte 2 = node kinds and diff marks;
// the rest is UTF-8 (invalid bytes become U+FFFD) split at NUL bytes into the fields
//   0 label A   1 label B   2 id key A   3 id key B   4 office title of A
//   5 evidence sentence     6 document name          7 graph title   8 alias of A
// (missing fields are empty). Checks, each a `fatalError` (a finding) when it fails:
// Graphviz parses the DOT with no error and no warning, lays it out and renders it with no
// error and no warning; the SVG is well-formed XML; each node's <g> holds its label's lines, and
// its tooltip is the text DOTWriter meant; the graph title's text is in the SVG.
import DiploGraph
@testable import DiploRendering
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 3 else { return 0 }
    let flags = data[0], relationByte = data[1], kindByte = data[2]
    let text = String(decoding: UnsafeBufferPointer(start: data + 3, count: size - 3), as: UTF8.self)
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
        engine: .dot,
        clusterByState: flags & 0x01 != 0,
        rankdir: rankdirs[Int(flags >> 3) % rankdirs.count],
        legend: flags & 0x02 != 0,
        title: flags & 0x80 != 0 ? nil : fields[7],
        style: Style(wrapWidth: flags & 0x04 != 0 ? 24 : 0))
    let writer = DOTWriter(options: options)
    let dot = writer.write(graph)

    // 1. Graphviz parses it without a word.
    let parseWarnings: [String]
    do {
        parseWarnings = try GraphvizRenderer.check(dot: dot)
    } catch {
        fatalError("Graphviz could not parse DOTWriter's output: \(error)\n--- DOT ---\n\(dot)")
    }
    if !parseWarnings.isEmpty {
        fatalError("Graphviz warned while parsing: \(parseWarnings)\n--- DOT ---\n\(dot)")
    }

    // 2. Laid out and rendered without a word.
    let rendering: GraphvizRendering
    do {
        rendering = try GraphvizRenderer.renderReportingWarnings(dot: dot, format: .svg, engine: .dot)
    } catch {
        fatalError("Graphviz could not render DOTWriter's output: \(error)\n--- DOT ---\n\(dot)")
    }
    if !rendering.warnings.isEmpty {
        fatalError("Graphviz warned while rendering: \(rendering.warnings)\n--- DOT ---\n\(dot)")
    }

    // 3. Well-formed XML. XMLParser is strict; XMLDocument (libxml2) recovers from some errors,
    // such as a character reference to U+0000, by dropping what it cannot read.
    let svgText = String(decoding: rendering.bytes, as: UTF8.self)
    let strict = XMLParser(data: Data(rendering.bytes))
    if !strict.parse() {
        fatalError("the SVG is not well-formed XML: \(strict.parserError.map { String(describing: $0) } ?? "?") at line \(strict.lineNumber), column \(strict.columnNumber)\n--- DOT ---\n\(dot)\n--- SVG ---\n\(svgText)")
    }
    let root: XMLElement
    do {
        guard let element = try XMLDocument(data: Data(rendering.bytes), options: []).rootElement() else {
            fatalError("the SVG has no root element\n--- SVG ---\n\(svgText)")
        }
        root = element
    } catch {
        fatalError("the SVG is not well-formed XML: \(error)\n--- DOT ---\n\(dot)\n--- SVG ---\n\(svgText)")
    }

    // 4. Each node's group holds its label and its tooltip.
    let ids = ElementIDs(graph, options: options)
    let all = elements(root)
    for node in graph.nodes {
        let elementID = ids.node(node.id)
        guard let group = all.first(where: { plainName($0) == "g" && attribute($0, "id") == elementID }) else {
            fatalError("no <g id=\"\(elementID)\"> for node \(String(reflecting: node.id))\n--- DOT ---\n\(dot)\n--- SVG ---\n\(svgText)")
        }
        let drawn = descendants(group, named: "text").map { visible($0.stringValue ?? "") }.filter { !$0.isEmpty }
        let expected = lines(DOTEscaping.wrapped(node.label, width: options.style.wrapWidth))
        if drawn != expected {
            fatalError("node \(String(reflecting: node.id)): label \(String(reflecting: node.label)) drawn as \(drawn), expected \(expected)\n--- DOT ---\n\(dot)\n--- SVG ---\n\(svgText)")
        }
        let tooltip = descendants(group, named: "a").first.flatMap { attribute($0, "xlink:title") }.map(visible)
        let expectedTooltip = visible(controlsDropped(writer.nodeTooltip(node)))
        if tooltip != expectedTooltip {
            fatalError("node \(String(reflecting: node.id)): tooltip \(String(reflecting: tooltip)), expected \(String(reflecting: expectedTooltip))\n--- DOT ---\n\(dot)\n--- SVG ---\n\(svgText)")
        }
    }

    // 5. The title's words are drawn (folded white space: the legend draws it in an HTML label).
    let title = options.title ?? DOTWriter.defaultTitle(for: graph.documents)
    let titleWords = folded(controlsDropped(title))
    if !titleWords.isEmpty {
        let drawnText = folded(descendants(root, named: "text").map { $0.stringValue ?? "" }.joined(separator: " "))
        if !drawnText.contains(titleWords) {
            fatalError("title \(String(reflecting: title)) not drawn; text is \(String(reflecting: drawnText))\n--- DOT ---\n\(dot)\n--- SVG ---\n\(svgText)")
        }
    }
    return 0
}

/// What DOTEscaping does to text (control characters dropped, CR dropped, tab → space, the
/// three line separators → "\n"): what Graphviz should draw.
private func controlsDropped(_ text: String) -> String {
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

/// The non-empty lines a label is drawn as (Graphviz draws no <text> for an empty line).
private func lines(_ label: String) -> [String] {
    controlsDropped(label).split(separator: "\n", omittingEmptySubsequences: false)
        .map { visible(String($0)) }.filter { !$0.isEmpty }
}

/// Graphviz writes the second of two spaces as U+00A0 so that SVG keeps it: the same to the eye.
private func visible(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
}

private func folded(_ text: String) -> String {
    // Noncharacters other than U+FFFE and U+FFFF may or may not be drawn (XML allows them).
    let kept = String(String.UnicodeScalarView(visible(text).unicodeScalars.filter { !$0.properties.isNoncharacterCodePoint }))
    // By scalars: as Characters, a combining mark after a line break is one non-space "character".
    return kept.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
        .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
}

private func elements(_ root: XMLElement) -> [XMLElement] {
    var out: [XMLElement] = [root]
    for child in root.children ?? [] {
        if let child = child as? XMLElement { out += elements(child) }
    }
    return out
}

private func descendants(_ element: XMLElement, named name: String) -> [XMLElement] {
    elements(element).dropFirst().filter { plainName($0) == name }
}

private func plainName(_ element: XMLElement) -> String {
    let full = element.name ?? ""
    return full.split(separator: ":").last.map(String.init) ?? full
}

/// FoundationXML on Linux does not find attributes by name in a namespaced document: scan.
private func attribute(_ element: XMLElement, _ name: String) -> String? {
    let local = name.split(separator: ":").last.map(String.init) ?? name
    return (element.attributes ?? []).first { attribute in
        attribute.name == name || (name.contains(":") && attribute.localName == local
            && ((attribute.name ?? "").contains(":") || attribute.uri != nil))
    }?.stringValue
}
