import DiploGraph
import Foundation
import Testing
@testable import DiploExtraction

// Unit tests for the relation patterns of issue 3, one suite per pattern. Every sentence is
// invented for these tests (real states, made-up people).

extension Graph {
    /// The one agreement node of the graph, or a recorded failure.
    func onlyAgreement(sourceLocation: SourceLocation = #_sourceLocation) throws -> Node {
        let agreements = nodes(.agreement)
        try #require(agreements.count == 1, "\(summary)", sourceLocation: sourceLocation)
        return agreements[0]
    }

    /// Whether any edge touches the node `id` other than `leads`.
    func hasInteraction(touching id: NodeID) -> Bool {
        edges(touching: id).contains { $0.relation != .leads }
    }
}

// MARK: - 1. Reported speech

@Suite("Pattern: reported speech")
struct ReportedSpeechPatternTests {
    @Test("\"X said Y should/must/ought to …\" is an appeal: X urged Y", arguments: [
        ("Nigerian President Musa Danjuma said Ghana should reopen its border.", "leader:musa-danjuma", "state:GHA"),
        ("Nigerian President Musa Danjuma said Ghana must reopen its border.", "leader:musa-danjuma", "state:GHA"),
        ("Peru said Bolivia should withdraw its troops from the border.", "state:PER", "state:BOL"),
        ("Hungary said Slovakia ought to drop the plan.", "state:HUN", "state:SVK"),
    ])
    func appeal(_ text: String, _ speaker: NodeID, _ addressee: NodeID) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.has(speaker, .urged, addressee), "\(graph.summary)")
        #expect(!graph.has(addressee, .urged, speaker))
        #expect(graph.dyads.count == 1)
    }

    @Test("\"X said Y had improved …\" reports a fact about Y: no edge", arguments: [
        "Nigerian President Musa Danjuma said Ghana had improved its roads.",
        "Peru said Bolivia had reduced its tariffs.",
    ])
    func statement(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
        #expect(graph.edges.allSatisfy { $0.relation == .leads }, "\(graph.summary)")
    }

    @Test("a second verb after the reported clause belongs to the speaker, not to the reported subject")
    func speakerKeepsTheSecondVerb() throws {
        let graph = try Extraction.graph(
            "Nigerian President Musa Danjuma said Ghana had improved its roads, and urged Togo to do the same.")
        #expect(!graph.has("state:GHA", .urged, "state:TGO"), "\(graph.summary)")
        #expect(graph.has("leader:musa-danjuma", .urged, "state:TGO"), "\(graph.summary)")
    }
}

// MARK: - 2. Possessive and "between" nouns

@Suite("Pattern: possessive noun and \"between\"")
struct NominalPatternTests {
    @Test("\"X's talks with Y\": X and Y met")
    func possessiveTalks() throws {
        let leader = try Extraction.graph("Nigerian President Musa Danjuma's talks with Ghana ended on Friday.")
        #expect(leader.has("leader:musa-danjuma", .met, "state:GHA"), "\(leader.summary)")
        #expect(leader.dyads == [["GHA", "NGA"]])

        let state = try Extraction.graph("Hungary's talks with Slovakia ended without a statement.")
        #expect(state.has("state:HUN", .met, "state:SVK"), "\(state.summary)")
        #expect(state.dyads == [["HUN", "SVK"]])
    }

    @Test("\"talks between X and Y\": X and Y met")
    func talksBetween() throws {
        let states = try Extraction.graph("Talks between Hungary and Slovakia stalled on Monday.")
        #expect(states.has("state:HUN", .met, "state:SVK"), "\(states.summary)")
        #expect(states.dyads == [["HUN", "SVK"]])

        let leaders = try Extraction.graph(
            "Talks between Nigerian President Musa Danjuma and Ghanaian Foreign Minister Ama Owusu ended on Friday.")
        #expect(leaders.has("leader:musa-danjuma", .met, "leader:ama-owusu"), "\(leaders.summary)")
        #expect(leaders.dyads == [["GHA", "NGA"]])
    }
}

// MARK: - 3. Passive

@Suite("Pattern: passive")
struct PassivePatternTests {
    @Test("\"Y was <verb>ed by X\" keeps the direction: X → Y", arguments: [
        ("Ghanaian President Kofi Mensah was criticised by Togo.", "state:TGO", Relation.criticized, "leader:kofi-mensah"),
        ("Moldova was urged by Romania to hold talks.", "state:ROU", .urged, "state:MDA"),
        ("Ghana was welcomed by Togo as a new partner.", "state:TGO", .welcomed, "state:GHA"),
    ])
    func passive(_ text: String, _ agent: NodeID, _ relation: Relation, _ patient: NodeID) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.has(agent, relation, patient), "\(graph.summary)")
        #expect(!graph.has(patient, relation, agent), "\(graph.summary)")
    }
}

