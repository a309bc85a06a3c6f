import Testing
@testable import DiploExtraction

/// The agreement recogniser alone: agreement nouns with what names them (modifiers, "of X",
/// parties, topics, an owner), agreed actions, and the nouns it must leave alone.
@Suite("Stages: AgreementRecognizer")
struct AgreementRecognizerTests {
    /// The recogniser for `text`, with the states and organisations found before it.
    static func recognizer(_ input: StageInput) -> AgreementRecognizer {
        AgreementRecognizer(states: input.states, organizations: input.organizations, tokenCount: input.tokens.count)
    }

    /// The agreement mentions of `text`.
    static func agreements(_ text: String) -> [AgreementMention] {
        let input = StageInput(text)
        return recognizer(input).mentions(in: input.tokens)
    }

    @Test("a named treaty keeps its name and case")
    func namedTreaty() throws {
        let found = Self.agreements("Both states ratified the Treaty of Valdora last year.")
        let treaty = try #require(found.first)
        #expect(found.count == 1)
        #expect(treaty.label == "Treaty of Valdora")
        #expect(treaty.isSpecific)
    }

    @Test("an agreement between two states is named by its parties")
    func parties() throws {
        let input = StageInput("They signed an agreement between Chile and Peru.")
        let agreement = try #require(Self.recognizer(input).mentions(in: input.tokens).first)
        #expect(agreement.label == "agreement between Chile and Peru")
        #expect(agreement.isSpecific)
    }

    @Test("a counted group with a topic list: one mention with every topic")
    func countedGroup() throws {
        let found = Self.agreements("Chile and Peru signed four agreements, including on tourism, fisheries and health care.")
        let group = try #require(found.first)
        #expect(group.isCountedGroup)
        #expect(group.topics == ["tourism", "fisheries", "health care"])
        #expect(group.rule == "agreement-topics")
    }

    @Test("a state's possessive is the agreement's owner")
    func owner() throws {
        let found = Self.agreements("Peru's border plan was rejected.")
        let plan = try #require(found.first)
        #expect(plan.owner == "PER")
        #expect(plan.label == "border plan")
    }

    @Test("an agreed action is an agreement named by its verb and object")
    func agreedAction() throws {
        let input = StageInput("Chile and Peru agreed to open a rail link.")
        let recognizer = Self.recognizer(input)
        let nouns = recognizer.mentions(in: input.tokens)
        #expect(nouns.isEmpty)
        let actions = recognizer.actionMentions(in: input.tokens, excluding: nouns)
        let action = try #require(actions.first)
        #expect(action.label == "open a rail link")
        #expect(action.isSpecific)
    }

    @Test("no agreement where the text says there is none, or uses the mass noun", arguments: [
        "There was no deal on the border.",
        "The two sides failed to reach agreement.",
        "The committee reviewed the budget figures.",
    ])
    func refused(text: String) {
        #expect(Self.agreements(text).isEmpty, "\(Self.agreements(text).map(\.label))")
    }

    @Test("a kind of agreement is mentioned but names no specific one")
    func kindOfAgreement() {
        let found = Self.agreements("Critics wanted a business-friendly deal.")
        #expect(found.map(\.label) == ["business-friendly deal"])
        #expect(found.map(\.isSpecific) == [false])
    }
}
