import DiploGraph

/// Walks the analysed sentences in order, keeping the discourse context, and writes nodes,
/// edges and evidence into a graph.
struct GraphBuilder {
    let document: Document
    let analysis: DocumentAnalysis
    let gazetteer: Gazetteer
    /// What the document gives, every record kept (the caller applies any evidence limit).
    private var graph = GraphAccumulator()
    private var context = DiscourseContext()
    private var agreementAge = 0
    /// Agreements named so far, by their distinguishing words ("trade"), so that "the trade
    /// deal" and "the trade protocol" of one story are one agreement.
    private var agreementsByKey: [String: NodeID] = [:]
    /// The two states the previous sentence paired ("Egypt and Israel met"), for an agreement of
    /// this sentence that names no party: a look-back of one sentence.
    private var previousSentencePair: [String]?

    /// Each entity's node identifier, and the first entity of each identifier.
    /// The entities whose node, state node and `leads` edge ``addLeaders()`` has written: those
    /// with a leader mention, and then those a title mention is the first to name.
    private var ledEntities: Set<Int> = []
    private let entityIDs: [NodeID]
    private let entityByID: [NodeID: Int]
    /// For each title word of the document ("president"), the entities holding a matching title,
    /// all of them and by state, each with their identifiers (asked for every title mention).
    private let titleHolders: [String: TitleHolders]

    private struct TitleHolders {
        var all: [Int] = []
        var allIDs: Set<NodeID> = []
        var byState: [String: (holders: [Int], ids: Set<NodeID>)] = [:]
    }

    init(document: Document, analysis: DocumentAnalysis, gazetteer: Gazetteer) {
        self.document = document
        self.analysis = analysis
        self.gazetteer = gazetteer
        // Computed once here rather than for every mention (large documents have many entities).
        let entities = analysis.resolver.entities
        entityIDs = entities.map(\.id)
        var byID: [NodeID: Int] = [:]
        for (index, id) in entityIDs.enumerated() where byID[id] == nil { byID[id] = index }
        entityByID = byID
        var holders: [String: TitleHolders] = [:]
        let lowerTitles = entities.map { $0.titles.keys.map { $0.lowercased() } }
        let ids = entityIDs
        for analysed in analysis.sentences {
            for title in analysed.titles where holders[title.title] == nil {
                var found = TitleHolders()
                for i in entities.indices where lowerTitles[i].contains(where: { $0.hasSuffix(title.title) || title.title == "counterpart" }) {
                    found.all.append(i)
                    found.allIDs.insert(ids[i])
                    if let state = entities[i].state {
                        found.byState[state, default: ([], [])].holders.append(i)
                        found.byState[state, default: ([], [])].ids.insert(ids[i])
                    }
                }
                holders[title.title] = found
                WorkMeter.record(entities.count)
            }
        }
        titleHolders = holders
    }

    /// People who act for a leader's state, not as the leader: "X's brother", "X's envoy".
    static let proxies: WordSet = [
        "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "nephew", "niece",
        "cousin", "envoy", "envoys", "emissary", "spokesman", "spokeswoman", "spokesperson", "delegation",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "representative", "representatives",
        "office", "team", "negotiator", "negotiators", "chief",
    ]

    /// The document's nodes and edges, collected but not yet sorted into a `Graph`; when the
    /// document is dated, each seen on its date.
    mutating func build() -> GraphAccumulator {
        graph.addDocument(document.name, date: document.date, title: document.title)
        addLeaders()
        for analysed in analysis.sentences { add(analysed) }
        if let date = document.date { graph.markSeen(on: date) }
        return graph
    }

    private func evidence(_ sentence: Sentence, _ rule: String) -> Evidence {
        let range = document.inputRange(of: sentence.range)
        return Evidence(document: document.name, start: range.lowerBound, end: range.upperBound, sentence: sentence.text, rule: rule)
    }

    private mutating func addState(_ code: String, _ evidence: Evidence) {
        let label = gazetteer.state(code: code)?.name ?? code
        graph.add(Node(id: NodeID.make(.state, code), kind: .state, label: label, code: StateCode(rawValue: code), evidence: [evidence]))
    }

