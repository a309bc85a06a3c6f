import DiploGraph

/// One person across a document: every way the text names them, their office and state.
struct LeaderEntity {
    /// The fullest name the document uses ("Lee Jae Myung").
    var name: String
    /// The name's words.
    var words: [String]
    /// Every name form seen ("Lee", "Lee Jae Myung").
    var forms: Set<String>
    /// Titles seen, with how often.
    var titles: [String: Int] = [:]
    /// States stated beside the person, with how often.
    var statedStates: [String: Int] = [:]
    /// The state finally assigned.
    var state: String?
    /// Where the state came from, for `--explain`.
    var stateRule: String = "unknown"

    /// The node identifier.
    var id: String { NodeID.make(.leader, name) }

    /// The most frequent title (ties broken by the longer, then alphabetically).
    var title: String? {
        titles.max { a, b in
            (a.value, a.key.count, b.key) < (b.value, b.key.count, a.key)
        }?.key
    }

    /// The name forms a later bare mention may use: the full name, the family name (first word
    /// for East Asian names, last word otherwise) and any longer tail of the name.
    var aliases: Set<String> {
        var result = forms
        result.insert(name)
        if words.count >= 2 {
            result.insert(words.last!)
            if let state, LeaderResolver.familyNameFirst.contains(state) { result.insert(words[0]) }
            if words.count >= 3 { result.insert(words.suffix(2).joined(separator: " ")) }
        }
        return result.filter { !LeaderRecognizer.nameStopwords.contains($0) && $0.count > 1 }
    }
}