// MARK: - 4. Coordination

@Suite("Pattern: coordination")
struct CoordinationPatternTests {
    @Test("coordinated subjects: each one acts on the object, and the object only")
    func subjects() throws {
        let graph = try Extraction.graph("Hungary and Austria urged Slovakia to drop the plan.")
        #expect(graph.has("state:HUN", .urged, "state:SVK"), "\(graph.summary)")
        #expect(graph.has("state:AUT", .urged, "state:SVK"))
        #expect(!graph.has("state:SVK", .urged, "state:HUN"))
        #expect(!graph.has("state:SVK", .urged, "state:AUT"))
    }

    @Test("coordinated objects: \"X urged Y and Z\" gives two edges and nothing between Y and Z")
    func objects() throws {
        let graph = try Extraction.graph("Egypt urged Israel and Jordan to halt the fighting.")
        #expect(graph.has("state:EGY", .urged, "state:ISR"), "\(graph.summary)")
        #expect(graph.has("state:EGY", .urged, "state:JOR"))
        #expect(graph.dyads == [["EGY", "ISR"], ["EGY", "JOR"]])
    }

    @Test("\"X met Y and Z\" gives X met Y and X met Z")
    func metObjects() throws {
        let graph = try Extraction.graph("Indian Prime Minister Ravi Kapoor met Nepal and Bhutan on Monday.")
        #expect(graph.has("leader:ravi-kapoor", .met, "state:NPL"), "\(graph.summary)")
        #expect(graph.has("leader:ravi-kapoor", .met, "state:BTN"))
        #expect(graph.dyads.isSuperset(of: [["IND", "NPL"], ["BTN", "IND"]]))
    }
}

// MARK: - 5. Relative clause

@Suite("Pattern: relative clause")
struct RelativeClausePatternTests {
    @Test("\"X, who visited Y, urged Z\": X visited Y and X urged Z; Y urged nobody")
    func whoClause() throws {
        let graph = try Extraction.graph(
            "Kenyan President Daniel Otieno, who visited Tanzania last month, urged Uganda to close the camps.")
        #expect(graph.has("leader:daniel-otieno", .visited, "state:TZA"), "\(graph.summary)")
        #expect(graph.has("leader:daniel-otieno", .urged, "state:UGA"))
        #expect(!graph.has("state:TZA", .urged, "state:UGA"))
        #expect(graph.dyads == [["KEN", "TZA"], ["KEN", "UGA"]])
    }
}

// MARK: - 6. "The two countries", "both sides"

@Suite("Pattern: the two countries, both sides")
struct PairReferencePatternTests {
    @Test("\"the two countries\" are the pair named before, not the venue")
    func twoCountries() throws {
        let graph = try Extraction.graph(
            "Hungary and Slovakia held talks in Vienna on Monday. The two countries later criticised Austria over its border checks.")
        #expect(graph.has("state:HUN", .criticized, "state:AUT"), "\(graph.summary)")
        #expect(graph.has("state:SVK", .criticized, "state:AUT"))
        #expect(graph.dyads == [["HUN", "SVK"], ["AUT", "HUN"], ["AUT", "SVK"]])
    }

    @Test("\"both sides\" signing an accord makes the pair its parties; the venue is no party")
    func bothSides() throws {
        let graph = try Extraction.graph("Greece and Cyprus held talks in Brussels. Both sides signed a fisheries accord.")
        let accord = try graph.onlyAgreement()
        #expect(graph.parties(of: accord.id) == ["GRC", "CYP"], "\(graph.summary)")
        #expect(graph.has("state:GRC", .signed, accord.id))
        #expect(graph.has("state:CYP", .signed, accord.id))
        #expect(graph.stateCodes.contains("BEL"))
        #expect(!graph.hasInteraction(touching: "state:BEL"))
    }

    @Test("\"the two leaders\" signing makes both leaders' states parties")
    func twoLeaders() throws {
        let graph = try Extraction.graph(
            "Chinese President Wang Lei and Russian President Ivan Sokolov met in Astana. The two leaders signed a gas deal.")
        let deal = try graph.onlyAgreement()
        #expect(graph.parties(of: deal.id) == ["CHN", "RUS"], "\(graph.summary)")
        #expect(graph.has("leader:wang-lei", .met, "leader:ivan-sokolov"))
        #expect(!graph.hasInteraction(touching: "state:KAZ"))
    }
}