    /// One node per leader, with a `leads` edge to the state assigned to them.
    private mutating func addLeaders() {
        // Every entity's mentions in document order, in one pass over the sentences.
        var mentionsByEntity: [Int: [(Sentence, LeaderMention)]] = [:]
        for s in analysis.sentences {
            for leader in s.leaders { mentionsByEntity[leader.entity, default: []].append((s.sentence, leader.mention)) }
        }
        for (index, entity) in analysis.resolver.entities.enumerated() {
            let mentions = mentionsByEntity[index] ?? []
            guard let (firstSentence, firstMention) = mentions.first else { continue }
            ledEntities.insert(index)
            let stateID = entity.state.map { NodeID.make(.state, $0) }
            let evidence = mentions.map { self.evidence($0.0, "leader:\($0.1.rule)") }
            graph.add(Node(id: entity.id, kind: .leader, label: entity.name, state: stateID, title: entity.title,
                           aliases: Array(entity.forms.union(mentions.map { $0.1.name }).union(entity.canonicalName.map { [$0] } ?? [])),
                           evidence: evidence))
            if let code = entity.state {
                let stated = mentions.first { $0.1.state == code } ?? (firstSentence, firstMention)
                let leadsEvidence = self.evidence(stated.0, "leads:\(entity.stateRule)")
                addState(code, leadsEvidence)
                graph.add(Edge(source: entity.id, target: NodeID.make(.state, code), relation: .leads, evidence: [leadsEvidence]))
            }
        }
    }

    private mutating func add(_ analysed: AnalysedSentence) {
        let sentence = analysed.sentence
        let tokens = sentence.tokens
        WorkMeter.record(tokens.count)
        for state in analysed.states { addState(state.code, evidence(sentence, "state:\(state.form.rawValue)")) }
        for organization in analysed.organizations {
            graph.add(Node(id: NodeID.make(.organization, organization.key), kind: .organization, label: organization.label,
                           evidence: [evidence(sentence, "organization")]))
        }

        // Actors: leaders, titles resolved to leaders or states, states, organisations. A
        // mention that overlaps an actor taken before it is no second actor.
        var actors: [ActorMention] = []
        // The tokens actors hold, marked once there are too many actors to read one by one.
        var taken: [Bool]?
        func isFree(_ range: Range<Int>) -> Bool {
            guard let taken else { return !actors.contains { $0.tokens.overlaps(range) } }
            return !range.contains { taken[$0] }
        }
        func take(_ actor: ActorMention) {
            actors.append(actor)
            if taken == nil && actors.count > TokenSpans.scanLimit {
                var marks = [Bool](repeating: false, count: tokens.count)
                for held in actors { for k in held.tokens { marks[k] = true } }
                taken = marks
            } else if taken != nil {
                for k in actor.tokens { taken![k] = true }
            }
        }
        for (mention, index) in analysed.leaders {
            let state = analysis.resolver.entities[index].state
            // "the prime minister's brother arrives …": a relative, envoy or delegation acts for
            // the state, not as the person.
            let end = mention.tokens.upperBound
            if end + 1 < tokens.count, tokens[end].isPossessive, Self.proxies.contains(wordAt: end + 1, in: tokens) {
                if let state { take(ActorMention(tokens: mention.tokens.lowerBound..<(end + 2), id: NodeID.make(.state, state), code: state, kind: .state)) }
                continue
            }
            take(ActorMention(tokens: mention.tokens, id: entityIDs[index], code: state, kind: .leader))
        }
        // A title inside a leader's own mention ("Ambassador Tr") is that leader, not a second actor.
        for title in analysed.titles where isFree(title.tokens) {
            guard let actor = resolve(title) else { continue }
            take(actor)
            // "The president urged …": the sentence is evidence for the leader it names.
            if actor.kind == .leader, let found = entityByID[actor.id] {
                let entity = analysis.resolver.entities[found]
                graph.add(Node(id: entity.id, kind: .leader, label: entity.name, state: entity.state.map { NodeID.make(.state, $0) },
                               title: entity.title, evidence: [evidence(sentence, "leader:title-mention")]))
                // A leader only a title names still leads a state node of the graph: the
                // contract's `state` must point at one (fuzz crash 2107159b).
                if let code = entity.state, !ledEntities.contains(found) {
                    ledEntities.insert(found)
                    let leadsEvidence = evidence(sentence, "leads:\(entity.stateRule)")
                    addState(code, leadsEvidence)
                    graph.add(Edge(source: entity.id, target: NodeID.make(.state, code), relation: .leads, evidence: [leadsEvidence]))
                }
            }
        }
        for state in analysed.states where isFree(state.tokens) {
            take(ActorMention(tokens: state.tokens, id: NodeID.make(.state, state.code), code: state.code, kind: .state))
        }
        for organization in analysed.organizations where isFree(organization.tokens) {
            take(ActorMention(tokens: organization.tokens, id: NodeID.make(.organization, organization.key), code: nil, kind: .organization))
        }
        let inactive = TokenSpans(analysed.inactive, tokenCount: tokens.count)
        actors.removeAll { inactive.overlaps($0.tokens) }
        actors.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }

