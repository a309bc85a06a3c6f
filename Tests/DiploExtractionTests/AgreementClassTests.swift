import DiploGraph
import Testing
@testable import DiploExtraction

// Issue 12, item 7: agreement nodes are real agreements, named by their noun phrase, with their
// parties. One test per class of language, on sentences written for these tests.

@Suite("Agreements: noise is no agreement")
struct AgreementNoiseTests {
    /// Each noise class of issue 12 with sentences of its own; none gives an agreement node.
    static let noise: [(noiseClass: String, text: String)] = [
        ("one party decides", "The central bank agreed to buy up bonds from Ghana."),
        ("one party decides", "Several readers decided to sign up."),
        ("one party decides", "Subscribers agree to receive weekly bulletins from the ministry."),
        ("one party decides", "Norway agreed to admit thousands of asylum seekers."),
        ("one party decides", "Iceland pledged to send troops to Mali."),
        ("agreed verb, no object", "Norway and Iceland agreed to meet again in June."),
        ("agreed verb, no object", "Norway and Iceland agreed to cooperate closely."),
        ("agreed verb, no object", "Norway and Iceland agreed to sign up."),
        ("fragment after a hyphen", "The Oslo - type deal was rejected by Sweden."),
        ("a kind, not an agreement", "Sweden wants a Nordic-style treaty with Finland."),
        ("a kind, not an agreement", "Finland signed a new business-friendly deal."),
        ("\"deal with\" as a verb", "They deal with Chile every day."),
        ("\"deal with\" as a verb", "Governments deal with Peru through envoys."),
        ("\"deal with\" as a verb", "Ministers must deal directly with Bolivia."),
    ]

    @Test("noise classes give no agreement node", arguments: noise)
    func noAgreement(_ noiseClass: String, _ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.nodes(.agreement).isEmpty, "\(noiseClass): \(graph.summary)")
    }

    @Test("an agreed action keeps its verb, so its label reads as the thing agreed")
    func agreedActionLabel() throws {
        let graph = try Extraction.graph("Ghana agreed with Togo to return hundreds of stolen cattle.")
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label.hasPrefix("return "), "\(graph.summary)")
        #expect(graph.parties(of: agreement.id) == ["GHA", "TGO"])
    }

    @Test("a description of the agreement just named is that agreement, not a second one")
    func predicateDescription() throws {
        let graph = try Extraction.graph("""
            Ghana and Togo signed a border protocol. Analysts described it as the most important \
            security agreement between Ghana and Togo in a generation.
            """)
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label == "border protocol", "\(graph.summary)")
        #expect(graph.parties(of: agreement.id) == ["GHA", "TGO"])
    }
}

@Suite("Agreements: real deals are found")
struct AgreementModifierTests {
    @Test("a stage, a status or an amount names a deal", arguments: [
        ("Mexico and Chile signed a phase one trade deal on Tuesday.", "phase one trade deal"),
        ("Mexico and Chile signed a phase-one trade deal.", "phase-one trade deal"),
        ("Mexico and Chile reached an interim agreement.", "interim agreement"),
        ("Mexico and Chile reached a preliminary deal.", "preliminary deal"),
        ("Mexico signed a $4 billion deal with Chile.", "$4 billion deal"),
    ])
    func modifiers(_ text: String, _ label: String) throws {
        let graph = try Extraction.graph(text)
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label == label, "\(graph.summary)")
        #expect(graph.parties(of: agreement.id) == ["MEX", "CHL"])
    }

    @Test("named treaties, accords, protocols and communiques", arguments: [
        ("Laos and Vietnam signed the Treaty of Vientiane.", "Treaty of Vientiane"),
        ("Laos and Vietnam signed the Mekong Accord.", "Mekong Accord"),
        ("Laos and Vietnam ratified the Hanoi Protocol.", "Hanoi Protocol"),
        ("Laos and Vietnam signed the Danang Communique.", "Danang Communique"),
    ])
    func namedTreaties(_ text: String, _ label: String) throws {
        let graph = try Extraction.graph(text)
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label == label, "\(graph.summary)")
        #expect(graph.parties(of: agreement.id) == ["LAO", "VNM"])
    }

    @Test("a ceasefire or roadmap that parties adopt is an agreement; two of them stay two")
    func adopted() throws {
        let graph = try Extraction.graph("Sudan and Chad agreed a ceasefire. Ghana and Togo adopted a roadmap.")
        let agreements = graph.nodes(.agreement)
        #expect(Set(agreements.map(\.label)) == ["ceasefire", "roadmap"], "\(graph.summary)")
        let ceasefire = try #require(agreements.first { $0.label == "ceasefire" })
        let roadmap = try #require(agreements.first { $0.label == "roadmap" })
        #expect(graph.parties(of: ceasefire.id) == ["SDN", "TCD"])
        #expect(graph.parties(of: roadmap.id) == ["GHA", "TGO"])
    }
}

