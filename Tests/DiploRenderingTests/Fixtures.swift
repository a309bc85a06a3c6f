import DiploGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small graph in the shape of the user's article: two leaders, two states, an agreement, an
/// organisation, structural, symmetric, conflictual and repeated edges.
enum Fixtures {
    static let document = "000_sample.txt"

    static func evidence(_ sentence: String, at start: Int, in document: String = document) -> Evidence {
        Evidence(document: document, start: start, end: start + sentence.utf8.count, sentence: sentence)
    }

    static var nodes: [Node] {
        [
            Node(id: "state:KOR", kind: .state, label: "South Korea", code: "KOR",
                 evidence: [evidence("South Korea and China signed seven agreements.", at: 10)]),
            Node(id: "state:CHN", kind: .state, label: "China", code: "CHN"),
            Node(id: "state:PRK", kind: .state, label: "North Korea", code: "PRK"),
            Node(id: "leader:lee-jae-myung", kind: .leader, label: "Lee Jae Myung", state: "state:KOR",
                 title: "President", aliases: ["Lee", "President Lee"],
                 evidence: [evidence("President Lee Jae Myung urged Xi.", at: 100)]),
            Node(id: "leader:xi-jinping", kind: .leader, label: "Xi Jinping", state: "state:CHN", title: "President"),
            Node(id: "agreement:won-yuan-currency-exchange", kind: .agreement, label: "won-yuan currency exchange",
                 topics: ["currency exchange"]),
            Node(id: "organization:apec", kind: .organization, label: "APEC"),
        ]
    }

    static var edges: [Edge] {
        [
            Edge(source: "leader:lee-jae-myung", target: "state:KOR", relation: .leads),
            Edge(source: "leader:xi-jinping", target: "state:CHN", relation: .leads),
            Edge(source: "leader:lee-jae-myung", target: "leader:xi-jinping", relation: .urged,
                 evidence: [evidence("President Lee Jae Myung urged Xi.", at: 100)]),
            Edge(source: "state:KOR", target: "state:CHN", relation: .met,
                 evidence: (0..<5).map { evidence("They met, part \($0).", at: 200 + 40 * $0) }),
            Edge(source: "state:KOR", target: "agreement:won-yuan-currency-exchange", relation: .partyTo),
            Edge(source: "state:PRK", target: "state:KOR", relation: .rejected),
            Edge(source: "state:KOR", target: "organization:apec", relation: .visited),
        ]
    }

    static var graph: Graph { Graph(nodes: nodes, edges: edges, documents: [document]) }
}

/// The parts of an SVG the tests look at: elements by name, attributes, text.
struct SVG {
    let root: XMLElement

    init(_ bytes: [UInt8]) throws {
        let document = try XMLDocument(data: Data(bytes), options: [])
        guard let root = document.rootElement() else { throw SVGError.noRoot }
        self.root = root
    }

    enum SVGError: Error { case noRoot }

    /// Every element, depth first.
    var elements: [XMLElement] {
        var out: [XMLElement] = []
        func walk(_ element: XMLElement) {
            out.append(element)
            for child in element.children ?? [] {
                if let child = child as? XMLElement { walk(child) }
            }
        }
        walk(root)
        return out
    }

    /// The `<g>` element whose `id` is `id`.
    func group(id: String) -> XMLElement? {
        elements.first { $0.plainName == "g" && $0.value(of: "id") == id }
    }

    /// All `<g>` elements whose class list starts with `prefix` (`node`, `edge`).
    func groups(classPrefix prefix: String) -> [XMLElement] {
        elements.filter { $0.plainName == "g" && ($0.value(of: "class") ?? "").hasPrefix(prefix) }
    }
}

extension XMLElement {
    /// The value of the attribute `name` (`id`, `class`, `xlink:title`). FoundationXML on Linux
    /// does not find attributes by name in a document with a default namespace, so this scans.
    func value(of name: String) -> String? {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        return (attributes ?? []).first { $0.name == name || $0.localName == local && name.contains(":") == (($0.name ?? "").contains(":") || $0.uri != nil) }?.stringValue
    }

    /// The element's name without a namespace prefix (`localName` is not always set by
    /// FoundationXML on Linux).
    var plainName: String {
        let full = name ?? ""
        return full.split(separator: ":").last.map(String.init) ?? full
    }

    /// Descendant elements named `name` (local name).
    func descendants(named name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        for child in children ?? [] {
            guard let child = child as? XMLElement else { continue }
            if child.plainName == name { out.append(child) }
            out += child.descendants(named: name)
        }
        return out
    }

    /// The lines of text drawn inside this element, in order.
    var textLines: [String] { descendants(named: "text").map { $0.stringValue ?? "" } }

    /// The `xlink:title` (tooltip) of the first anchor inside this element.
    var tooltip: String? {
        descendants(named: "a").first?.value(of: "xlink:title")
    }

    /// The text of the `<title>` child (Graphviz's name of the object).
    var titleText: String? { descendants(named: "title").first?.stringValue }
}