        // Agreements: specific ones become nodes; "the deal" refers to the latest specific one.
        var agreements: [(mention: AgreementMention, ids: [NodeID])] = []
        var named: [NodeID] = []
        for original in analysed.agreements {
            var mention = original
            // "Peru and Chile agreed to open a rail link": an agreed action needs two parties; what
            // one party decides ("the bank agreed to buy up bonds") is no agreement.
            var actionParties: [String] = []
            if mention.rule == "agreed-action" {
                actionParties = agreedActionParties(mention, tokens: tokens, actors: actors)
                guard actionParties.count >= 2 else {
                    agreements.append((mention, []))
                    continue
                }
            }
            let isDefinite = mention.tokens.lowerBound > 0
                && ["the", "this", "that", "these", "those", "its", "their", "both"].contains(tokens[mention.tokens.lowerBound - 1].lower)
            // A sentence that names no state outside the agreement leaves its parties to the
            // sentence before: "Egypt and Israel met on Monday. The accord they signed …".
            let namesNoParty = !actors.contains { $0.code != nil && !mention.tokens.overlaps($0.tokens) }
            var lookBackParties: [String] = []
            if namesNoParty, actionParties.isEmpty, mention.partyTokens == nil, let pair = previousSentencePair {
                if mention.isSpecific {
                    lookBackParties = pair
                } else if isDefinite, agreementAge > 3 || context.recentAgreements.isEmpty, !mention.isCountedGroup {
                    // "The agreement …" with no agreement named before: theirs, named by its parties.
                    lookBackParties = pair
                    mention.isSpecific = true
                    mention.label += " between " + pair.map { gazetteer.state(code: $0)?.name ?? $0 }.joined(separator: " and ")
                }
            }
            var ids: [NodeID] = []
            if mention.isSpecific {
                // "seven agreements, including on A, B and C": one agreement per topic; "an agreement on
                // A, B and C": one agreement with three topics.
                let perTopic = mention.isCountedGroup && !mention.topics.isEmpty
                let on = mention.topicConnective
                let labels = perTopic ? mention.topics.map { "\(mention.label) \(on) \($0)" }
                    : [mention.topics.isEmpty ? mention.label : "\(mention.label) \(on) \(Self.list(mention.topics))"]
                for (offset, label) in labels.enumerated() {
                    let key = Self.agreementKey(label)
                    let id = agreementsByKey[key] ?? NodeID.make(.agreement, label)
                    agreementsByKey[key] = id
                    let topics = perTopic ? [mention.topics[offset]] : mention.topics
                    graph.add(Node(id: id, kind: .agreement, label: label, topics: topics,
                                   aliases: mention.phrase.map { [$0] } ?? [], evidence: [evidence(sentence, mention.rule)]))
                    ids.append(id)
                }
                named += ids
            } else if agreementAge <= 3, isDefinite {
                // "the deal", "this accord": the agreement just named. "a deal" is a new one.
                ids = context.recentAgreements
            }
            for code in actionParties + lookBackParties { addParty(code, of: ids, sentence: sentence) }
            let partiesAfter = addParties(of: ids, after: mention.tokens.upperBound, tokens: tokens, actors: actors, sentence: sentence)
            if let owner = mention.owner, !ids.isEmpty {
                // "Peru's deal with Chile": the owner is a party; "Peru's plan": its proposer.
                let withPartner = !partiesAfter.isEmpty || tokens[mention.tokens].contains { $0.lower == "with" }
                if withPartner {
                    addParty(owner, of: ids, sentence: sentence)
                } else {
                    addState(owner, evidence(sentence, "agreement-owner"))
                    for id in ids {
                        graph.add(Edge(source: NodeID.make(.state, owner), target: id, relation: .proposed, evidence: [evidence(sentence, "agreement-owner")]))
                    }
                }
            }
            // "a China-UK tourism deal": states named inside the phrase are its parties.
            for state in analysed.states.elements(withKeyIn: mention.tokens, key: \.tokens.lowerBound)
            where state.code != mention.owner && !state.isPossessive && state.form != .capital {
                addParty(state.code, of: ids, sentence: sentence)
            }
            if let range = mention.partyTokens {
                for actor in actors.elements(withKeyIn: range, key: \.tokens.lowerBound) {
                    guard let code = actor.code else { continue }
                    addState(code, evidence(sentence, "agreement-parties"))
                    for id in ids {
                        graph.add(Edge(source: NodeID.make(.state, code), target: id, relation: .partyTo, evidence: [evidence(sentence, "agreement-parties")]))
                    }
                }
            }
            agreements.append((mention, ids))
        }
        if !named.isEmpty {
            context.recentAgreements = named
            agreementAge = 0
        } else {
            agreementAge += 1
        }

