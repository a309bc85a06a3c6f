import DiploGraph
import Testing
@testable import DiploExtraction

// Who acts when a state only qualifies a group ("a delegation of Kenyan diplomats", "police in
// Ghana"), whose a possessive pronoun is, mediators, and the classes of deed added with them.
// Every sentence is written for these tests.

@Suite("Relations: a group of a state's people acts for the state")
struct GroupActorTests {
    @Test("a collective of a state's people is the state", arguments: [
        ("A delegation of Kenyan diplomats held talks with Uganda's foreign minister.", "state:KEN", Relation.met, "state:UGA"),
        ("A convoy of Ethiopian troops arrived in Sudan on Tuesday.", "state:ETH", .visited, "state:SDN"),
        ("Hundreds of Malian soldiers shelled Nigerien border posts overnight.", "state:MLI", .attacked, "state:NER"),
    ])
    func collective(_ text: String, _ source: NodeID, _ relation: Relation, _ target: NodeID) throws {
        try Extraction.expectEdge(text, source, relation, target)
    }

    @Test("a state's agents where they are act for it", arguments: [
        ("Police in Ghana arrested two Togolese nationals on Friday.", "state:GHA", Relation.coerced, "state:TGO"),
        ("Security forces in Chad have tortured dozens of Sudanese refugees.", "state:TCD", .attacked, "state:SDN"),
    ])
    func agents(_ text: String, _ source: NodeID, _ relation: Relation, _ target: NodeID) throws {
        try Extraction.expectEdge(text, source, relation, target)
    }

    @Test("a state after \"of\" or \"in\" with no group before it is still governed", arguments: [
        "The president of Kenya's party met voters in Uganda.",
        "Elections in Ghana were praised by observers.",
    ])
    func governed(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("people of a nation named \"ethnic\" are not its state")
    func ethnic() throws {
        let graph = try Extraction.graph("Ethnic Albanians demonstrated against Serbia on Tuesday.")
        #expect(!graph.nodes.contains { $0.id == "state:ALB" }, "\(graph.summary)")
        #expect(graph.dyads.isEmpty)
    }

    @Test("forces a state leads are the state's")
    func led() throws {
        let graph = try Extraction.graph("Kenyan-led forces shelled Somali positions near the coast.")
        #expect(graph.has("state:KEN", .attacked, "state:SOM"), "\(graph.summary)")
        let other = try Extraction.graph("Kenyan-made rifles were found near the coast of Somalia.")
        #expect(!other.nodes.contains { $0.id == "state:KEN" }, "only -led makes the state: \(other.summary)")
    }
}

@Suite("Relations: whose a possessive pronoun is")
struct PossessivePronounTests {
    @Test("\"their\" after two coordinated states is both")
    func their() throws {
        let graph = try Extraction.graph("Chile and Peru have restored their diplomatic ties after a decade.")
        #expect(graph.dyads.contains(["CHL", "PER"]), "\(graph.summary)")
    }

    @Test("with no subject, \"its\" is the nearest state that is no place")
    func itsWithoutSubject() throws {
        let graph = try Extraction.graph("There is anger in Ghana over any trade with Togo while its peace talks with Benin drag on.")
        #expect(graph.has("state:TGO", .negotiated, "state:BEN") || graph.has("state:BEN", .negotiated, "state:TGO"), "\(graph.summary)")
        #expect(!graph.dyads.contains(["BEN", "GHA"]), "Ghana is where the anger is: \(graph.summary)")
    }
}

@Suite("Relations: mediators, protests, sharing and more deeds")
struct MoreDeedTests {
    @Test("a mediator acts with each side, and the sides are no pair by it")
    func mediator() throws {
        let graph = try Extraction.graph("Oman launched a mediation effort between Yemen and Saudi Arabia.")
        #expect(graph.has("state:OMN", .negotiated, "state:YEM"), "\(graph.summary)")
        #expect(graph.has("state:OMN", .negotiated, "state:SAU"))
        #expect(!graph.dyads.contains(["SAU", "YEM"]))
    }

    @Test("deeds named by verbs and nouns", arguments: [
        ("Estonia shared intelligence with Finland about the smuggling network.", "state:EST", Relation.cooperatesWith, "state:FIN"),
        ("Norway has granted political asylum to 12 Eritrean dissidents.", "state:NOR", .aided, "state:ERI"),
        ("Malawi announced a suspension of flights with Zambia on Monday.", "state:MWI", .sanctioned, "state:ZMB"),
        ("Chad closed its eastern border with Sudan after the clashes.", "state:TCD", .sanctioned, "state:SDN"),
        ("Chilean soldiers beat up Peruvian fishermen near the port, witnesses said.", "state:CHL", .attacked, "state:PER"),
        ("Thousands of Burmese workers staged demonstrations against Chinese mining firms.", "state:MMR", .criticized, "state:CHN"),
        ("Thailand launched an invasion of Cambodia on Monday.", "state:THA", .attacked, "state:KHM"),
    ])
    func deed(_ text: String, _ source: NodeID, _ relation: Relation, _ target: NodeID) throws {
        try Extraction.expectEdge(text, source, relation, target)
    }

