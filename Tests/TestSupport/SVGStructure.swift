import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG rendered by Graphviz says, without where it says it: for every graph, node,
/// edge and cluster group, its `id`, `class`, `<title>`, the texts inside it and the link
/// attributes (`xlink:title` tooltips, `xlink:href`). Coordinates, sizes, colours of paths and
/// the generator comment are left out, because they depend on fonts and the Graphviz version.
public struct SVGStructure: Equatable, CustomStringConvertible {
    /// One line per group, sorted.
    public var groups: [String]

    /// Parses `data` as XML.
    ///
    /// - Throws: The XML parser's error when `data` is not well-formed XML.
    public init(_ data: Data) throws {
        groups = try XML.read(data, Self.groupLines)
    }

    private static func groupLines(_ document: XMLDocument) throws -> [String] {
        let elements = try document.nodes(forXPath: "//*[local-name()='g'][@class]")
        var lines: [String] = []
        for case let group as XMLElement in elements {
            let id = attribute("id", of: group) ?? ""
            let cls = attribute("class", of: group) ?? ""
            var parts = ["id=\(id)", "class=\(cls)"]
            for child in group.children ?? [] {
                guard let element = child as? XMLElement else { continue }
                if element.localName == "title" {
                    parts.append("title=\(element.stringValue ?? "")")
                }
            }
            // Texts and links of this group, not of nested groups (those get their own line).
            for case let element as XMLElement in try group.nodes(forXPath: ".//*") {
                if nestedGroup(element, below: group) { continue }
                switch element.localName {
                case "text":
                    parts.append("text=\(element.stringValue ?? "")")
                case "a":
                    for attribute in element.attributes ?? [] {
                        let name = attribute.name ?? ""
                        if name.hasSuffix("title") || name.hasSuffix("href") {
                            parts.append("\(name)=\(attribute.stringValue ?? "")")
                        }
                    }
                default:
                    break
                }
            }
            lines.append(parts.joined(separator: " | "))
        }
        return lines.sorted()
    }

    /// Whether `element` lies inside a classed `<g>` that is itself inside `group`.
    private static func nestedGroup(_ element: XMLElement, below group: XMLElement) -> Bool {
        var parent = element.parent as? XMLElement
        while let current = parent, current !== group {
            if current.localName == "g", attribute("class", of: current) != nil { return true }
            parent = current.parent as? XMLElement
        }
        return false
    }

    /// The value of the attribute `name` of `element`. (swift-corelibs-foundation's
    /// `attribute(forName:)` finds nothing on elements in SVG's default namespace, so the
    /// attributes are searched by name.)
    public static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    /// The group lines, one a line.
    public var description: String { groups.joined(separator: "\n") }

    /// The lines in one structure and not the other, for failure messages.
    public func difference(from other: SVGStructure) -> String {
        let mine = Set(groups), theirs = Set(other.groups)
        let added = mine.subtracting(theirs).sorted().map { "+ \($0)" }
        let removed = theirs.subtracting(mine).sorted().map { "- \($0)" }
        let lines = removed + added
        return lines.isEmpty ? "(same groups, different order or multiplicity)" : lines.prefix(20).joined(separator: "\n")
    }
}
