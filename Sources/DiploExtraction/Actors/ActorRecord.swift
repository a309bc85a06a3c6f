/// One line of actor data, the format of both the generated ``ActorData`` and a user's
/// overlay file: `name<TAB>aliases separated by |<TAB>STATE:role:from:until;...`.
enum ActorRecord {
    /// The actor a line describes, or the reason it is malformed.
    static func parse(_ line: Substring) -> Result<Actor, AffiliationFormatError> {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 3 else {
            return .failure(.init(reason: "expected 3 tab-separated columns (name, aliases, affiliations), found \(columns.count)"))
        }
        let name = columns[0].trimmingSpaces()
        guard !name.isEmpty else { return .failure(.init(reason: "the name is empty")) }
        let aliases = columns[1].split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        var affiliations: [Affiliation] = []
        for item in columns[2].split(separator: ";") {
            let text = Substring(item.trimmingSpaces())
            if text.isEmpty { continue }
            switch Affiliation.parse(text) {
            case .success(let affiliation): affiliations.append(affiliation)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(Actor(name: name, aliases: aliases, affiliations: affiliations))
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        // Bytes, not characters: a space is one byte, and nearly every field has none to trim.
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }) else { return "" }
        let last = bytes.lastIndex { $0 != 0x20 }!
        return String(self[first...last])
    }
}
