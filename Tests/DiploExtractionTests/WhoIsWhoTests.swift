import DiploGraph
import Testing
@testable import DiploExtraction

/// Who is who: the actor knowledge base decides who a name is and which state they served at
/// the document's date, after what the text itself says and before any guess from nearby
/// states. The people are invented (an overlay of the built-in knowledge base) unless a test
/// says otherwise; every sentence is written for these tests.
@Suite("Who is who: the actor knowledge base")
struct WhoIsWhoTests {
    /// Invented people with dated offices.
    static let overlay = """
    # name\taliases\taffiliations
    Ana Ruiz\tRuiz|Ana Maria Ruiz\tPER:government:2018-07-28:2024-07-28
    Jorge Ruiz Vidal\t\tCHL:government:1990-03-11:1994-03-11
    Kim Min Ho\t\tKOR:government:2019-01-01:
    Kim Soo Ah\t\tKOR:government:2019-01-01:
    Tomas Berg\tBerg\tNOR:government:2012-01-01:2016-01-01
    Lars Holm\t\tNOR:government:1961-01-01:1965-01-01
    Pia Holm\t\tDNK:government:2012-01-01:2017-01-01
    Pia Holm\t\tSWE:government:1980-01-01:1984-01-01
    Erik Lund\t\tNOR:government:2013-01-01:2015-01-01
    Maria Lund\t\tFIN:government:2013-01-01:2015-01-01
    Olav Lund\t\tGRL:government:2013-01-01:2015-01-01
    """

    static func extractor() throws -> Extractor {
        Extractor(actors: try ActorKnowledgeBase(overlay: overlay, source: "test-actors.tsv"))
    }

    static func graph(_ text: String, date: String? = nil) throws -> Graph {
        var document = try Extraction.document(text)
        if let date { document = document.dated(Day(iso: date)) }
        return try extractor().extract(document)
    }

    static func leaderIDs(_ graph: Graph) -> [NodeID] { graph.nodes(.leader).map(\.id).sorted() }

    @Test("a known person's state comes from the knowledge base, not from the states around them")
    func knowledgeBeatsNearbyStates() throws {
        let graph = try Self.graph("Prime Minister Ana Ruiz arrived for talks. Pakistan welcomed the visit warmly.")
        #expect(graph.stateOf("leader:ana-ruiz") == "PER", "\(graph.summary)")
    }

    @Test("the text's own qualifier beats the knowledge base")
    func qualifierFirst() throws {
        let graph = try Self.graph("Chilean President Ana Ruiz spoke in Lima.")
        #expect(graph.stateOf("leader:ana-ruiz") == "CHL", "\(graph.summary)")
    }

    @Test("a known person needs no title, in office at the document's date only")
    func untitledAtDate() throws {
        let text = "Ana Ruiz said the border would stay open. Bolivia protested."
        #expect(try Self.graph(text, date: "2020-05-01").stateOf("leader:ana-ruiz") == "PER")
        let later = try Self.graph(text, date: "2025-05-01")
        #expect(Self.leaderIDs(later).isEmpty, "out of office by then: \(later.summary)")
    }

    @Test("a surname alone, and a possessive, name a known person at a date")
    func surnameAndPossessive() throws {
        let graph = try Self.graph("Ruiz's visit to Bolivia went well, officials said.", date: "2021-02-02")
        #expect(Self.leaderIDs(graph) == ["leader:ana-ruiz"], "\(graph.summary)")
        #expect(graph.stateOf("leader:ana-ruiz") == "PER")
    }

    @Test("one word names a known person only when no other name of the text ends with it")
    func oneWordAndOtherNames() throws {
        #expect(Self.leaderIDs(try Self.graph("Ruiz's visit to Bolivia went well, officials said.")) == ["leader:ana-ruiz"])
        let other = try Self.graph("The banker Pedro Ruiz flew to Bolivia. Mr Ruiz's visit went well, officials said.")
        #expect(!Self.leaderIDs(other).contains("leader:ana-ruiz"), "\(other.summary)")
    }

    @Test("a known person named in an organisation's role acts for the organisation", arguments: [
        "U.N. mediator Ana Ruiz met Bolivian officials.",
        "UN special envoy Ana Ruiz met Bolivian officials.",
        "Ana Ruiz, the United Nations relief coordinator, met Bolivian officials.",
        "Ana Ruiz of the World Bank met Bolivian officials.",
    ])
    func organisationRole(_ text: String) throws {
        let graph = try Self.graph(text, date: "2020-01-01")
        #expect(!Self.leaderIDs(graph).contains("leader:ana-ruiz"), "\(graph.summary)")
        #expect(!graph.stateCodes.contains("PER"))
    }