@Suite("Agreements: parties")
struct AgreementPartyTests {
    @Test("\"X's deal with Y\": both are parties, neither a mere proposer")
    func possessiveWith() throws {
        let graph = try Extraction.graph("Peru's river deal with Ecuador was praised.")
        let agreement = try graph.onlyAgreement()
        #expect(graph.parties(of: agreement.id) == ["PER", "ECU"], "\(graph.summary)")
        #expect(graph.has("state:PER", .partyTo, agreement.id))
        #expect(!graph.has("state:PER", .proposed, agreement.id))
    }

    @Test("\"X and Y's agreement\" is theirs, named by them")
    func coordinatedOwners() throws {
        let graph = try Extraction.graph("Peru and Ecuador's agreement ends a long dispute.")
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label == "agreement between Peru and Ecuador", "\(graph.summary)")
        #expect(graph.parties(of: agreement.id) == ["PER", "ECU"])
    }

    @Test("\"signed by X and Y\" after the agreement")
    func signedBy() throws {
        let graph = try Extraction.graph("The river protocol, signed by Peru and Ecuador, took effect in May.")
        let agreement = try graph.onlyAgreement()
        #expect(graph.parties(of: agreement.id) == ["PER", "ECU"], "\(graph.summary)")
    }

    @Test("\"brokered by\" names a mediator, not a party")
    func brokeredBy() throws {
        let graph = try Extraction.graph("The river protocol, brokered by Brazil, took effect in May.")
        let agreement = try graph.onlyAgreement()
        #expect(!graph.has("state:BRA", .partyTo, agreement.id), "\(graph.summary)")
    }

    @Test("\"between the two countries\" is the pair the story is about")
    func betweenTheTwoCountries() throws {
        let graph = try Extraction.graph("""
            Peru and Ecuador held talks in Quito. A river accord between the two countries was announced.
            """)
        let agreement = try graph.onlyAgreement()
        #expect(graph.parties(of: agreement.id) == ["PER", "ECU"], "\(graph.summary)")
    }

    @Test("\"the two sides agreed to …\" and \"both nations agreed to …\" are the story's pair", arguments: [
        "Peru and Ecuador held talks. The two sides agreed to build a border bridge.",
        "Peru and Ecuador held talks. Both nations agreed to build a border bridge.",
    ])
    func pairAgreedAction(_ text: String) throws {
        let graph = try Extraction.graph(text)
        let agreement = try graph.onlyAgreement()
        #expect(graph.parties(of: agreement.id) == ["PER", "ECU"], "\(graph.summary)")
    }

    @Test("a named treaty in a sentence naming no state takes the pair of the sentence before")
    func namedTreatyLooksBack() throws {
        let graph = try Extraction.graph("""
            Ghana and Togo met in Lome on Monday. The Lome Accord sets out a new border regime.
            """)
        let accord = try #require(graph.nodes(.agreement).first { $0.label == "Lome Accord" }, "\(graph.summary)")
        #expect(graph.parties(of: accord.id) == ["GHA", "TGO"])
    }

    @Test("\"the agreement\" after two states met is theirs", arguments: [
        "Ghana and Togo met on Monday. The accord they signed ends a long dispute.",
        "Ghana and Togo met on Monday. The agreement will open the border.",
    ])
    func definiteAgreementLooksBack(_ text: String) throws {
        let graph = try Extraction.graph(text)
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label.hasSuffix("between Ghana and Togo"), "\(graph.summary)")
        #expect(graph.parties(of: agreement.id) == ["GHA", "TGO"])
    }

    @Test("the look-back is one sentence only")
    func lookBackIsBounded() throws {
        let graph = try Extraction.graph("""
            Ghana and Togo met on Monday. Markets were calm. The Lome Accord sets out a new border regime.
            """)
        let accord = try #require(graph.nodes(.agreement).first { $0.label == "Lome Accord" }, "\(graph.summary)")
        #expect(graph.parties(of: accord.id).isEmpty)
    }
}
