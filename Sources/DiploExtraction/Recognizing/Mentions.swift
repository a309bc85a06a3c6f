/// A state named in a sentence: by name, demonym, capital or seat of government.
struct StateMention: Hashable {
    /// Token indices within the sentence.
    var tokens: Range<Int>
    /// ISO 3166-1 alpha-3 code.
    var code: String
    /// How the state was named.
    var form: GazetteerFormKind
    /// Whether a possessive `'s` follows ("China's").
    var isPossessive: Bool
}

/// An international organisation named in a sentence.
struct OrganizationMention: Hashable {
    var tokens: Range<Int>
    var key: String
    var label: String
}

/// A person named with a state office: "South Korean President Lee Jae Myung",
/// "Jack Straw, the foreign secretary", "Mr Straw" (when Straw is a known leader).
struct LeaderMention: Hashable {
    /// Token indices of the whole phrase (qualifier, title and name).
    var tokens: Range<Int>
    /// Token indices of the name alone.
    var nameTokens: Range<Int>
    /// The name as written ("Lee Jae Myung").
    var name: String
    /// The office as written, when stated ("President").
    var title: String?
    /// The state stated beside the title, when there is one.
    var state: String?
    /// The rule that recognised it, for `--explain`.
    var rule: String
    /// The person of the actor knowledge base the name is, when it is one person.
    var actor: ActorID? = nil
    /// That person's name in the knowledge base.
    var canonicalName: String? = nil
    /// The state the knowledge base gives the name (the person's, or the one state of all the
    /// people the name may be).
    var knownState: String? = nil
}

/// An agreement named in a sentence: "seven agreements, including on innovation, …",
/// "the Kyoto Protocol", "Seoul's denuclearization plan".
struct AgreementMention: Hashable {
    /// Token indices of the noun phrase.
    var tokens: Range<Int>
    /// The label ("won-yuan currency exchange", "Kyoto Protocol").
    var label: String
    /// Topics named in an "on/including/covering" list; one agreement each when several.
    var topics: [String]
    /// The word that joins label and topic in a node's label ("on", "for").
    var topicConnective: String = "on"
    /// The state named as its owner or proposer ("Seoul's plan", "its plan").
    var owner: String?
    /// Whether the phrase names a specific agreement (a name, a subject) rather than "a deal".
    var isSpecific: Bool
    /// Whether the noun is plural ("seven agreements, including on …"): each topic its own agreement.
    var isCountedGroup: Bool = false
    /// The phrase as written with what follows it ("deal between … PDVSA and …"), kept as an alias.
    var phrase: String? = nil
    /// Where the parties are named inside the phrase ("the decision by India and Pakistan to …").
    var partyTokens: Range<Int>? = nil
    /// The rule that recognised it.
    var rule: String
}

extension Array where Element == Token {
    /// The text of tokens `range`, with spaces where the original had them.
    func surface(_ range: Range<Int>) -> String {
        var out = ""
        for i in range {
            if i > range.lowerBound && self[i].spaceBefore { out += " " }
            out += self[i].text
        }
        return out
    }
}