    @Test("every form of a known name is one node with the knowledge base's identifier")
    func oneNodePerPerson() throws {
        let text = """
        President Ana Maria Ruiz met Bolivian officials. Ruiz urged Bolivia to act. \
        Later Ana Ruiz flew home. Mrs Ruiz said she was pleased.
        """
        let graph = try Self.graph(text, date: "2022-01-10")
        #expect(Self.leaderIDs(graph) == ["leader:ana-ruiz"], "\(graph.summary)")
        let node = try #require(graph.node("leader:ana-ruiz"))
        #expect(node.label == "Ana Maria Ruiz", "the label is the document's fullest name")
    }

    @Test("two people who share a family name stay apart")
    func sharedFamilyName() throws {
        let text = "Kim Min Ho met Japanese officials. Kim Soo Ah met Chinese officials the same day."
        let graph = try Self.graph(text, date: "2023-03-03")
        #expect(Self.leaderIDs(graph) == ["leader:kim-min-ho", "leader:kim-soo-ah"], "\(graph.summary)")
    }

    @Test("the date chooses between two people of one name")
    func dateChoosesThePerson() throws {
        let text = "Pia Holm welcomed the agreement."
        #expect(try Self.graph(text, date: "2014-06-01").stateOf("leader:pia-holm") == "DNK")
        #expect(try Self.graph(text, date: "1982-06-01").stateOf("leader:pia-holm") == "SWE")
        // Undated, two people of different states: no state from the knowledge base.
        let undated = try Self.graph("President Pia Holm welcomed the agreement.")
        #expect(undated.edges.first { $0.relation == .leads }?.evidence.first?.rule != "leads:knowledge-base", "\(undated.summary)")
    }

    @Test("an undated text is dated by its titled leaders: a leader of another decade named in passing is none")
    func eraFromTitledLeaders() throws {
        let text = "Prime Minister Tomas Berg met Danish officials. Lars Holm once said the same, Berg recalled."
        let graph = try Self.graph(text)
        #expect(Self.leaderIDs(graph) == ["leader:tomas-berg"], "\(graph.summary)")
        // With nobody titled to date it, the name alone counts (an office held at any time).
        let alone = try Self.graph("Lars Holm said the treaty mattered to Sweden.")
        #expect(Self.leaderIDs(alone) == ["leader:lars-holm"], "\(alone.summary)")
    }

    @Test("a title and a family name: the one person of that name in office then")
    func familyName() throws {
        // Dated by Tomas Berg's years, one Lund of a state the text names.
        let text = "Prime Minister Tomas Berg met President Lund. Norway and Denmark signed a pact."
        let graph = try Self.graph(text)
        #expect(graph.node("leader:erik-lund") != nil, "\(graph.summary)")
        #expect(graph.stateOf("leader:erik-lund") == "NOR")
        // No state named for either state's Lund: no guess between them (Greenland's is no state's).
        let open = try Self.graph("Prime Minister Tomas Berg met President Lund in Geneva.")
        #expect(open.node("leader:erik-lund") == nil && open.node("leader:maria-lund") == nil, "\(open.summary)")
    }

    @Test("the built-in knowledge base knows well-known office-holders and their names")
    func builtIn() throws {
        // Real people, sentences written here.
        let text = """
        Talks with Prime Minister Tony Blair ended in Islamabad on Monday. Pakistan's officials were pleased.
        """
        #expect(try Extraction.graph(text).stateOf("leader:tony-blair") == "GBR")
        let trump = """
        President Donald J. Trump spoke to reporters. Trump said China had to act. \
        Later Donald Trump left for Seoul.
        """
        let graph = Extractor().extract(try Extraction.document(trump).dated(Day(iso: "2025-06-01")))
        #expect(Self.leaderIDs(graph) == ["leader:donald-trump"], "\(graph.summary)")
        #expect(graph.stateOf("leader:donald-trump") == "USA")
    }
}

@Suite("Who is who: officers of international organisations")
struct OrganisationOfficerTests {
    @Test("the head of an organisation named by its short form serves no state", arguments: [
        "EU Commission president Ana Ruiz said the rebate must end, speaking in London.",
        "European Commission President Ana Ruiz said the rebate must end, speaking in London.",
    ])
    func organisationHead(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(!graph.edges.contains { $0.relation == .leads }, "\(graph.summary)")
    }
}