// MARK: - 7. Coreference for leaders

@Suite("Pattern: leader coreference")
struct LeaderCoreferencePatternTests {
    @Test("\"his Chinese counterpart\" is the Chinese leader named earlier")
    func counterpartNamedEarlier() throws {
        let graph = try Extraction.graph("""
            Chinese President Wang Lei spoke at a forum in Shanghai on Monday. South Korean President \
            Park Min-jun met his Chinese counterpart on Tuesday.
            """)
        #expect(graph.has("leader:park-min-jun", .met, "leader:wang-lei"), "\(graph.summary)")
        #expect(Set(graph.nodes(.leader).map(\.id)) == ["leader:wang-lei", "leader:park-min-jun"])
    }

    @Test("\"his Chinese counterpart\" with no Chinese leader named is China")
    func counterpartUnnamed() throws {
        let graph = try Extraction.graph("Indian Prime Minister Ravi Kapoor urged his Chinese counterpart to ease trade curbs.")
        #expect(graph.has("leader:ravi-kapoor", .urged, "state:CHN"), "\(graph.summary)")
        #expect(graph.nodes(.leader).map(\.id) == ["leader:ravi-kapoor"])
        #expect(graph.dyads == [["CHN", "IND"]])
    }

    @Test("title-only \"the president\" is the single president named")
    func titleOnly() throws {
        let graph = try Extraction.graph(
            "Peruvian President Rosa Quispe arrived in Quito on Tuesday. The president urged Ecuador to reopen the border.")
        #expect(graph.has("leader:rosa-quispe", .urged, "state:ECU"), "\(graph.summary)")
        #expect(graph.nodes(.leader).map(\.id) == ["leader:rosa-quispe"])
        let edge = try #require(graph.edge(Edge(source: "leader:rosa-quispe", target: "state:ECU", relation: .urged).key))
        #expect(edge.evidence.contains { $0.sentence == "The president urged Ecuador to reopen the border." })
        let quispe = try #require(graph.node("leader:rosa-quispe"))
        #expect(quispe.evidence.contains { $0.sentence == "The president urged Ecuador to reopen the border." })
    }

    @Test("a surname later in the text is the leader named in full before")
    func surnameLater() throws {
        let graph = try Extraction.graph(
            "Portuguese Foreign Minister Ana Costa flew to Rabat on Monday. Costa said Morocco should open its ports.")
        #expect(graph.nodes(.leader).map(\.id) == ["leader:ana-costa"], "\(graph.summary)")
        #expect(graph.has("leader:ana-costa", .urged, "state:MAR"))
        let costa = try #require(graph.node("leader:ana-costa"))
        #expect(costa.state == "state:PRT")
        #expect(costa.evidence.contains { $0.sentence == "Costa said Morocco should open its ports." })
        #expect(!graph.stateCodes.contains("CRI"))
    }
}

// MARK: - 8. Agreements

@Suite("Pattern: agreements")
struct AgreementPatternTests {
    @Test("\"the deal\" / \"the accord\" refer back to the named agreement: one node", arguments: [
        ("Serbia and Hungary signed the Danube Energy Agreement on Monday. Austria welcomed the deal.",
         "Danube Energy Agreement", ["SRB", "HUN"], "state:AUT", Relation.welcomed),
        ("Peru and Chile signed the Pacific Fisheries Accord. Bolivia criticised the accord.",
         "Pacific Fisheries Accord", ["PER", "CHL"], "state:BOL", .criticized),
    ])
    func backReference(_ text: String, _ label: String, _ signers: [String], _ other: NodeID, _ relation: Relation) throws {
        let graph = try Extraction.graph(text)
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label == label)
        for code in signers { #expect(graph.has("state:\(code)", .signed, agreement.id), "\(graph.summary)") }
        #expect(graph.has(other, relation, agreement.id), "\(graph.summary)")
        #expect(!graph.has(other, .signed, agreement.id))
    }

    @Test("a refusal of \"the treaty\" refers back to the treaty named before")
    func refusalBackReference() throws {
        let graph = try Extraction.graph("Austria and Slovenia drafted a border treaty. Hungary refused to sign the treaty.")
        let treaty = try graph.onlyAgreement()
        #expect(graph.has("state:HUN", .rejected, treaty.id), "\(graph.summary)")
        #expect(!graph.has("state:HUN", .signed, treaty.id))
    }

