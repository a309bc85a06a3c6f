import Testing
@testable import DiploExtraction

/// The leader resolver alone: which mentions are one person, and which state each person gets.
@Suite("Stages: LeaderResolver")
struct LeaderResolverTests {
    /// A mention of `name`, with a title and state when given (token ranges do not matter here).
    static func mention(_ name: String, title: String? = nil, state: String? = nil, actor: ActorID? = nil) -> LeaderMention {
        LeaderMention(tokens: 0..<1, nameTokens: 0..<1, name: name, title: title, state: state, rule: "test", actor: actor)
    }

    @Test("a surname and a titled surname after a full name are the same person, named in full")
    func shortFormsMerge() {
        var resolver = LeaderResolver()
        let full = resolver.add(Self.mention("Orla Quennell", title: "President", state: "CHL"))
        #expect(resolver.add(Self.mention("Quennell")) == full)
        #expect(resolver.add(Self.mention("Quennell", title: "President")) == full)
        #expect(resolver.entities.count == 1)
        #expect(resolver.entities[full].name == "Orla Quennell")
        #expect(resolver.entities[full].forms == ["Orla Quennell", "Quennell"])
        #expect(resolver.entities[full].titles == ["President": 2])
    }

    @Test("a full name after its surname takes the surname's entity, and names it in full")
    func laterFullName() {
        var resolver = LeaderResolver()
        let short = resolver.add(Self.mention("Quennell"))
        #expect(resolver.add(Self.mention("Orla Quennell")) == short)
        #expect(resolver.entities[short].name == "Orla Quennell")
    }

    @Test("two people who share a surname stay two, and the bare surname joins neither")
    func namesakes() {
        var resolver = LeaderResolver()
        let orla = resolver.add(Self.mention("Orla Quennell"))
        let tavin = resolver.add(Self.mention("Tavin Quennell"))
        #expect(orla != tavin)
        #expect(resolver.match(["Quennell"], state: nil) == nil)
    }

    @Test("a conflicting stated state keeps two people apart")
    func conflictingStates() {
        var resolver = LeaderResolver()
        let chilean = resolver.add(Self.mention("Orla Quennell", state: "CHL"))
        #expect(resolver.add(Self.mention("Quennell", state: "PER")) != chilean)
    }

    @Test("two different people of the knowledge base are never one entity, whatever their names")
    func differentActors() {
        var resolver = LeaderResolver()
        let first = resolver.add(Self.mention("Orla Quennell", actor: ActorID(1)))
        #expect(resolver.add(Self.mention("Quennell", actor: ActorID(2))) != first)
        #expect(resolver.add(Self.mention("Quennell", actor: ActorID(1))) == first)
    }

    @Test("isPart: the last words, or a one-word first name-word, of a longer name")
    func isPart() {
        #expect(LeaderResolver.isPart(["Quennell"], of: ["Orla", "Quennell"]))
        #expect(LeaderResolver.isPart(["Lim"], of: ["Lim", "Soo", "Ah"]))
        #expect(!LeaderResolver.isPart(["Orla", "Quennell"], of: ["Orla", "Quennell"]))
        #expect(!LeaderResolver.isPart(["Soo"], of: ["Lim", "Soo", "Ah"]))
        #expect(!LeaderResolver.isPart([], of: ["Orla"]))
    }

    @Test("states come from the text first, then the title, then nearby context, then the document")
    func assignStates() {
        var resolver = LeaderResolver()
        let stated = resolver.add(Self.mention("Orla Quennell", state: "CHL"))
        resolver.add(Self.mention("Quennell", state: "CHL"))
        let titled = resolver.add(Self.mention("Tavin Roske", title: "Foreign Secretary"))
        let nearby = resolver.add(Self.mention("Marit Oyelaran"))
        let unplaced = resolver.add(Self.mention("Anselm Brecka"))
        var asked: [Int] = []
        resolver.assignStates(nearbyState: { entity, held in
            asked.append(entity)
            #expect(held.isSuperset(of: ["CHL", "GBR"]))
            return entity == nearby ? "KEN" : nil
        }, mainState: "PER")
        #expect(asked == [nearby, unplaced], "only people the text and titles do not place are asked about")
        #expect(resolver.entities[stated].state == "CHL")
        #expect(resolver.entities[stated].stateRule == "stated")
        #expect(resolver.entities[titled].state == "GBR")
        #expect(resolver.entities[titled].stateRule == "title")
        #expect(resolver.entities[nearby].state == "KEN")
        #expect(resolver.entities[nearby].stateRule == "nearby-state")
        #expect(resolver.entities[unplaced].state == "PER")
        #expect(resolver.entities[unplaced].stateRule == "document-context")
    }

    @Test("without a main state, a person nothing places keeps no state")
    func noState() {
        var resolver = LeaderResolver()
        let person = resolver.add(Self.mention("Anselm Brecka"))
        resolver.assignStates(nearbyState: { _, _ in nil }, mainState: nil)
        #expect(resolver.entities[person].state == nil)
        #expect(resolver.entities[person].stateRule == "unknown")
    }
}
