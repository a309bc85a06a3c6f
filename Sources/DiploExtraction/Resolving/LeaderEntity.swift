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
    /// The person of the actor knowledge base this is, when known.
    var actor: ActorID?
    /// The person's name in the knowledge base ("Donald Trump" for "Trump" and "Donald J.
    /// Trump"): the node's identifier, the same in every document.
    var canonicalName: String?
    /// The state the knowledge base gives the person at the document's date.
    var knownState: String?
    /// The state finally assigned.
    var state: String?
    /// Where the state came from, for `--explain`.
    var stateRule: String = "unknown"

    /// The node identifier: from the knowledge base's name when the person is known, so that
    /// every document's "Trump", "Donald J. Trump" or "President Trump" is one node; else from
    /// the fullest name the document uses. (The label stays the document's own name.)
    var id: NodeID { NodeID.make(.leader, canonicalName ?? name) }

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