        let finder = RelationFinder(tokens: tokens, actors: actors, agreements: agreements, context: context)
        let relations = finder.relations()
        // The first actor of each identifier, for the relations found (looked up in a table when
        // there are many actors).
        var firstActorWithID: [NodeID: ActorMention]?
        if !relations.isEmpty && actors.count > TokenSpans.scanLimit {
            var table: [NodeID: ActorMention] = [:]
            for actor in actors where table[actor.id] == nil { table[actor.id] = actor }
            firstActorWithID = table
        }
        func firstActor(_ id: NodeID) -> ActorMention? {
            firstActorWithID.map { $0[id] } ?? actors.first { $0.id == id }
        }
        var sentencePair: [String]?
        for found in relations {
            let ev = evidence(sentence, found.rule)
            for case let code? in [found.source, found.target].map(\.stateCode) {
                addState(code.rawValue, ev)
            }
            graph.add(Edge(source: found.source, target: found.target, relation: found.relation, evidence: [ev]))
            if let a = firstActor(found.source), let b = firstActor(found.target),
               a.kind != .organization, b.kind != .organization {
                context.notePair(a, b, at: sentence.index)
                if sentencePair == nil, [.met, .signed, .negotiated, .cooperatesWith].contains(found.relation) {
                    sentencePair = Self.statePair(a, b)
                }
            }
        }
        // "India and Pakistan": a named pair is who "both sides" will mean.
        // (Mentions may overlap, "Ambassador Tr" and its title "Ambassador": no gap between those.)
        for (a, b) in zip(actors, actors.dropFirst())
        where a.kind != .organization && b.kind != .organization && a.tokens.upperBound <= b.tokens.lowerBound {
            let gap = tokens[a.tokens.upperBound..<b.tokens.lowerBound]
            if gap.count == 1, gap.first?.lower == "and" {
                context.notePair(a, b, at: sentence.index)
                context.notePair(a, b, at: sentence.index)
                sentencePair = sentencePair ?? Self.statePair(a, b)
            }
        }
        previousSentencePair = sentencePair
        if let leader = actors.first(where: { $0.kind == .leader }) { context.salientLeader = leader }
    }

    /// The states of two actors, when they are two.
    static func statePair(_ a: ActorMention, _ b: ActorMention) -> [String]? {
        guard let ca = a.code, let cb = b.code, ca != cb else { return nil }
        return [ca, cb]
    }

    /// "A, B and C".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// The words that tell agreements apart: the label without agreement nouns and generic words.
    /// A label made only of such words ("ceasefire") is its own key, so that two bare agreements
    /// are not one.
    static func agreementKey(_ label: String) -> String {
        let key = label.lowercased().split(separator: " ")
            .filter { AgreementLexicon.nouns[String($0)] == nil && !AgreementLexicon.genericModifiers.contains(String($0)) }
            .joined(separator: " ")
        return key.isEmpty ? label.lowercased() : key
    }

    private mutating func addParty(_ code: String, of ids: [NodeID], sentence: Sentence) {
        let ev = evidence(sentence, "agreement-parties")
        addState(code, ev)
        for id in ids {
            graph.add(Edge(source: NodeID.make(.state, code), target: id, relation: .partyTo, evidence: [ev]))
        }
    }

    /// "agreement between X and Y", "a deal with Y", "the pact, signed by X and Y", "an accord
    /// between the two countries": the parties named after the agreement (their states).
    @discardableResult
    private mutating func addParties(of ids: [NodeID], after end: Int, tokens: [Token], actors: [ActorMention], sentence: Sentence) -> [String] {
        guard !ids.isEmpty, end < tokens.count else { return [] }
        var start = end
        if !["between", "with", "among"].contains(tokens[end].lower) {
            // "(, ) (was) signed by": the signers.
            var k = end
            if tokens[k].text == "," { k += 1 }
            while k < tokens.count, ["was", "were", "is", "are", "has", "have", "had", "been", "being", "jointly", "also", "formally", "first"].contains(tokens[k].lower) { k += 1 }
            guard k + 1 < tokens.count, AgreementLexicon.signingParticiples.contains(wordAt: k, in: tokens), tokens[k + 1].lower == "by" else { return [] }
            start = k + 1
        }
        // "between the two countries", "between both sides": the pair the story is about.
        if Self.isPairPhrase(tokens, at: start + 1), context.pair.count == 2 {
            let codes = context.pair.compactMap(\.code)
            for code in codes { addParty(code, of: ids, sentence: sentence) }
            return codes
        }
        // "between Venezuelan energy firm PDVSA and Argentina's Enarsa": the states in the phrase.
        let limit = min(tokens.count, start + 14)
        var stop = start + 1
        while stop < limit, !(tokens[stop].kind == .punctuation && [",", ";", ".", ":"].contains(tokens[stop].text)) { stop += 1 }
        var codes: [String] = []
        for actor in actors.elements(withKeyIn: (start + 1)..<stop, key: \.tokens.lowerBound) {
            guard let code = actor.code else { continue }
            addParty(code, of: ids, sentence: sentence)
            codes.append(code)
        }
        return codes
    }

    /// Whether "the two countries", "both sides", "the two nations" starts at token `k`.
    static func isPairPhrase(_ tokens: [Token], at k: Int) -> Bool {
        var j = k
        if j < tokens.count, tokens[j].lower == "the" { j += 1 }
        guard j + 1 < tokens.count, ["two", "both"].contains(tokens[j].lower) else { return false }
        return RelationFinder.pairNouns.contains(wordAt: j + 1, in: tokens)
            || (j + 2 < tokens.count && tokens[j + 1].isLowercaseWord && RelationFinder.pairNouns.contains(wordAt: j + 2, in: tokens))
    }

    /// Who agreed to an agreed action, as states: "the decision by X and Y to …", "X and Y agreed
    /// to …", "X agreed with Y to …", "the two sides agreed to …" (the story's pair).
    private func agreedActionParties(_ mention: AgreementMention, tokens: [Token], actors: [ActorMention]) -> [String] {
        var codes: [String] = []
        func note(_ actor: ActorMention) {
            if let code = actor.code, !codes.contains(code) { codes.append(code) }
        }
        if let range = mention.partyTokens {
            for actor in actors.elements(withKeyIn: range, key: \.tokens.lowerBound) { note(actor) }
            return codes
        }
        // The verb of agreeing stands before "to", perhaps with its partner between.
        let to = mention.tokens.lowerBound - 1
        guard to >= 1, let opener = stride(from: to - 1, through: max(0, to - 10), by: -1)
            .first(where: { AgreementLexicon.actionOpeners.contains(wordAt: $0, in: tokens) }) else { return [] }
        for actor in actors where actor.tokens.lowerBound > opener && actor.tokens.upperBound <= to { note(actor) }
        // The subject: adverbs and auxiliaries may stand between it and the verb.
        var k = opener
        while k > 0, RelationFinder.auxiliaries.contains(wordAt: k - 1, in: tokens) || ["both", "all", "have", "had"].contains(tokens[k - 1].lower) { k -= 1 }
        if (2...4).contains(where: { k >= $0 && Self.isPairPhrase(tokens, at: k - $0) }) {
            for actor in context.pair { note(actor) }
            return codes
        }
        guard var subject = actors.last(where: { $0.tokens.upperBound == k }) else { return codes }
        note(subject)
        // "Peru, Chile and Bolivia agreed": the coordinated subjects before it.
        while let previous = actors.last(where: { $0.tokens.upperBound <= subject.tokens.lowerBound && $0.tokens.upperBound >= subject.tokens.lowerBound - 3 }) {
            let gap = tokens[previous.tokens.upperBound..<subject.tokens.lowerBound]
            guard !gap.isEmpty, gap.allSatisfy({ ["and", ",", "the"].contains($0.lower) }), gap.contains(where: { $0.lower == "and" || $0.text == "," }) else { break }
            note(previous)
            subject = previous
        }
        return codes
    }

    /// "the president", "his Chinese counterpart": the leader meant, or the state.
    private func resolve(_ title: LeaderRecognizer.TitleMention) -> ActorMention? {
        let entities = analysis.resolver.entities
        let holders = titleHolders[title.title] ?? TitleHolders()
        let (candidates, candidateIDs) = title.state.map { holders.byState[$0] ?? ([], []) } ?? (holders.all, holders.allIDs)
        // The most recently mentioned candidate.
        if let salient = context.salientLeader, candidateIDs.contains(salient.id) {
            return ActorMention(tokens: title.tokens, id: salient.id, code: salient.code, kind: .leader)
        }
        if candidates.count == 1 {
            let entity = entities[candidates[0]]
            return ActorMention(tokens: title.tokens, id: entity.id, code: entity.state, kind: .leader)
        }
        if let state = title.state {
            return ActorMention(tokens: title.tokens, id: NodeID.make(.state, state), code: state, kind: .state)
        }
        return nil
    }
}