    @Test("one agreement \"on X, Y and Z\" is one node with those topics")
    func topicListOfOneAgreement() throws {
        let graph = try Extraction.graph("Kenya and Ethiopia signed an agreement on trade, energy and water.")
        let agreement = try graph.onlyAgreement()
        #expect(Set(agreement.topics) == ["trade", "energy", "water"])
        #expect(graph.parties(of: agreement.id) == ["KEN", "ETH"])
    }

    @Test("plural agreements \"on X, Y and Z\" are one agreement per topic, each with both parties")
    func topicListOfSeveral() throws {
        let graph = try Extraction.graph("Kenya and Ethiopia signed agreements on trade, energy and water.")
        let agreements = graph.nodes(.agreement)
        #expect(agreements.count == 3, "\(graph.summary)")
        #expect(Set(agreements.flatMap(\.topics)) == ["trade", "energy", "water"])
        for agreement in agreements {
            #expect(graph.parties(of: agreement.id) == ["KEN", "ETH"], "\(agreement.id)")
        }
    }

    @Test("\"the treaty between X and Y\": X and Y are its parties")
    func partiesFromBetween() throws {
        let graph = try Extraction.graph("The border treaty between Kenya and Ethiopia took effect on Friday.")
        let treaty = try graph.onlyAgreement()
        #expect(treaty.label.contains("border treaty"))
        #expect(graph.parties(of: treaty.id) == ["KEN", "ETH"], "\(graph.summary)")
    }

    @Test("\"an agreement between X and Y on Z\" in a passive sentence is an agreement with its parties")
    func partiesFromBetweenPassive() throws {
        let graph = try Extraction.graph("An agreement between Kenya and Ethiopia on water sharing was signed on Friday.")
        let agreement = try graph.onlyAgreement()
        #expect(agreement.label.contains("water") || agreement.topics.contains { $0.contains("water") })
        #expect(graph.parties(of: agreement.id) == ["KEN", "ETH"], "\(graph.summary)")
        #expect(graph.dyads == [["ETH", "KEN"]])
    }

    @Test("an agreed action is an agreement with both states as parties")
    func agreedActionStates() throws {
        let graph = try Extraction.graph("Kazakhstan and Uzbekistan agreed to open a rail link.")
        let link = try graph.onlyAgreement()
        #expect(link.label.contains("rail link"), "\(graph.summary)")
        #expect(graph.parties(of: link.id) == ["KAZ", "UZB"])
        #expect(graph.dyads == [["KAZ", "UZB"]])
    }

    @Test("an agreed action by two leaders has both leaders' states as parties")
    func agreedActionLeaders() throws {
        let graph = try Extraction.graph(
            "Polish President Jan Nowak and Czech Prime Minister Petr Dvorak agreed to build a gas pipeline.")
        let pipeline = try graph.onlyAgreement()
        #expect(pipeline.label.contains("gas pipeline"), "\(graph.summary)")
        #expect(graph.parties(of: pipeline.id) == ["POL", "CZE"])
        #expect(graph.dyads == [["CZE", "POL"]])
    }
}

// MARK: - 9. Precision

