import DiploGraph

/// Finds relations in one sentence: for each trigger of the relation lexicon, the actors on
/// either side within the clause, direction kept.
///
/// Patterns: subject … verb … object ("Lee urged Xi"); coordination ("South Korea and China
/// signed …"); relative clauses ("Xi, who visited South Korea"); passive ("was urged by");
/// nouns ("X's talks with Y", "talks between X and Y", "its alliance with Y"); reported speech
/// ("X said Y should …"); refusal ("refused to", "rejected", "is out of the question"), and
/// negation ("did not meet" gives no edge). Co-occurrence alone never gives an edge.
struct RelationFinder {
    let tokens: [Token]
    let actors: [ActorMention]
    let agreements: [(mention: AgreementMention, ids: [NodeID])]
    let context: DiscourseContext

    private let structure: ClauseStructure
    /// The trigger that starts at each token, if any: looked up once, asked for often.
    private let triggers: [RelationLexicon.Trigger?]
    /// The actors, indexed by position.
    private let index: ActorIndex
    /// The agreements, indexed by position.
    private let agreementSpans: TokenSpans

    init(tokens: [Token], actors: [ActorMention], agreements: [(mention: AgreementMention, ids: [NodeID])], context: DiscourseContext) {
        let actors = actors.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let structure = ClauseStructure(tokens)
        self.tokens = tokens
        self.actors = actors
        self.agreements = agreements
        self.context = context
        self.structure = structure
        let agreementSpans = TokenSpans(agreements.map(\.mention.tokens), tokenCount: tokens.count)
        self.agreementSpans = agreementSpans
        self.triggers = tokens.indices.map { Self.trigger(at: $0, in: tokens, insideAgreement: agreementSpans.covers($0)) }
        self.index = ActorIndex(actors: actors, tokens: tokens, structure: structure)
    }

    static let prepositions: WordSet = [
        "in", "with", "of", "to", "from", "between", "at", "for", "on", "by", "against", "into",
        "toward", "towards", "about", "over", "under", "after", "before", "during", "than", "like",
        "including", "among", "despite", "via", "across", "as", "through",
    ]
    static let auxiliaries: WordSet = [
        "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would",
        "could", "should", "can", "may", "might", "must", "also", "later", "then", "quickly", "now",
        "already", "recently", "again", "reportedly", "formally", "finally", "jointly", "once",
        "repeatedly", "publicly", "strongly", "firmly", "personally", "did", "does", "do", "to",
        "previously", "still", "just", "yet", "even", "officially", "to", "expected", "set",
    ]
    /// "the two countries", "both leaders": a pair of actors named by number.
    static let pairNouns: WordSet = [
        "countries", "sides", "nations", "leaders", "governments", "men", "women", "states", "presidents",
        "ministers", "premiers", "delegations", "neighbours", "neighbors", "capitals", "allies", "rivals",
    ]
    /// Prepositions that join a relation noun to its object ("talks with", "dependence on").
    static let nounPrepositions: WordSet = [
        "with", "to", "on", "against", "of", "for", "toward", "towards", "from", "near", "around", "over",
    ]
    /// Relations of talking and agreeing, whose "on/about/over" phrase is their topic.
    static let talkRelations: Set<Relation> = [.met, .negotiated, .discussed, .cooperatesWith, .signed, .proposed]
    /// Prepositions that make what follows a topic ("talks on Sudan", "a dispute over Kashmir").
    static let topicPrepositions: WordSet = ["on", "about", "over", "regarding", "concerning"]
    static let speechVerbs: WordSet = [
        "said", "says", "say", "insisted", "insists", "argued", "argues", "stressed", "stresses", "declared", "declares",
        "added", "reiterated", "reiterates", "stated", "announced", "announces", "repeated", "repeats", "maintained",
    ]

    /// How a verb outside the relation lexicon frames what follows it.
    enum Framing { case speech, judgement, expectation }
    /// The speech, judgement and expectation verbs in one table (see `reportedSpeech`,
    /// `judgement`, `expectation`).
    static let framingVerbs: WordTable<Framing> = {
        var table: [String: Framing] = [:]
        for word in EvaluationLexicon.expectations { table[word] = .expectation }
        for word in EvaluationLexicon.verbs { table[word] = .judgement }
        for word in speechVerbs { table[word] = .speech }
        return WordTable(table)
    }()
    /// Words between a noun trigger's preposition and its object ("aid to some 300 Sudanese
    /// refugees").
    static let quantifiers: WordSet = [
        "the", "a", "an", "some", "several", "many", "about", "around", "nearly", "almost", "over", "more", "than",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    ]

