import Foundation

/// Finding a node by the name a person would type.
extension Graph {
    /// The node a user means by `name`: matched against identifiers, labels, aliases and state
    /// codes, ignoring case and diacritics ("erdogan" finds "Erdoğan").
    ///
    /// Tried in this order, the first step that matches wins: the identifier exactly
    /// (`state:KOR`); the identifier ignoring case; the label; an alias ("Lee"); a state's code
    /// (`kor`); the identifier without its kind prefix, or the slug of `name`
    /// (`lee jae myung` → `leader:lee-jae-myung`). When one step matches several nodes, the one
    /// with the smallest identifier is returned, so the answer does not depend on insertion order.
    ///
    /// - Parameter name: An identifier, a name or an alias.
    /// - Returns: The node, or `nil` if nothing matches.
    public func node(matching name: String) -> Node? {
        if let exact = node(name) { return exact }
        let wanted = Self.folded(name)
        guard !wanted.isEmpty else { return nil }
        let all = nodes
        let slug = NodeID.slug(name)
        let steps: [(Node) -> Bool] = [
            { Self.folded($0.id) == wanted },
            { Self.folded($0.label) == wanted },
            { $0.aliases.contains { Self.folded($0) == wanted } },
            { $0.code.map { Self.folded($0) == wanted } ?? false },
            { node in
                let bare = node.id.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init) ?? node.id
                return Self.folded(bare) == wanted || bare == slug
            },
        ]
        for step in steps {
            if let found = all.first(where: step) { return found }
        }
        return nil
    }

    /// `text` for comparison: white space folded, case and diacritics ignored.
    private static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
