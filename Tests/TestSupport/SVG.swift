import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of an SVG the tests look at: elements by name, attributes, text.
public struct SVG {
    /// The `<svg>` element.
    public let root: XMLElement

    /// Parses `bytes` (with ``XML/read(_:_:)``, so empty data and parallel parsing are safe).
    ///
    /// - Throws: The parser's error, or ``SVGError/noRoot`` for a document without an element.
    public init(_ bytes: some Sequence<UInt8>) throws {
        guard let root = try XML.read(Data(bytes), { $0.rootElement() }) else { throw SVGError.noRoot }
        self.root = root
    }

    /// Why a document is no SVG.
    public enum SVGError: Error { case noRoot }

    /// Every element, depth first.
    public var elements: [XMLElement] {
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
    public func group(id: String) -> XMLElement? {
        elements.first { $0.plainName == "g" && $0.value(of: "id") == id }
    }

    /// All `<g>` elements whose class list starts with `prefix` (`node`, `edge`).
    public func groups(classPrefix prefix: String) -> [XMLElement] {
        elements.filter { $0.plainName == "g" && ($0.value(of: "class") ?? "").hasPrefix(prefix) }
    }
}

extension XMLElement {
    /// The value of the attribute `name` (`id`, `class`, `xlink:title`). FoundationXML on Linux
    /// does not find attributes by name in a document with a default namespace, so this scans.
    public func value(of name: String) -> String? {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        return (attributes ?? []).first { $0.name == name || $0.localName == local && name.contains(":") == (($0.name ?? "").contains(":") || $0.uri != nil) }?.stringValue
    }

    /// The element's name without a namespace prefix (`localName` is not always set by
    /// FoundationXML on Linux).
    public var plainName: String {
        let full = name ?? ""
        return full.split(separator: ":").last.map(String.init) ?? full
    }

    /// Descendant elements named `name` (local name).
    public func descendants(named name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        for child in children ?? [] {
            guard let child = child as? XMLElement else { continue }
            if child.plainName == name { out.append(child) }
            out += child.descendants(named: name)
        }
        return out
    }

    /// The lines of text drawn inside this element, in order.
    public var textLines: [String] { descendants(named: "text").map { $0.stringValue ?? "" } }

    /// The `xlink:title` (tooltip) of the first anchor inside this element.
    public var tooltip: String? {
        descendants(named: "a").first?.value(of: "xlink:title")
    }

    /// The text of the `<title>` child (Graphviz's name of the object).
    public var titleText: String? { descendants(named: "title").first?.stringValue }
}