    /// Every relation the sentence states.
    func relations() -> [FoundRelation] {
        WorkMeter.record(tokens.count)
        var found: [FoundRelation] = []
        var previousSubjects: (clause: Int, actors: [ActorMention])?
        // A clause that refuses ("refused to", "is out of the question") states no positive act.
        var refusalClauses: Set<Int> = []
        for k in tokens.indices where !isInsideMention(k) {
            if let trigger = triggerAt(k), trigger.reading == .refusal { refusalClauses.insert(structure.clause[k]) }
        }
        var i = 0
        while i < tokens.count {
            if isInsideMention(i) { i += 1; continue }
            guard let trigger = triggerAt(i) else {
                // A verb that frames another's act, looked up once per word.
                if let framing = Self.framingVerbs[wordAt: i, in: tokens] {
                    switch framing {
                    case .speech: found += reportedSpeech(at: i)
                    case .judgement: found += judgement(at: i)
                    case .expectation: found += expectation(at: i)
                    }
                }
                i += 1
                continue
            }
            let end = i + trigger.words.count
            let clause = structure.clause[i]
            if trigger.reading != .refusal && refusalClauses.contains(clause) { i = end; continue }
            // "… if Israel and the Palestinians failed to agree": a condition states no deed.
            if structure.conditional.contains(clause) { i = end; continue }
            if trigger.reading != .refusal && isNegated(before: i) {
                if let subject = subjectGroup(for: trigger, at: i).nilIfEmpty { previousSubjects = (clause, subject) }
                i = end
                continue
            }
            // "Tran welcomed Wang and urged China …": the second verb has the first one's subject.
            var shared: [ActorMention]?
            if isCoordinatedVerb(at: i) {
                if let previous = previousSubjects, previous.clause == clause || previousClauseWasCoordinated(clause) {
                    shared = previous.actors
                } else if let first = firstSubject(before: i) {
                    // "X said Ghana had improved …, and urged Togo": the verb goes with the speaker.
                    shared = [first]
                }
            }
            let subjects = shared ?? subjectGroup(for: trigger, at: i)
            // "plans to visit", "will meet", "close to signing", "threatened to attack": not deeds.
            let modality = trigger.reading == .refusal ? .done : DeedModality.of(triggerAt: i, in: tokens)
            if modality == .done {
                found += relations(for: trigger, at: i, end: end, subjects: subjects)
            } else {
                found += relations(for: trigger, at: i, end: end, subjects: subjects).compactMap { relation in
                    guard let framed = modality.relation(for: relation.relation) else { return nil }
                    return FoundRelation(source: relation.source, target: relation.target, relation: framed,
                                         rule: relation.rule + ":" + modality.rawValue)
                }
            }
            if !subjects.isEmpty && trigger.reading != .noun { previousSubjects = (clause, subjects) }
            i = end
        }
        return found
    }

    private func isInsideMention(_ i: Int) -> Bool {
        index.spans.covers(i)
    }

    private func triggerAt(_ i: Int) -> RelationLexicon.Trigger? {
        triggers[i]
    }

    /// The longest trigger of the lexicon that starts at token `i`, if any, found by the tokens'
    /// word hashes; `insideAgreement` says whether an agreement's name holds the token.
    private static func trigger(at i: Int, in tokens: [Token], insideAgreement: Bool) -> RelationLexicon.Trigger? {
        guard let candidate = RelationLexicon.matcher.longestMatch(at: i, in: tokens) else { return nil }
        // A trigger word inside an agreement's name ("currency exchange") is not a trigger.
        if insideAgreement && candidate.reading == .noun { return nil }
        return candidate
    }