@Suite("Pattern: precision")
struct PrecisionPatternTests {
    @Test("co-occurrence gives no edge", arguments: [
        "Norway and Sweden both reported record exports.",
        "Kenya and Tanzania are both popular with tourists.",
    ])
    func coOccurrence(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateCodes.count == 2, "\(graph.summary)")
        #expect(graph.edges.isEmpty, "\(graph.summary)")
    }

    @Test("the capital where two leaders meet is a state but no party to the meeting")
    func venueCapital() throws {
        let graph = try Extraction.graph(
            "Armenian President Aram Petrosyan met Azerbaijani President Elnur Guliyev in Bern.")
        #expect(graph.stateCodes == ["ARM", "AZE", "CHE"], "\(graph.summary)")
        #expect(graph.has("leader:aram-petrosyan", .met, "leader:elnur-guliyev"))
        #expect(!graph.hasInteraction(touching: "state:CHE"))
        #expect(graph.dyads == [["ARM", "AZE"]])
    }

    @Test("a non-capital city where two leaders meet is not a state at all")
    func venueCity() throws {
        let graph = try Extraction.graph(
            "Armenian President Aram Petrosyan met Azerbaijani President Elnur Guliyev in Geneva.")
        #expect(graph.stateCodes == ["ARM", "AZE"], "\(graph.summary)")
        #expect(graph.dyads == [["ARM", "AZE"]])
    }

    @Test("the state where an accord is signed is no party to it")
    func venueIsNoParty() throws {
        let graph = try Extraction.graph("Armenia and Azerbaijan signed a peace accord in Bern.")
        let accord = try graph.onlyAgreement()
        #expect(graph.parties(of: accord.id) == ["ARM", "AZE"], "\(graph.summary)")
        #expect(graph.stateCodes.contains("CHE"))
        #expect(!graph.hasInteraction(touching: "state:CHE"))
    }

    @Test("the Kyoto Protocol is an agreement and not Japan")
    func kyotoProtocol() throws {
        let graph = try Extraction.graph("Australia withdrew from the Kyoto Protocol in 2005.")
        #expect(graph.stateCodes == ["AUS"], "\(graph.summary)")
        #expect(graph.nodes(.agreement).map(\.label) == ["Kyoto Protocol"])
    }

    @Test("the Washington Post is a newspaper, not the US")
    func washingtonPost() throws {
        let graph = try Extraction.graph("The Washington Post reported that Cuba had freed two prisoners.")
        #expect(graph.stateCodes == ["CUB"], "\(graph.summary)")
        #expect(graph.edges.isEmpty)
    }

    @Test("\"Washington warned X\" is the US government acting")
    func washingtonActs() throws {
        let graph = try Extraction.graph("Washington warned Venezuela against seizing the tankers.")
        #expect(graph.has("state:USA", .warned, "state:VEN"), "\(graph.summary)")
        #expect(graph.dyads == [["USA", "VEN"]])
    }

    @Test("an unnamed spokesman speaks for his state but is no leader")
    func spokesman() throws {
        let graph = try Extraction.graph("A Chinese foreign ministry spokesman criticised Japan on Tuesday.")
        #expect(graph.has("state:CHN", .criticized, "state:JPN"), "\(graph.summary)")
        #expect(graph.dyads == [["CHN", "JPN"]])
        #expect(graph.nodes(.leader).isEmpty)
    }

    @Test("a former office-holder is no leader and does not act for the state", arguments: [
        "Former Peruvian President Jorge Salas urged Chile to return the land.",
        "Jorge Salas, a former Peruvian president, urged Chile to return the land.",
    ])
    func former(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.nodes(.leader).isEmpty, "\(graph.summary)")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("a party or opposition leader is no leader of the state", arguments: [
        "Labour leader Tom Hadley criticised France.",
        "Conservative Party leader Sarah Pike criticised France.",
    ])
    func partyLeader(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.nodes(.leader).isEmpty, "\(graph.summary)")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("an opposition leader named with a demonym does not act for the state")
    func oppositionLeader() throws {
        let graph = try Extraction.graph("British opposition leader Sarah Pike criticised France.")
        #expect(graph.nodes(.leader).isEmpty, "\(graph.summary)")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("ambiguous state names (Turkey, Niger, Chad) acting in a clause are states", arguments: [
        ("Turkey criticised Greece.", "TUR", "GRC"),
        ("Greece met Turkey on Monday.", "GRC", "TUR"),
        ("Niger criticised Mali.", "NER", "MLI"),
        ("Chad accused Sudan of arming the rebels.", "TCD", "SDN"),
    ])
    func ambiguousActors(_ text: String, _ a: String, _ b: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateCodes == [a, b], "\(graph.summary)")
        #expect(graph.dyads == [[a, b].sorted()], "\(graph.summary)")
    }
}

// MARK: - 10. Negation

@Suite("Pattern: negation")
struct NegationPatternTests {
    @Test("\"X did not meet Y\" gives no met edge", arguments: [
        "Greece did not meet Italy on Monday.",
        "Greek Prime Minister Nikos Vlachos did not meet Turkish President Emre Demir in Ankara.",
    ])
    func didNotMeet(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(!graph.edges.contains { $0.relation == .met }, "\(graph.summary)")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("negation stops at \"but\": the second verb still holds")
    func negationScope() throws {
        let graph = try Extraction.graph("Greece did not meet Italy but criticised Malta.")
        #expect(!graph.has("state:GRC", .met, "state:ITA"), "\(graph.summary)")
        #expect(graph.has("state:GRC", .criticized, "state:MLT"), "\(graph.summary)")
    }

    @Test("\"X refused to sign the treaty\" gives X rejected the treaty, never signed")
    func refusedToSign() throws {
        let graph = try Extraction.graph("Hungary refused to sign the Alpine Water Treaty.")
        let treaty = try graph.onlyAgreement()
        #expect(treaty.label == "Alpine Water Treaty")
        #expect(graph.has("state:HUN", .rejected, treaty.id), "\(graph.summary)")
        #expect(!graph.has("state:HUN", .signed, treaty.id))
        #expect(!graph.edges.contains { $0.relation == .partyTo })
    }
}
