import Testing
@testable import DiploExtraction

/// The leader recogniser alone: people named with a state office, titles without a name, and
/// people named with an office they do not hold for a state.
@Suite("Stages: LeaderRecognizer")
struct LeaderRecognizerTests {
    /// What the recogniser finds in `text`, given the states and organisations found before it.
    static func recognize(_ text: String) -> (input: StageInput, leaders: [LeaderMention], titles: [LeaderRecognizer.TitleMention], inactive: [Range<Int>]) {
        let input = StageInput(text)
        let recognizer = LeaderRecognizer(states: input.states, organizations: input.organizations, tokenCount: input.tokens.count)
        let (leaders, titles, inactive) = recognizer.mentions(in: input.tokens)
        return (input, leaders, titles, inactive)
    }

    @Test("qualifier, title, name: the state comes from the qualifier")
    func qualifierTitleName() throws {
        let found = Self.recognize("Chilean President Orla Quennell arrived in Lima.")
        let leader = try #require(found.leaders.first)
        #expect(found.leaders.count == 1)
        #expect(leader.name == "Orla Quennell")
        #expect(leader.title == "President")
        #expect(leader.state == "CHL")
        #expect(leader.rule == "qualifier-title-name")
        #expect(found.input.surface(leader.tokens) == "Chilean President Orla Quennell")
        #expect(found.input.surface(leader.nameTokens) == "Orla Quennell")
    }

    @Test("a state's possessive and 'of STATE' qualify a title too")
    func possessiveAndOf() {
        #expect(Self.recognize("Peru's Prime Minister Tavin Roske spoke.").leaders.map(\.state) == ["PER"])
        #expect(Self.recognize("The President of Peru, Tavin Roske, spoke.").leaders.map(\.state) == ["PER"])
    }

    @Test("name, comma, title: the appositive names the person")
    func appositive() throws {
        let found = Self.recognize("Tavin Roske, the Peruvian foreign minister, arrived.")
        let leader = try #require(found.leaders.first)
        #expect(leader.name == "Tavin Roske")
        #expect(leader.state == "PER")
        #expect(leader.rule == "name-comma-title")
    }

    @Test("a title without a name is a title mention, with its state")
    func titleAlone() {
        let found = Self.recognize("The Kenyan president said the talks would go on.")
        #expect(found.leaders.isEmpty)
        #expect(found.titles.map(\.title) == ["president"])
        #expect(found.titles.map(\.state) == ["KEN"])
    }

    @Test("former and opposition office holders act for no state: their span is inactive", arguments: [
        "Former Danish prime minister Marit Oyelaran wrote a book.",
        "The opposition leader Marit Oyelaran criticised the budget.",
    ])
    func disqualified(text: String) {
        let found = Self.recognize(text)
        #expect(found.leaders.isEmpty, "\(found.leaders.map(\.name))")
        #expect(found.inactive.contains { found.input.surface($0).hasSuffix("Marit Oyelaran") }, "\(found.inactive.map(found.input.surface))")
    }

    @Test("a title that needs a state gives no leader without one")
    func needsState() {
        let found = Self.recognize("The minister Marit Oyelaran opened the bridge.")
        #expect(found.leaders.isEmpty, "\(found.leaders.map(\.name))")
    }

    @Test("a sentence without an office title gives nothing")
    func noTitle() {
        let found = Self.recognize("Marit Oyelaran met Tavin Roske in Lima.")
        #expect(found.leaders.isEmpty && found.titles.isEmpty && found.inactive.isEmpty)
    }
}
