import Testing
@testable import DiploExtraction

/// The state recogniser alone: which tokens name a state, which state, and how.
@Suite("Stages: StateRecognizer")
struct StateRecognizerTests {
    /// `code`, `form` and the words of every state mention in `text`.
    static func states(_ text: String, confirmed: Set<String> = []) -> [String] {
        let input = StageInput(text, confirmedStates: confirmed)
        return input.states.map { "\($0.code) \($0.form.rawValue) \(input.surface($0.tokens))" }
    }

    @Test("names, demonyms and capitals each give their state, left to right")
    func formsOfAState() {
        #expect(Self.states("Norwegian envoys flew from Ottawa to Nairobi before talks with Chile.")
                == ["NOR demonym Norwegian", "CAN capital Ottawa", "KEN capital Nairobi", "CHL name Chile"])
    }

    @Test("the longest form wins: a two-word name is one mention, not a region and a state")
    func longestMatch() {
        #expect(Self.states("South Korea and North Korean diplomats met.") == ["KOR name South Korea", "PRK demonym North Korean"])
    }

    @Test("a possessive 's is noted on the mention")
    func possessive() {
        let input = StageInput("Chile's envoy met Peru.")
        #expect(input.states.map(\.code) == ["CHL", "PER"])
        #expect(input.states.map(\.isPossessive) == [true, false])
    }

    @Test("a hyphenated pair names both states; X-led names the leading one")
    func hyphenated() {
        #expect(Self.states("Chile-Peru talks resumed.").map { String($0.prefix(3)) } == ["CHL", "PER"])
        #expect(Self.states("Kenyan-led patrols began.").map { String($0.prefix(3)) } == ["KEN"])
    }

    @Test("places of nature and regions are not states", arguments: [
        "Ships crossed the Indian Ocean.",
        "Latin American ministers gathered.",
        "The Arabian Sea was calm.",
    ])
    func naturalAndRegionalPlaces(text: String) {
        #expect(Self.states(text).isEmpty, "\(Self.states(text))")
    }

    @Test("a capital that starts a longer name is no state; an institution in the capital still is")
    func capitalsInLongerNames() {
        #expect(!Self.states("Reporters for the Ottawa Gazette waited.").contains { $0.hasPrefix("CAN") })
        #expect(Self.states("Students at Nairobi University protested.").contains("KEN capital Nairobi"))
    }

    @Test("people of a nation (ethnic X) are not its state")
    func ethnicGroups() {
        #expect(!Self.states("Ethnic Albanians marched in the town.").contains { $0.hasPrefix("ALB") })
    }

    @Test("an ambiguous form counts only where it reads as a place or the state is confirmed")
    func ambiguousForms() {
        // "Jordan" is also a given name: after a first name it is a person.
        #expect(Self.states("Coach Dana Jordan resigned on Friday.").isEmpty)
        #expect(Self.states("Troops crossed into Jordan.").map { String($0.prefix(3)) } == ["JOR"])
        #expect(Self.states("Jordan resigned.").isEmpty)
        #expect(Self.states("Jordan resigned.", confirmed: ["JOR"]).map { String($0.prefix(3)) } == ["JOR"])
    }

    @Test("Korea alone is the state the document confirms, South Korea when it confirms neither or both")
    func koreaAlone() {
        #expect(Self.states("Korea protested.").map { String($0.prefix(3)) } == ["KOR"])
        #expect(Self.states("Korea protested.", confirmed: ["PRK"]).map { String($0.prefix(3)) } == ["PRK"])
        #expect(Self.states("The Korea Peninsula was quiet.").isEmpty)
    }

    @Test("the answer says whether it read the confirmed states, so a first reading can be kept")
    func consultedConfirmedStates() {
        let recognizer = StateRecognizer(gazetteer: .shared)
        var plain = false
        _ = recognizer.mentions(in: Segmenter.tokenize("Chile met Peru."), consultedConfirmedStates: &plain)
        #expect(!plain)
        var ambiguous = false
        _ = recognizer.mentions(in: Segmenter.tokenize("Jordan resigned."), consultedConfirmedStates: &ambiguous)
        #expect(ambiguous)
    }

    @Test("a sentence without a state gives nothing")
    func noState() {
        #expect(Self.states("The committee reviewed the budget on Monday.").isEmpty)
    }
}
