import DiploGraph

/// An actor in a sentence, resolved to its node: a leader, a state or an organisation.
struct ActorMention: Hashable {
    /// Token indices within the sentence.
    var tokens: Range<Int>
    /// The node identifier it stands for.
    var id: NodeID
    /// The state it stands for (a leader's state, a state's code), if any.
    var code: String?
    /// What it is.
    var kind: NodeKind
}

/// A relation found in a sentence, with the rule that found it.
struct FoundRelation: Hashable {
    var source: NodeID
    var target: NodeID
    var relation: Relation
    var rule: String
}

/// What the relation finder knows of the document around the sentence.
struct DiscourseContext {
    /// The leader most recently named (for "he", "she", "his").
    var salientLeader: ActorMention?
    /// The two actors most often paired so far, the latest winning ties (for "the two
    /// countries", "both sides").
    var pair: [ActorMention] {
        guard let bestPair, let best = pairCounts[bestPair] else { return [] }
        return best.actors
    }
    /// The key of `pair`: the largest by (count, last, the smaller joined key), kept up to date
    /// by `notePair` (a key's count only grows, so only the key just counted can overtake).
    private var bestPair: [String]?
    /// How often each pair of states was related, when last, and by which actors.
    var pairCounts: [[String]: (count: Int, last: Int, actors: [ActorMention])] = [:]
    /// Counts a relation between two actors of different states.
    mutating func notePair(_ a: ActorMention, _ b: ActorMention, at sentence: Int) {
        guard let ca = a.code, let cb = b.code, ca != cb else { return }
        let key = [ca, cb].sorted()
        let stateA = ActorMention(tokens: a.tokens, id: NodeID.make(.state, ca), code: ca, kind: .state)
        let stateB = ActorMention(tokens: b.tokens, id: NodeID.make(.state, cb), code: cb, kind: .state)
        let counted = ((pairCounts[key]?.count ?? 0) + 1, sentence, [stateA, stateB])
        pairCounts[key] = counted
        if let bestPair, bestPair != key, let best = pairCounts[bestPair],
           !((best.count, best.last, key.joined()) < (counted.0, counted.1, bestPair.joined())) {
            return
        }
        bestPair = key
    }
    /// The agreements most recently named (for "the deal", "the accord").
    var recentAgreements: [NodeID] = []
}