    private func isNegated(before i: Int) -> Bool {
        var k = i - 1
        var steps = 0
        while k >= 0, steps < 3 {
            if RelationLexicon.negations.contains(wordAt: k, in: tokens) || Self.endsWithNegation(tokens[k].lower) { return true }
            if !Self.auxiliaries.contains(wordAt: k, in: tokens) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// Whether `word` ends with "n't" or "n’t" ("didn't", "won’t"). The last byte is read first:
    /// a word that ends so ends with the byte of "t", and most words do not.
    static func endsWithNegation(_ word: String) -> Bool {
        var word = word
        guard word.withUTF8({ $0.last }) == UInt8(ascii: "t") else { return false }
        return word.hasSuffix("n't") || word.hasSuffix("n\u{2019}t")
    }

    // MARK: Sides

    /// Whether the verb at `i` follows "and", "but" or "yet" (over adverbs): "… and urged",
    /// "did not meet Italy but criticised Malta".
    private func isCoordinatedVerb(at i: Int) -> Bool {
        var k = i - 1
        while k >= 0, Self.auxiliaries.contains(wordAt: k, in: tokens) { k -= 1 }
        return k >= 0 && ["and", "but", "yet"].contains(tokens[k].lower)
    }

    /// Whether clause `clause` was opened by "but"/"yet" right before a verb (so it continues the
    /// previous clause's subject).
    private func previousClauseWasCoordinated(_ clause: Int) -> Bool {
        guard let start = structure.firstToken(ofClause: clause) else { return false }
        return ["but", "yet"].contains(tokens[start].lower)
    }

    /// The first actor of the sentence before `i` that stands as a subject (not after a
    /// preposition, not inside an aside).
    private func firstSubject(before i: Int) -> ActorMention? {
        index.firstOpenSubject(endingAtOrBefore: i)
    }

    private func relations(for trigger: RelationLexicon.Trigger, at i: Int, end: Int, subjects givenSubjects: [ActorMention]) -> [FoundRelation] {
        // (Built only for a relation found: most triggers relate nobody.)
        lazy var rule = "\(Self.ruleName(trigger.reading)):\(trigger.words.joined(separator: " "))"
        // "Kampuchean forces attacked Thailand": armed forces attack with arms; leaders and
        // states attack in words (`criticized`).
        var trigger = trigger
        if trigger.relation == .criticized, RelationLexicon.armedAttacks.contains(trigger.words[0]),
           let subject = givenSubjects.last, subject.tokens.upperBound < tokens.count,
           GroupNouns.armed.contains(wordAt: subject.tokens.upperBound, in: tokens) {
            trigger = RelationLexicon.Trigger(words: trigger.words, relation: .attacked, reading: trigger.reading)
        }
        // "despite opposition from the US and Japan": they act on the clause's subject.
        if trigger.reading == .byNoun {
            let agents = actorGroup(startingAfter: end - 1)
            guard !agents.isEmpty, let patient = nearestActor(before: i, subjectOnly: true, acrossClauses: true) else { return [] }
            return make(agents, [patient], trigger.relation, rule)
        }
        // "US objections", "China's opposition": the actor right before acts; on the object if
        // one follows, else on the clause's subject.
        if trigger.reading == .noun, RelationLexicon.actorFirstNouns.contains(trigger.words[0]),
           let agent = lastActor(endingAt: i, orBeforePossessiveAt: i - 1) {
            let objects = objectGroup(for: trigger, after: end)
            if !objects.isEmpty { return make([agent], objects, trigger.relation, rule) }
            guard let patient = nearestActor(before: agent.tokens.lowerBound, subjectOnly: true, acrossClauses: true) else { return [] }
            return make([agent], [patient], trigger.relation, rule)
        }
        // "mediated between X and Y", "a mediation effort on Saturday between X and Y": the
        // mediator acts with each side (and X and Y are no pair by it).
        if RelationLexicon.mediations.contains(trigger.words[0]) {
            if let between = tokens[end..<min(tokens.count, end + 5)].firstIndex(where: { $0.lower == "between" }) {
                return make(givenSubjects, actorGroup(startingAfter: between), trigger.relation, rule + " between")
            }
            if !["mediated", "mediates"].contains(trigger.words[0]) { return [] }
        }
        // "talks between X and Y", "exchanges between Beijing and Pyongyang"
        if end < tokens.count, tokens[end].lower == "between" {
            let group = actorGroup(startingAfter: end)
            if group.count >= 2 {
                return pairs(group[0], group[1], trigger.relation, rule + " between")
            }
        }
        // "… dialogue with the South is out of the question": the thing refused comes first.
        if trigger.words.count > 2 && trigger.words.last == "question" {
            guard let target = nearestActor(before: i, subjectOnly: false),
                  let source = nearestActor(before: target.tokens.lowerBound, subjectOnly: false, acrossClauses: true) else { return [] }
            return make([source], [target], trigger.relation, rule)
        }
        var subjects = givenSubjects
        var objects = objectGroup(for: trigger, after: end)
        if objects.isEmpty, trigger.relation == .urged, trigger.reading == .verb { objects = actorOfThatClause(after: end) }
        // "complained to the UN over Sudanese air raids": whose deed the complaint is about.
        if Self.complaints.contains(trigger.relation), let owner = ownerOfComplaint(after: end), !objects.contains(owner) {
            objects.append(owner)
        }
        // Passive: "X was urged by Y", "a panel, backed by the World Bank".
        if isPassive(at: i) || (end < tokens.count && tokens[end].lower == "by" && tokens[i].lower.hasSuffix("ed")), let byIndex = tokens[end...].prefix(4).firstIndex(where: { $0.lower == "by" }) {
            let agents = actorGroup(startingAfter: byIndex)
            if !agents.isEmpty {
                objects = subjects
                subjects = agents
            }
        }
        var result: [FoundRelation] = []
        // Agreements as objects: "signed seven agreements", "rejecting its plan".
        let agreement = subjects.isEmpty ? nil : agreementObject(after: end)
        if let agreement {
            result += agreementRelations(subjects, agreement, trigger.relation, rule)
        }
        if !subjects.isEmpty && !objects.isEmpty {
            if agreement != nil, [.signed, .negotiated, .proposed].contains(trigger.relation) {
                // "sign a defence pact with India": India is a co-signer, not what was signed.
                result += make(subjects, objects, .cooperatesWith, rule + " with")
                result += agreementRelations(objects, agreement!, trigger.relation, rule)
            } else {
                // "X signed Y" with no agreement: they signed together.
                result += make(subjects, objects, trigger.relation == .signed ? .cooperatesWith : trigger.relation, rule)
            }
        }
        // "Ethiopia and Eritrea accused each other": both ways.
        if subjects.count >= 2, objects.isEmpty, end + 1 < tokens.count,
           (tokens[end].lower == "each" && tokens[end + 1].lower == "other") || (tokens[end].lower == "one" && tokens[end + 1].lower == "another") {
            return result + make([subjects[0]], [subjects[1]], trigger.relation, rule + " each other")
                + make([subjects[1]], [subjects[0]], trigger.relation, rule + " each other")
        }
        // "South Korea and China met/signed/agreed": the coordinated subjects relate to each other.
        if subjects.count >= 2, objects.isEmpty, [.met, .signed, .negotiated, .cooperatesWith, .alliedWith, .discussed].contains(trigger.relation) {
            let relation: Relation = trigger.relation == .signed ? .cooperatesWith : trigger.relation
            result += pairs(subjects[0], subjects[1], relation, rule + " jointly")
        }
        return result
    }

    static func ruleName(_ reading: RelationLexicon.Reading) -> String {
        switch reading {
        case .verb: return "verb"
        case .noun: return "noun"
        case .refusal: return "refusal"
        case .byNoun: return "noun-by"
        }
    }

    private func make(_ sources: [ActorMention], _ targets: [ActorMention], _ relation: Relation, _ rule: String) -> [FoundRelation] {
        var out: [FoundRelation] = []
        for s in sources {
            for t in targets where s.id != t.id && (s.code == nil || t.code == nil || s.code != t.code) {
                out.append(FoundRelation(source: s.id, target: t.id, relation: relation, rule: rule))
            }
        }
        return out
    }

    private func pairs(_ a: ActorMention, _ b: ActorMention, _ relation: Relation, _ rule: String) -> [FoundRelation] {
        let symmetric: Relation = relation.isSymmetric ? relation : (relation == .visited || relation == .welcomed ? .met : relation)
        return make([a], [b], symmetric, rule)
    }

    private func agreementRelations(_ subjects: [ActorMention], _ ids: [NodeID], _ relation: Relation, _ rule: String) -> [FoundRelation] {
        let agreementRelation: Relation
        switch relation {
        case .signed, .negotiated, .proposed, .rejected, .supports, .opposed, .welcomed, .criticized, .praised, .discussed:
            agreementRelation = relation
        case .met, .cooperatesWith:
            agreementRelation = .discussed
        default:
            return []
        }
        var out: [FoundRelation] = []
        for subject in subjects {
            for id in ids {
                out.append(FoundRelation(source: subject.id, target: id, relation: agreementRelation, rule: rule + " agreement"))
                if agreementRelation == .signed, let code = subject.code, subject.kind != .state {
                    out.append(FoundRelation(source: NodeID.make(.state, code), target: id, relation: .partyTo, rule: rule + " party"))
                }
            }
        }
        return out
    }

    /// The last actor (in sorted order) that ends right before token `i`, or right before a
    /// possessive at `possessive` ("China's opposition").
    private func lastActor(endingAt i: Int, orBeforePossessiveAt possessive: Int) -> ActorMention? {
        let atEnd = index.spans.last(endingAt: i) ?? -1
        let beforePossessive = possessive >= 1 && tokens[possessive].isPossessive ? index.spans.last(endingAt: possessive) ?? -1 : -1
        let last = max(atEnd, beforePossessive)
        return last >= 0 ? actors[last] : nil
    }

    /// Forms of "be" before a participle that make it passive ("was urged").
    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "being", "is", "are"]

    private func isPassive(at i: Int) -> Bool {
        i > 0 && Self.passiveAuxiliaries.contains(wordAt: i - 1, in: tokens) && tokens[i].lower.hasSuffix("ed")
    }

    /// The actor(s) acting: left of the trigger in its clause, not governed by a preposition;
    /// for a trigger inside a relative clause, the person or state it describes.
    private func subjectGroup(for trigger: RelationLexicon.Trigger, at i: Int) -> [ActorMention] {
        if let aside = structure.aside(containing: i), tokens[aside.lowerBound].text == "," {
            if let antecedent = index.lastActor(endingAt: aside.lowerBound) { return [antecedent] }
        }
        // "the two countries agreed"
        if let pair = pairPhrase(endingBefore: i) { return pair }
        // Possessive pronoun before a noun trigger: "its alliance with", "his close ties with";
        // "Chile and Peru restored their ties": both.
        if trigger.reading == .noun, let owner = possessivePronounOwner(before: i) {
            if let partner = coordinatedPartner(of: owner), structure.clause[partner.tokens.lowerBound] == structure.clause[i] {
                return [partner, owner]
            }
            return [owner]
        }
        // A possessor of a noun trigger acts, whatever governs it: "by Beijing's military drills".
        if trigger.reading == .noun, let owner = possessor(before: i) { return [owner] }
        if let subject = nearestActor(before: i, subjectOnly: true) {
            // "X and Y agreed"
            if let other = coordinatedPartner(of: subject), structure.clause[other.tokens.lowerBound] == structure.clause[i] {
                return [other, subject]
            }
            return [subject]
        }
        // "He urged …"
        var k = i - 1
        while k >= 0, Self.auxiliaries.contains(wordAt: k, in: tokens) { k -= 1 }
        if k >= 0, ["he", "she"].contains(tokens[k].lower), let leader = context.salientLeader { return [leader] }
        return []
    }

    /// The actor joined to `actor` by "and" right before it ("X and Y"), if any.
    private func coordinatedPartner(of actor: ActorMention) -> ActorMention? {
        var before = actor.tokens.lowerBound
        // "Israel and the Palestinians"
        if before >= 3, tokens[before - 1].lower == "the" { before -= 1 }
        guard before >= 2, tokens[before - 1].lower == "and" else { return nil }
        return index.lastActor(endingAt: before - 1)
    }

    private func pairPhrase(endingBefore i: Int) -> [ActorMention]? {
        var k = i - 1
        while k >= 0, Self.auxiliaries.contains(wordAt: k, in: tokens) { k -= 1 }
        guard k >= 1, context.pair.count == 2, Self.pairNouns.contains(wordAt: k, in: tokens) else { return nil }
        var j = k - 1
        // "the two prime ministers", "both foreign ministers": one modifier may stand between.
        if j >= 1, tokens[j].isLowercaseWord, !["two", "both"].contains(tokens[j].lower) { j -= 1 }
        guard j >= 0, ["two", "both"].contains(tokens[j].lower) else { return nil }
        return context.pair
    }

    private func possessor(before i: Int) -> ActorMention? {
        var k = i - 1
        var adjectives = 0
        while k >= 0, adjectives < 2, tokens[k].isLowercaseWord, !Self.prepositions.contains(wordAt: k, in: tokens) {
            k -= 1
            adjectives += 1
        }
        guard k >= 1, tokens[k].isPossessive else { return nil }
        return index.lastActor(endingAt: k)
    }

    private func possessivePronounOwner(before i: Int) -> ActorMention? {
        var k = i - 1
        var adjectives = 0
        while k >= 0, adjectives < 2, tokens[k].isLowercaseWord, !["its", "his", "her", "their"].contains(tokens[k].lower),
              !Self.prepositions.contains(wordAt: k, in: tokens), !Self.auxiliaries.contains(wordAt: k, in: tokens) {
            k -= 1
            adjectives += 1
        }
        guard k >= 0 else { return nil }
        switch tokens[k].lower {
        case "its", "their":
            // The subject of the clause; else the nearest state that is no place ("wary of ties
            // with Togo while its dispute with Benin …": Togo's).
            return nearestActor(before: k, subjectOnly: true, kinds: Self.statesAndOrganizations) ?? nearestNonPlace(before: k)
        case "his", "her":
            if let leader = nearestActor(before: k, subjectOnly: false, kinds: Self.leaders) { return leader }
            if let later = index.firstLeader(startingAtOrAfter: i + 1) { return later }
            return context.salientLeader
        default:
            return nil
        }
    }

    /// The nearest state or organisation left of `i`, in any clause and whatever governs it,
    /// that does not name a place ("in Accra").
    private func nearestNonPlace(before i: Int) -> ActorMention? {
        var end = i
        for _ in 0..<3 {
            guard let actor = index.lastActor(endingAtOrBefore: end, kinds: Self.statesAndOrganizations, subjectOnly: false,
                                              aside: structure.aside(containing: i)) else { return nil }
            if !Self.isPlace(actor, in: tokens) { return actor }
            end = actor.tokens.lowerBound
        }
        return nil
    }

    /// The nearest actor left of `i` in the same clause (outside asides); with `subjectOnly`,
    /// skipping actors governed by a preposition ("in Beijing", "with China").
    private func nearestActor(before i: Int, subjectOnly: Bool, kinds: Set<NodeKind> = Self.actorKinds, acrossClauses: Bool = false) -> ActorMention? {
        // The nearest of the actors that stand outside asides or in this token's aside; the
        // clauses of actors only fall going left, so a nearest one in another clause means
        // none in this clause.
        guard let actor = index.lastActor(endingAtOrBefore: i, kinds: kinds, subjectOnly: subjectOnly, aside: structure.aside(containing: i))
        else { return nil }
        let clause = i < tokens.count ? structure.clause[i] : structure.clause.last ?? 0
        if !acrossClauses && structure.clause[actor.tokens.lowerBound] != clause { return nil }
        return actor
    }

    /// The kinds of node that act, and two subsets of them: built once, not for every question
    /// about the nearest actor.
    static let actorKinds: Set<NodeKind> = [.leader, .state, .organization]
    static let statesAndOrganizations: Set<NodeKind> = [.state, .organization]
    static let leaders: Set<NodeKind> = [.leader]

    /// Prepositions before a place.
    static let placePrepositions: WordSet = ["in", "at", "near", "inside", "outside", "throughout", "around", "across"]
    /// "the Thai border": a place after one of `borderPrepositions`.
    static let borderNouns: WordSet = ["border", "borders", "frontier"]
    static let borderPrepositions: WordSet = ["on", "along", "to", "from", "toward", "towards", "across", "over"]

    /// "in Brussels", "at the White House": a place where something happens, not who it concerns;
    /// "on the Thai border": a border named by a state's adjective after a preposition too.
    static func isPlace(_ actor: ActorMention, in tokens: [Token]) -> Bool {
        var k = actor.tokens.lowerBound - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k >= 0 else { return false }
        var preposition = tokens[k].lower
        // "in Serbia and Bosnia": the second place of a list is a place too.
        if preposition == "and" || preposition == "or" {
            var j = k - 1
            while j >= 0, k - j <= 4, tokens[j].isCapitalized || tokens[j].lower == "the" { j -= 1 }
            if j >= 0, j < k - 1 { preposition = tokens[j].lower }
        }
        if Self.placePrepositions.contains(preposition) { return true }
        let after = actor.tokens.upperBound
        return after < tokens.count && Self.borderNouns.contains(tokens[after].lower) && Self.borderPrepositions.contains(preposition)
    }

    /// Whether a preposition governs the actor ("with China", "in the Kremlin"). Not so where
    /// the actor qualifies the head of a group that acts: "a group of Kenyan diplomats",
    /// "hundreds of Somali refugees", "police in Ghana", "troops in Mali".
    static func isGoverned(_ actor: ActorMention, in tokens: [Token]) -> Bool {
        var k = actor.tokens.lowerBound - 1
        if k >= 0, tokens[k].lower == "the" { k -= 1 }
        guard k >= 0 else { return false }
        let preposition = tokens[k].lower
        guard Self.prepositions.contains(preposition) else { return false }
        guard k >= 1 else { return true }
        let head = tokens[k - 1].lower
        if preposition == "of", GroupNouns.collectives.contains(head) {
            // The actor qualifies the group's members: "of Kenyan diplomats", not "of Kenya".
            let after = actor.tokens.upperBound
            return !(after < tokens.count && tokens[after].isLowercaseWord)
        }
        return !(preposition == "in" && GroupNouns.agents.contains(head))
    }

    /// The actor(s) acted upon: right of the trigger in its clause, within a few words.
    private func objectGroup(for trigger: RelationLexicon.Trigger, after end: Int) -> [ActorMention] {
        let clause = end < tokens.count ? structure.clause[end] : -1
        // (Easing acts on a place: "lifted a curfew in Montenegro".)
        // (Attacks too: "shelled towns in Montenegro" attacked Montenegro.)
        let triggerEndsInPlace = ["in", "at", "near", "around", "across", "inside"].contains(trigger.words.last ?? "")
            || trigger.relation == .eased || trigger.relation == .attacked
        guard let first = triggerEndsInPlace ? index.firstActor(startingAtOrAfter: end) : index.firstActorNotAPlace(startingAtOrAfter: end),
              first.tokens.lowerBound - end <= (RelationLexicon.adjacentObject.contains(trigger.words[0]) ? 1 : 10),
              structure.clause[first.tokens.lowerBound] == clause else { return [] }
        if structure.aside(containing: first.tokens.lowerBound) != nil && structure.aside(containing: end) == nil { return [] }
        // "… after days of fighting, Thai police said": the source of the report, not the object.
        if isAttribution(first) { return [] }
        // "held talks on Sudan", "met to talk about Iraq": a state the talk is about is its
        // topic, not a party; "discussed Bolivia" too (a discussion's party comes with "with").
        // (A state inside an agreement's name, "a deal on China-UK tourism", is a party.)
        // ("sanctions on", "a blockade on", "pressure on": there the state is the target.)
        if trigger.reading == .verb || trigger.reading == .noun, Self.talkRelations.contains(trigger.relation),
           !agreementSpans.covers(first.tokens.lowerBound) {
            var k = first.tokens.lowerBound - 1
            if k >= end, tokens[k].lower == "the" { k -= 1 }
            // The preposition may be the trigger's own last word ("talks on Sudan").
            let preposition = k >= end ? tokens[k].lower : (k == end - 1 ? trigger.words.last ?? "" : "")
            if Self.topicPrepositions.contains(preposition) { return [] }
            if trigger.relation == .discussed, trigger.reading == .verb, preposition != "with" { return [] }
        }
        // Stop at another trigger between the two ("urged Xi" yes; "said it would meet Y" no).
        for k in end..<first.tokens.lowerBound where trigger.reading != .refusal && triggerAt(k) != nil && triggerAt(k)?.reading != .noun {
            _ = k
            return []
        }
        if trigger.reading == .noun {
            // "talks with the US", "asylum to 12 Eritrean dissidents", "aid to some Sudanese refugees"
            var k = first.tokens.lowerBound - 1
            while k >= end, tokens[k].kind == .number || Self.quantifiers.contains(wordAt: k, in: tokens) { k -= 1 }
            let prepositions = Self.nounPrepositions
            // The preposition may be the trigger's own last word ("dependence on", "trade with").
            // (A trigger's own last word may be any preposition: "blockades in", "incursion into".)
            let ownPreposition = k == end - 1 && trigger.words.count > 1 && Self.prepositions.contains(wordAt: k, in: tokens)
            guard ownPreposition || (k >= end && prepositions.contains(wordAt: k, in: tokens)) else { return [] }
        }
        // "Israel and Jordan", "Nepal, Bhutan and India" — a list ends with "and"/"or"; a comma
        // alone ("… toward Japan, South Korea's military said") does not make one.
        var group = [first]
        var lastLinkHasConjunction = true
        var last = first
        while let next = index.firstActor(startingAtOrAfter: last.tokens.upperBound + 1),
              next.tokens.lowerBound - last.tokens.upperBound <= 2,
              tokens[last.tokens.upperBound..<next.tokens.lowerBound].allSatisfy({ ["and", "or", ",", "the"].contains($0.lower) }),
              tokens[last.tokens.upperBound..<next.tokens.lowerBound].contains(where: { $0.lower == "and" || $0.lower == "or" || $0.text == "," }) {
            lastLinkHasConjunction = tokens[last.tokens.upperBound..<next.tokens.lowerBound].contains { $0.lower == "and" || $0.lower == "or" }
            group.append(next)
            last = next
        }
        if group.count > 1 && !lastLinkHasConjunction { return [first] }
        return group
    }

    /// Relations of complaint, whose "over/about/against" phrase names whose deed it is about.
    static let complaints: Set<Relation> = [.criticized, .accused, .opposed]
    /// Prepositions that open what a complaint is about.
    static let complaintPrepositions: WordSet = ["over", "about", "against"]

    /// The actor whose deed a complaint is about: "over two Israeli air raids", "about US arms
    /// sales", "against Chinese fishing": an actor within three words (numbers and quantifiers
    /// between) after the first of `complaintPrepositions` within twelve words of the trigger,
    /// in its clause.
    private func ownerOfComplaint(after end: Int) -> ActorMention? {
        let clause = end < tokens.count ? structure.clause[end] : -1
        var k = end
        while k < min(tokens.count, end + 12), structure.clause[k] == clause {
            // Only the first such phrase: "over concerns about Russia" is about concerns.
            if Self.complaintPrepositions.contains(tokens[k].lower) {
                guard let owner = index.actors(startingAfter: k, within: 3).first,
                      structure.clause[owner.tokens.lowerBound] == clause,
                      tokens[(k + 1)..<owner.tokens.lowerBound].allSatisfy({ $0.kind == .number || Self.quantifiers.contains($0.lower) })
                else { return nil }
                return owner
            }
            k += 1
        }
        return nil
    }

    /// Whether the actor names the source of an attribution after a comma: ", Thai police
    /// said", ", South Korea's defence ministry said Monday", ", relief officials in Nairobi said".
    private func isAttribution(_ actor: ActorMention) -> Bool {
        var before = actor.tokens.lowerBound - 1
        while before >= 0, actor.tokens.lowerBound - before <= 4, tokens[before].isLowercaseWord { before -= 1 }
        guard before >= 0, tokens[before].text == "," else { return false }
        var k = actor.tokens.upperBound
        var words = 0
        while k < tokens.count, words < 4, tokens[k].isLowercaseWord || tokens[k].isPossessive, !Self.speechVerbs.contains(wordAt: k, in: tokens) {
            k += 1
            words += 1
        }
        return k < tokens.count && Self.speechVerbs.contains(wordAt: k, in: tokens)
    }

    /// The actors listed right after `index` ("between X and Y", "by X").
    private func actorGroup(startingAfter index: Int) -> [ActorMention] {
        guard let first = self.index.firstActor(startingAtOrAfter: index + 1), first.tokens.lowerBound - index <= 2 else { return [] }
        var group = [first]
        if let second = self.index.firstActor(startingAtOrAfter: first.tokens.upperBound + 1),
           second.tokens.lowerBound - first.tokens.upperBound <= 2,
           tokens[first.tokens.upperBound..<second.tokens.lowerBound].contains(where: { $0.lower == "and" }) {
            group.append(second)
        }
        return group
    }

    /// The agreement a verb acts on: one starting within a few words after it.
    private func agreementObject(after end: Int) -> [NodeID]? {
        let clause = end < tokens.count ? structure.clause[end] : -1
        // The first agreement (in order) that starts within six tokens after `end`.
        var first: Int?
        for k in end...min(end + 6, tokens.count) {
            if let found = agreementSpans.first(startingAt: k), found < first ?? .max { first = found }
        }
        guard let index = first, structure.clause[agreements[index].mention.tokens.lowerBound] == clause else { return nil }
        let match = agreements[index]
        var ids = match.ids
        // "seven agreements, including a currency exchange and agreements on …": the members too.
        let after = match.mention.tokens.upperBound
        if tokens[after..<min(tokens.count, after + 2)].contains(where: { $0.lower == "including" }) {
            // (Agreements come in order, so the later ones of this clause come next.)
            for member in agreements[(index + 1)...] {
                guard structure.clause[member.mention.tokens.lowerBound] == clause else { break }
                ids += member.ids
            }
        }
        guard !ids.isEmpty else { return nil }
        // An actor standing between the verb and the agreement is the verb's object instead,
        // unless it owns the agreement ("rejecting Seoul's plan").
        if let actor = self.index.firstActor(startingAtOrAfter: end), actor.tokens.upperBound <= match.mention.tokens.lowerBound {
            return nil
        }
        return ids
    }

    /// The "that" within a few words after token `i` that opens a clause ("said on Tuesday
    /// that", "demanded Friday that"), if any: its index.
    private func that(after i: Int) -> Int? {
        for k in (i + 1)..<min(tokens.count, i + 5) {
            if tokens[k].lower == "that" { return k }
            if tokens[k].kind != .word || index.spans.covers(k) { return nil }
        }
        return nil
    }

    /// "demanded that the United States match …": the actor that opens the demanded clause.
    private func actorOfThatClause(after end: Int) -> [ActorMention] {
        guard let k = that(after: end - 1),
              let first = index.actors(startingAfter: end - 1, within: 7).first(where: { structure.clause[$0.tokens.lowerBound] == structure.clause[k] }),
              first.tokens.lowerBound - k <= 2 else { return [] }
        return [first]
    }

    /// "Peru called Chile's claim unjustified", "Ghana described Togo's plan as constructive":
    /// a judgement of the actor right after the verb (or of what it owns) is criticism or praise.
    private func judgement(at i: Int) -> [FoundRelation] {
        guard !isNegated(before: i), let speaker = nearestActor(before: i, subjectOnly: true),
              let judged = index.actors(startingAfter: i, within: 3).first,
              structure.clause[judged.tokens.lowerBound] == structure.clause[i] else { return [] }
        let clause = structure.clause[i]
        for k in judged.tokens.upperBound..<min(tokens.count, judged.tokens.upperBound + 8) where structure.clause[k] == clause {
            if (triggerAt(k).map { $0.reading != .noun } ?? false) || index.spans.covers(k) { return [] }
            if let relation = EvaluationLexicon.relation(judging: tokens[k].lower) {
                return make([speaker], [judged], relation, "judgement:\(tokens[i].lower) \(tokens[k].lower)")
            }
        }
        return []
    }

    /// "Kenya expects Uganda to reopen the border": an expectation of another's
    /// act is an appeal to it (not "is expected to", an auxiliary).
    private func expectation(at i: Int) -> [FoundRelation] {
        guard i == 0 || !["is", "are", "was", "were", "be", "been"].contains(tokens[i - 1].lower),
              let speaker = nearestActor(before: i, subjectOnly: true) else { return [] }
        var k = i + 1
        if k < tokens.count, tokens[k].lower == "the" { k += 1 }
        guard let wanted = index.actors(startingAfter: i, within: k - i).last, wanted.tokens.lowerBound == k,
              wanted.tokens.upperBound < tokens.count, tokens[wanted.tokens.upperBound].lower == "to" else { return [] }
        return make([speaker], [wanted], .urged, "expectation:\(tokens[i].lower)")
    }

    /// "X said Y should …": X urged Y.
    private func reportedSpeech(at i: Int) -> [FoundRelation] {
        guard let speaker = nearestActor(before: i, subjectOnly: true) else { return [] }
        let clause = structure.clause[i]
        // "said Y should …", "said on Tuesday that Y must …"
        let that = self.that(after: i).map { structure.clause[$0] }
        for actor in index.actors(startingAfter: i, within: 7)
        where structure.clause[actor.tokens.lowerBound] == clause || structure.clause[actor.tokens.lowerBound] == that {
            let after = actor.tokens.upperBound
            if after < tokens.count, DeedModality.obligations.contains(wordAt: after, in: tokens) {
                return make([speaker], [actor], .urged, "reported-speech")
            }
        }
        return []
    }
}

extension Array {
    /// The array, or `nil` when it is empty.
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
