import Foundation

/// Finding a node by the name a person would type.
extension Graph {
    /// The node a user means by `name`: matched against identifiers, labels, aliases and state
    /// codes, ignoring case and diacritics ("erdogan" finds "Erdoğan").
    ///
    /// The first of ``nodes(matching:)``'s answers: the one with the smallest identifier when
    /// `name` fits several, so the answer does not depend on insertion order.
    ///
    /// - Parameter name: An identifier, a name or an alias.
    /// - Returns: The node, or `nil` if nothing matches.
    public func node(matching name: String) -> Node? {
        nodes(matching: name).first
    }

    /// Every node `name` may mean, by the first of these steps that matches any (case and
    /// diacritics ignored): the identifier exactly (`state:KOR`); the identifier ignoring case;
    /// the label; an alias ("President Lee"); a state's code (`kor`); the identifier without its
    /// kind prefix, or the slug of `name` (`lee jae myung` → `leader:lee-jae-myung`); the first
    /// or the last words of a label or alias ("Trump" of "Donald Trump", "Xi" of "Xi Jinping").
    ///
    /// Several answers mean `name` is ambiguous ("Kim" of "Kim Jong Un" and "Kim Yo Jong"); they
    /// are sorted by identifier.
    ///
    /// - Parameter name: An identifier, a name or an alias.
    public func nodes(matching name: String) -> [Node] {
        if let id = NodeID(name), let exact = node(id) { return [exact] }
        let wanted = Self.folded(name)
        guard !wanted.isEmpty else { return [] }
        let all = nodes
        let slug = NodeID.slug(name)
        let wantedWords = wanted.split(separator: " ")
        func isEnd(_ text: String) -> Bool {
            let words = Self.folded(text).split(separator: " ")
            guard words.count > wantedWords.count else { return false }
            return Array(words.prefix(wantedWords.count)) == wantedWords || Array(words.suffix(wantedWords.count)) == wantedWords
        }
        let steps: [(Node) -> Bool] = [
            { Self.folded($0.id.description) == wanted },
            { Self.folded($0.label) == wanted },
            { $0.aliases.contains { Self.folded($0) == wanted } },
            { $0.code.map { Self.folded($0.rawValue) == wanted } ?? false },
            { node in
                let bare = node.id.key
                return Self.folded(bare) == wanted || bare == slug
            },
            { isEnd($0.label) || $0.aliases.contains(where: isEnd) },
        ]
        for step in steps {
            let found = all.filter(step)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// `text` for comparison: white space folded, case and diacritics ignored.
    private static func folded(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