    @Test("a complaint over another's deed is against its owner too", arguments: [
        ("Chad complained to the African Union on Monday over two Sudanese air raids.", "state:TCD", "state:SDN"),
        ("China complained about US arms sales to Taiwan.", "state:CHN", "state:USA"),
        ("Ghana protested to Togo about the Beninese blockade.", "state:GHA", "state:BEN"),
    ])
    func complaint(_ text: String, _ source: NodeID, _ target: NodeID) throws {
        try Extraction.expectEdge(text, source, .criticized, target)
    }

    @Test("the second place of a list is a place too")
    func placeList() throws {
        let graph = try Extraction.graph("Ghana praised the elections held in Togo and Benin.")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("a border named as a place is no party")
    func borderPlace() throws {
        let graph = try Extraction.graph("Mongolia held talks in the Chinese border town of Erlian on Friday.")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }
}

@Suite("Relations: armed attacks, attributions, organs of a state")
struct ArmedAndAttributedTests {
    @Test("armed forces attack with arms; a state attacks in words")
    func armedAttack() throws {
        try Extraction.expectEdge("Kampuchean forces attacked Thailand.", "state:KHM", .attacked, "state:THA")
        try Extraction.expectEdge("Peru attacked Chile over its fishing policy.", "state:PER", .criticized, "state:CHL")
    }

    @Test("the source of a report after a comma is no object")
    func attribution() throws {
        let graph = try Extraction.graph("Burmese troops captured a rebel camp after five days of fighting, Thai police here said on Monday.")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("an ambiguous demonym before an organ of the state is the state", arguments: [
        ("The Macedonian army shelled Albanian villages.", "state:MKD", "state:ALB"),
        ("Serb forces shelled towns in Montenegro.", "state:SRB", "state:MNE"),
    ])
    func organ(_ text: String, _ source: NodeID, _ target: NodeID) throws {
        try Extraction.expectEdge(text, source, .attacked, target)
    }

    @Test("a demonym after a state's adjective is a people, not a second state", arguments: [
        "Bosnian Serbs rejected the plan.",
        "Turkish Cypriots protested on Monday.",
    ])
    func people(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateCodes.count == 1, "\(graph.summary)")
    }

    @Test("the source of a report placed somewhere is no object either")
    func placedAttribution() throws {
        let graph = try Extraction.graph("Rebels shelled Juba on Monday, killing 20 people, relief officials in Nairobi said.")
        #expect(!graph.stateCodes.isEmpty, "\(graph.summary)")
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }

    @Test("a number opening a sentence is no first name")
    func numberFirst() throws {
        let graph = try Extraction.graph("Three US soldiers were wounded by Iraqi gunmen.")
        #expect(graph.has("state:IRQ", .attacked, "state:USA"), "\(graph.summary)")
    }

    @Test("a former name of a state is the state")
    func formerName() throws {
        let graph = try Extraction.graph("Kampuchea and Laos signed a border treaty.")
        #expect(graph.stateCodes.isSuperset(of: ["KHM", "LAO"]), "\(graph.summary)")
    }
}

@Suite("Relations: judgements and expectations")
struct JudgementTests {
    @Test("calling another's act by a judging word criticises or praises it", arguments: [
        ("Peru called Chile's fishing quota unjustified.", "state:PER", Relation.criticized, "state:CHL"),
        ("Ghana described the Togolese proposal as constructive.", "state:GHA", .praised, "state:TGO"),
        ("Norway branded Iran's missile test a provocation.", "state:NOR", .criticized, "state:IRN"),
    ])
    func judged(_ text: String, _ source: NodeID, _ relation: Relation, _ target: NodeID) throws {
        try Extraction.expectEdge(text, source, relation, target)
    }

    @Test("no judging word, or a negated one, is no judgement", arguments: [
        "Peru called Chile on Monday.",
        "Peru did not call Chile's claim illegal.",
    ])
    func notJudged(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(!graph.edges.contains { $0.relation == .criticized || $0.relation == .praised }, "\(graph.summary)")
    }

    @Test("expecting another to act is an appeal to it; being expected to is not")
    func expectation() throws {
        try Extraction.expectEdge("Kenya expects Uganda to reopen the border crossing.", "state:KEN", .urged, "state:UGA")
        let graph = try Extraction.graph("Kenya is expected to meet Uganda.")
        #expect(!graph.edges.contains { $0.relation == .urged }, "\(graph.summary)")
    }
}
