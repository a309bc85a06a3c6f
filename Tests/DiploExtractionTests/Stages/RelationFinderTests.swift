import Testing
@testable import DiploExtraction

/// The relation finder alone, on one sentence whose actors are given: which relations the
/// sentence states, in which direction, and the sentences that state none.
@Suite("Stages: RelationFinder")
struct RelationFinderTests {
    /// The states the test sentences name, by the word that names them.
    static let states = ["Chile": "CHL", "Peru": "PER", "Kenya": "KEN"]

    /// `source relation target` of every relation found in `text`, whose actors are the
    /// one-word states of ``states`` (and the leader "Quennell" of Chile).
    static func relations(_ text: String, context: DiscourseContext = DiscourseContext()) -> [String] {
        let tokens = Segmenter.tokenize(text)
        let actors: [ActorMention] = tokens.indices.compactMap { k in
            if tokens[k].text == "Quennell" {
                return ActorMention(tokens: k..<(k + 1), id: "leader:orla-quennell", code: "CHL", kind: .leader)
            }
            guard let code = states[tokens[k].text] else { return nil }
            return ActorMention(tokens: k..<(k + 1), id: "state:\(code)", code: code, kind: .state)
        }
        return RelationFinder(tokens: tokens, actors: actors, agreements: [], context: context).relations()
            .map { "\($0.source) \($0.relation.rawValue) \($0.target)" }
    }

    @Test("subject, verb, object: the direction is kept")
    func subjectVerbObject() {
        #expect(Self.relations("Chile urged Peru to reopen the border.") == ["state:CHL urged state:PER"])
        #expect(Self.relations("Peru criticized Chile.") == ["state:PER criticized state:CHL"])
    }

    @Test("a passive names the agent as the source")
    func passive() {
        #expect(Self.relations("Peru was urged by Chile to reopen the border.") == ["state:CHL urged state:PER"])
    }

    @Test("coordinated subjects each relate to the object")
    func coordination() {
        #expect(Set(Self.relations("Chile and Kenya criticized Peru.")) == ["state:CHL criticized state:PER", "state:KEN criticized state:PER"])
    }

    @Test("a leader relates as themself")
    func leader() {
        #expect(Self.relations("Quennell visited Peru.") == ["leader:orla-quennell visited state:PER"])
    }

    @Test("no relation where the sentence denies, conditions or only names the actors", arguments: [
        "Chile did not meet Peru.",
        "If Chile meets Peru, the talks could resume.",
        "Chile, Peru and Kenya are on the list.",
        "The committee met on Monday.",
    ])
    func noRelation(text: String) {
        #expect(Self.relations(text).isEmpty, "\(Self.relations(text))")
    }

    @Test("a refusal is a rejection, not the act refused")
    func refusal() {
        #expect(Self.relations("Chile refused to meet Peru.") == ["state:CHL rejected state:PER"])
    }

    @Test("the discourse context names who 'the two countries' are")
    func pairFromContext() {
        var context = DiscourseContext()
        let chile = ActorMention(tokens: 0..<1, id: "state:CHL", code: "CHL", kind: .state)
        let peru = ActorMention(tokens: 2..<3, id: "state:PER", code: "PER", kind: .state)
        context.notePair(chile, peru, at: 0)
        #expect(context.pair.map(\.id) == ["state:CHL", "state:PER"])
        let found = Self.relations("The two countries met in Lima.", context: context)
        #expect(found == ["state:CHL met state:PER"], "the pair from the context relates")
    }
}
