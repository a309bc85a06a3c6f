import DiploGraph
import Foundation
import Testing
@testable import DiploExtraction

/// Every sentence below is invented for these tests: real state names, made-up people.
enum Extraction {
    static func document(_ text: String, name: String = "test.txt", format: DocumentFormat = .plainText) throws -> Document {
        try DocumentReader.read(data: Data(text.utf8), name: name, format: format)
    }

    static func graph(_ text: String, name: String = "test.txt", format: DocumentFormat = .plainText) throws -> Graph {
        Extractor().extract(try document(text, name: name, format: format))
    }

    /// Expects the graph of `text` to hold `source relation target`.
    static func expectEdge(_ text: String, _ source: NodeID, _ relation: Relation, _ target: NodeID,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let graph = try graph(text)
        #expect(graph.has(source, relation, target), "\(graph.summary)", sourceLocation: sourceLocation)
    }
}

extension Graph {
    /// The codes of the state nodes.
    var stateCodes: Set<String> { Set(nodes.filter { $0.kind == .state }.compactMap(\.code?.rawValue)) }

    /// The nodes of one kind.
    func nodes(_ kind: NodeKind) -> [Node] { nodes.filter { $0.kind == kind } }

    /// Whether the graph holds `source relation target` (either order for a symmetric relation).
    func has(_ source: NodeID, _ relation: Relation, _ target: NodeID) -> Bool {
        edge(Edge(source: source, target: target, relation: relation).key) != nil
    }

    /// The state an actor node stands for: its code, or a leader's state.
    func stateOf(_ id: NodeID) -> String? {
        guard let node = node(id) else { return nil }
        switch node.kind {
        case .state: return node.code?.rawValue
        case .leader: return node.state.flatMap { self.node($0)?.code?.rawValue }
        default: return nil
        }
    }

    /// The unordered pairs of different states related by an interaction, as the scorer counts them.
    var dyads: Set<[String]> {
        var out: Set<[String]> = []
        for edge in edges where edge.relation != .leads {
            guard let s = node(edge.source), let t = node(edge.target), s.kind.isActor, t.kind.isActor,
                  let a = stateOf(edge.source), let b = stateOf(edge.target), a != b else { continue }
            out.insert([a, b].sorted())
        }
        return out
    }

    /// The states tied to an agreement by any edge (as the scorer reads parties).
    func parties(of agreement: NodeID) -> Set<String> {
        Set(edges(touching: agreement).compactMap { stateOf($0.source == agreement ? $0.target : $0.source) })
    }

    /// A compact listing for failure messages.
    var summary: String {
        (nodes.map { "\($0.id)" } + edges.map { "\($0.source) \($0.relation.rawValue) \($0.target)" }).joined(separator: "; ")
    }
}

/// Failure messages show a graph as its node identifiers and edges, not its whole evidence.
extension Graph: CustomTestStringConvertible {
    public var testDescription: String { "[\(summary)]" }
}

// MARK: - States and organisations

@Suite("Extraction: states and organisations")
struct StateExtractionTests {
    @Test("states are read from names, demonyms, capitals and seats of government", arguments: [
        ("The Kremlin said the talks were over.", "RUS"),
        ("Officials at the White House declined to comment.", "USA"),
        ("Downing Street confirmed the call.", "GBR"),
        ("Chilean diplomats arrived on Monday.", "CHL"),
        ("Ankara summoned the envoy.", "TUR"),
        ("Pyongyang said the drills were a provocation.", "PRK"),
        ("Norway hosted the conference.", "NOR"),
        ("The delegation from the Republic of Korea arrived late.", "KOR"),
    ])
    func stateForms(_ text: String, _ code: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateCodes == [code], "\(graph.summary)")
        let node = try #require(graph.node("state:\(code)"))
        #expect(node.kind == .state)
        #expect(node.code?.rawValue == code)
        #expect(node.label == Gazetteer.shared.state(code: code)?.name)
        #expect(node.evidence.first?.rule?.hasPrefix("state:") == true)
    }

    @Test("organisations are organization nodes, never states")
    func organizations() throws {
        let graph = try Extraction.graph(
            "The EU and NATO urged Serbia to resume talks. Ministers later met at the APEC forum. The European Union welcomed the move.")
        let organizations = Set(graph.nodes(.organization).map(\.id))
        #expect(organizations == ["organization:eu", "organization:nato", "organization:apec"])
        #expect(graph.node("organization:eu")?.label == "European Union")
        #expect(graph.stateCodes == ["SRB"], "\(graph.summary)")
        #expect(graph.has("organization:eu", .urged, "state:SRB"))
        #expect(graph.has("organization:nato", .urged, "state:SRB"))
        // An organisation stands for no state: its edges make no state dyad.
        #expect(graph.dyads.isEmpty)
    }

    @Test("the Kyoto Protocol is an agreement; Kyoto alone is not Japan")
    func kyoto() throws {
        let graph = try Extraction.graph("Canada ratified the Kyoto Protocol in 2002. Delegates later gathered in Kyoto for a review.")
        #expect(!graph.stateCodes.contains("JPN"), "\(graph.summary)")
        #expect(graph.stateCodes == ["CAN"])
        let agreements = graph.nodes(.agreement)
        #expect(agreements.map(\.label) == ["Kyoto Protocol"])
        #expect(graph.has("state:CAN", .signed, "agreement:kyoto-protocol"))
    }

    @Test("Georgia and Jordan as people's names give no state", arguments: [
        "Georgia Whitfield, a reporter, wrote about the summit in Paris.",
        "Jordan Ellis said France was ready to help.",
        "The columnist Jordan Reyes praised France.",
    ])
    func ambiguousNames(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateCodes == ["FRA"], "\(graph.summary)")
    }

    @Test("Georgia and Jordan read as places are states")
    func ambiguousPlaces() throws {
        let graph = try Extraction.graph("Officials from Georgia and Jordan attended the conference in Paris.")
        #expect(graph.stateCodes == ["FRA", "GEO", "JOR"], "\(graph.summary)")
    }
}

// MARK: - Leaders

@Suite("Extraction: leaders")
struct LeaderExtractionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let pattern: String
        let text: String
        let id: NodeID
        let label: String
        let title: String
        let code: String
        var testDescription: String { pattern }
    }

    static let cases: [Case] = [
        Case(pattern: "Demonym Title Name", text: "Brazilian President Marco Tavares arrived on Monday.",
             id: "leader:marco-tavares", label: "Marco Tavares", title: "president", code: "BRA"),
        Case(pattern: "State's Title Name", text: "Kenya's Foreign Minister Grace Wanjiru spoke on Monday.",
             id: "leader:grace-wanjiru", label: "Grace Wanjiru", title: "foreign minister", code: "KEN"),
        Case(pattern: "Title Name (state from the document)", text: "Prime Minister Ole Brandt addressed parliament in Oslo on Monday.",
             id: "leader:ole-brandt", label: "Ole Brandt", title: "prime minister", code: "NOR"),
        Case(pattern: "Name, the Demonym title", text: "Helmut Sorensen, the Danish prime minister, spoke in Copenhagen.",
             id: "leader:helmut-sorensen", label: "Helmut Sorensen", title: "prime minister", code: "DNK"),
        Case(pattern: "Name, State's title", text: "Thabo Nkosi, South Africa's president, spoke on Monday.",
             id: "leader:thabo-nkosi", label: "Thabo Nkosi", title: "president", code: "ZAF"),
        Case(pattern: "the Title of State, Name", text: "The President of France, Pierre Lambert, spoke in Paris.",
             id: "leader:pierre-lambert", label: "Pierre Lambert", title: "president", code: "FRA"),
        Case(pattern: "Demonym leader Name", text: "North Korean leader Ri Song Chol inspected a factory.",
             id: "leader:ri-song-chol", label: "Ri Song Chol", title: "leader", code: "PRK"),
    ]

    @Test("leader patterns give a leader with title, state and a leads edge", arguments: cases)
    func patterns(_ c: Case) throws {
        let graph = try Extraction.graph(c.text)
        let leaders = graph.nodes(.leader)
        #expect(leaders.map(\.id) == [c.id], "\(graph.summary)")
        let leader = try #require(graph.node(c.id))
        #expect(leader.label == c.label)
        #expect(leader.title?.lowercased() == c.title)
        #expect(leader.state == "state:\(c.code)")
        #expect(graph.node("state:\(c.code)")?.kind == .state)
        #expect(graph.has(c.id, .leads, "state:\(c.code)"))
        #expect(graph.edges.filter { $0.relation == .leads }.count == 1)
        #expect(!leader.evidence.isEmpty)
    }

    @Test("two leaders of two states in one sentence each lead their own state")
    func twoLeaders() throws {
        let graph = try Extraction.graph("Brazilian President Marco Tavares met Argentine Foreign Minister Lucia Ferreyra in Brasilia.")
        #expect(graph.node("leader:marco-tavares")?.state == "state:BRA")
        #expect(graph.node("leader:lucia-ferreyra")?.state == "state:ARG")
        #expect(graph.has("leader:marco-tavares", .leads, "state:BRA"))
        #expect(graph.has("leader:lucia-ferreyra", .leads, "state:ARG"))
        #expect(graph.has("leader:marco-tavares", .met, "leader:lucia-ferreyra"))
        #expect(graph.dyads == [["ARG", "BRA"]])
    }

    @Test("a former office holder or an opposition leader is not a leader", arguments: [
        "Former prime minister Helmut Sorensen criticised Russia.",
        "Danish opposition leader Helmut Sorensen criticised Russia.",
    ])
    func notLeaders(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.nodes(.leader).isEmpty, "\(graph.summary)")
    }

    @Test("\"former\" before a demonym and title still disqualifies")
    func formerBeforeDemonym() throws {
        let graph = try Extraction.graph("Former Danish prime minister Helmut Sorensen criticised Russia.")
        #expect(graph.nodes(.leader).isEmpty)
        #expect(graph.dyads.isEmpty)
    }

    @Test("an honorific alone does not make a leader")
    func honorificAlone() throws {
        let graph = try Extraction.graph("Mr Novak urged Austria to act.")
        #expect(graph.nodes(.leader).isEmpty, "\(graph.summary)")
    }
}

// MARK: - Coreference

@Suite("Extraction: coreference")
struct CoreferenceTests {
    @Test("a full name and later the surname are one leader")
    func surname() throws {
        let text = "German Chancellor Klaus Hartmann met Austrian Chancellor Eva Lindner in Vienna. Hartmann said the talks were useful. Lindner thanked Germany."
        let graph = try Extraction.graph(text)
        #expect(Set(graph.nodes(.leader).map(\.id)) == ["leader:klaus-hartmann", "leader:eva-lindner"], "\(graph.summary)")
        let hartmann = try #require(graph.node("leader:klaus-hartmann"))
        #expect(hartmann.evidence.contains { $0.sentence == "Hartmann said the talks were useful." })
        #expect(graph.has("leader:eva-lindner", .praised, "state:DEU"))
    }

    @Test("Chinese and Korean names put the family name first: \"Wang\" is Wang Lei")
    func familyNameFirst() throws {
        let text = """
            Chinese President Wang Lei arrived in Seoul on Monday. South Korean President Park Min-jun \
            welcomed Wang at the airport. Wang said the visit would deepen trust. Park urged Wang to \
            restrain North Korea.
            """
        let graph = try Extraction.graph(text)
        #expect(Set(graph.nodes(.leader).map(\.id)) == ["leader:wang-lei", "leader:park-min-jun"], "\(graph.summary)")
        #expect(graph.node("leader:wang") == nil)
        #expect(graph.node("leader:park") == nil)
        #expect(graph.has("leader:park-min-jun", .welcomed, "leader:wang-lei"))
        #expect(graph.has("leader:park-min-jun", .urged, "leader:wang-lei"))
        #expect(!graph.has("leader:wang-lei", .urged, "leader:park-min-jun"))
        #expect(graph.has("leader:wang-lei", .visited, "state:KOR"))
        let wang = try #require(graph.node("leader:wang-lei"))
        #expect(wang.evidence.contains { $0.sentence == "Wang said the visit would deepen trust." })
    }

    @Test("a Western first name alone does not refer to the leader")
    func westernFirstName() throws {
        let graph = try Extraction.graph("German Chancellor Klaus Hartmann arrived in Vienna. Klaus urged Austria to cut tariffs.")
        #expect(!graph.has("leader:klaus-hartmann", .urged, "state:AUT"), "\(graph.summary)")
        #expect(graph.nodes(.leader).map(\.id) == ["leader:klaus-hartmann"])
    }

    @Test("\"Mr Surname\" refers to the known leader", arguments: ["Mr", "Mr."])
    func mister(_ honorific: String) throws {
        let graph = try Extraction.graph("German Chancellor Klaus Hartmann arrived in Vienna on Monday. \(honorific) Hartmann urged Austria to cut tariffs.")
        #expect(graph.nodes(.leader).map(\.id) == ["leader:klaus-hartmann"], "\(graph.summary)")
        #expect(graph.has("leader:klaus-hartmann", .urged, "state:AUT"))
        let hartmann = try #require(graph.node("leader:klaus-hartmann"))
        #expect(hartmann.evidence.count == 2)
    }
}

// MARK: - Agreements

@Suite("Extraction: agreements")
struct AgreementExtractionTests {
    @Test("a named treaty signed by two states has both as parties")
    func namedTreaty() throws {
        let graph = try Extraction.graph("Portugal and Morocco signed the Atlantic Fisheries Treaty.")
        let agreements = graph.nodes(.agreement)
        #expect(agreements.map(\.label) == ["Atlantic Fisheries Treaty"], "\(graph.summary)")
        let id = try #require(agreements.first?.id)
        #expect(graph.parties(of: id) == ["PRT", "MAR"])
        #expect(graph.has("state:PRT", .signed, id))
        #expect(graph.has("state:MAR", .signed, id))
        #expect(graph.dyads == [["MAR", "PRT"]])
    }

    @Test("a capital inside a treaty's name is not the object of \"signed\"")
    func treatyNamedAfterCapital() throws {
        let graph = try Extraction.graph("Portugal and Morocco signed the Treaty of Lisbon.")
        let id: NodeID = "agreement:treaty-of-lisbon"
        #expect(graph.node(id)?.label == "Treaty of Lisbon", "\(graph.summary)")
        #expect(graph.parties(of: id) == ["PRT", "MAR"])
        #expect(!graph.edges.contains { $0.relation == .signed && graph.node($0.target)?.kind == .state }, "\(graph.summary)")
        #expect(graph.dyads == [["MAR", "PRT"]])
    }

    @Test("a date after the agreement is not a topic")
    func dateIsNotATopic() throws {
        let graph = try Extraction.graph("Portugal and Morocco signed a fisheries treaty on Friday.")
        let agreements = graph.nodes(.agreement)
        #expect(agreements.count == 1)
        #expect(agreements.map(\.label) == ["fisheries treaty"], "\(graph.summary)")
        #expect(agreements.allSatisfy { $0.topics.isEmpty })
        for agreement in agreements {
            #expect(graph.parties(of: agreement.id) == ["PRT", "MAR"])
        }
    }

    @Test("a counted group with a topic list gives one agreement per topic, each with both parties")
    func countedTopics() throws {
        let graph = try Extraction.graph("Vietnam and Laos signed three agreements, including on trade, energy and tourism.")
        let agreements = graph.nodes(.agreement)
        #expect(agreements.count == 3, "\(graph.summary)")
        #expect(Set(agreements.flatMap(\.topics)) == ["trade", "energy", "tourism"])
        for agreement in agreements {
            #expect(agreement.topics.count == 1)
            #expect(agreement.label.contains(agreement.topics[0]))
            #expect(graph.parties(of: agreement.id) == ["VNM", "LAO"], "\(agreement.id)")
        }
        #expect(graph.dyads == [["LAO", "VNM"]])
    }

    @Test("an owner named by a possessive proposed the agreement")
    func owner() throws {
        let graph = try Extraction.graph("Mexico welcomed Canada's peace plan.")
        let agreements = graph.nodes(.agreement)
        #expect(agreements.map(\.label) == ["peace plan"], "\(graph.summary)")
        #expect(graph.has("state:CAN", .proposed, "agreement:peace-plan"))
        #expect(graph.has("state:MEX", .welcomed, "agreement:peace-plan"))
        #expect(!graph.has("state:MEX", .proposed, "agreement:peace-plan"))
    }

    @Test("an owned agreement followed by an irregular past-tense verb is still an agreement")
    func ownerBeforeIrregularVerb() throws {
        let graph = try Extraction.graph("Canada's peace plan won praise from aid groups.")
        #expect(graph.stateCodes == ["CAN"])
        #expect(graph.nodes(.agreement).map(\.label) == ["peace plan"])
        #expect(graph.has("state:CAN", .proposed, "agreement:peace-plan"))
    }

    @Test("a vague deal is not an agreement node", arguments: [
        "Peru said a deal was possible.",
        "Chile plans to deal with the crisis.",
    ])
    func vague(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.nodes(.agreement).isEmpty, "\(graph.summary)")
    }
}

// MARK: - Relations

@Suite("Extraction: relations")
struct RelationExtractionTests {
    @Test("direction is kept: A urged B gives A → B, not the reverse")
    func direction() throws {
        let forward = try Extraction.graph("Egypt urged Israel to halt the offensive.")
        #expect(forward.has("state:EGY", .urged, "state:ISR"), "\(forward.summary)")
        #expect(!forward.has("state:ISR", .urged, "state:EGY"))

        let backward = try Extraction.graph("Israel urged Egypt to reopen the crossing.")
        #expect(backward.has("state:ISR", .urged, "state:EGY"), "\(backward.summary)")
        #expect(!backward.has("state:EGY", .urged, "state:ISR"))
    }

    @Test("coordinated subjects relate to each other", arguments: [
        ("Finland and Estonia met on Tuesday.", Relation.met),
        ("Vietnam and Laos signed three agreements, including on trade, energy and tourism.", Relation.cooperatesWith),
    ])
    func coordination(_ text: String, _ relation: Relation) throws {
        let graph = try Extraction.graph(text)
        let states = graph.stateCodes.sorted()
        #expect(states.count == 2)
        #expect(graph.has("state:\(states[0])", relation, "state:\(states[1])"), "\(graph.summary)")
    }

    @Test("a venue after \"in\" is not a party to the meeting")
    func venue() throws {
        let graph = try Extraction.graph("Kenyan and Ugandan officials met in Beijing on Monday.")
        #expect(graph.dyads == [["KEN", "UGA"]], "\(graph.summary)")
    }

    @Test("a relative clause relates the person it describes")
    func relativeClause() throws {
        let graph = try Extraction.graph("Chilean President Ana Rojas, who visited Peru in May, criticised Bolivia.")
        #expect(graph.has("leader:ana-rojas", .visited, "state:PER"), "\(graph.summary)")
        #expect(graph.has("leader:ana-rojas", .criticized, "state:BOL"))
        #expect(!graph.has("state:PER", .criticized, "state:BOL"))
        #expect(graph.dyads == [["CHL", "PER"], ["BOL", "CHL"]])
    }

    @Test("a passive takes the agent after \"by\" as the source")
    func passive() throws {
        let graph = try Extraction.graph("Ecuador was criticised by Colombia on Monday.")
        #expect(graph.has("state:COL", .criticized, "state:ECU"), "\(graph.summary)")
        #expect(!graph.has("state:ECU", .criticized, "state:COL"))
    }

    @Test("nouns relate their actors", arguments: [
        ("Talks between Finland and Estonia resumed on Tuesday.", Relation.met, "EST", "FIN"),
        ("Poland's alliance with Lithuania was strengthened.", Relation.alliedWith, "LTU", "POL"),
        ("Spain's talks with Portugal ended early.", Relation.met, "ESP", "PRT"),
    ])
    func nominal(_ text: String, _ relation: Relation, _ a: String, _ b: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.has("state:\(a)", relation, "state:\(b)"), "\(graph.summary)")
        #expect(graph.dyads == [[a, b]])
    }

    @Test("a refusal gives rejected, not the refused act", arguments: [
        "Serbia refused to meet Kosovo.",
        "Serbia rejected talks with Kosovo.",
    ])
    func refusal(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(!graph.has("state:SRB", .met, "state:XKX"), "\(graph.summary)")
        #expect(graph.has("state:SRB", .rejected, "state:XKX"), "\(graph.summary)")
    }

    @Test("a refusal of an actor directly gives rejected")
    func directRefusal() throws {
        let graph = try Extraction.graph("Serbia rejected Kosovo.")
        #expect(graph.has("state:SRB", .rejected, "state:XKX"), "\(graph.summary)")
    }

    @Test("plain negation gives no edge", arguments: [
        "Serbia did not meet Kosovo.",
        "Serbia never met Kosovo.",
        "Serbia has not visited Kosovo.",
        "Serbia didn't visit Kosovo.",
        "Serbia DIDN'T visit Kosovo.",
        "Serbia won\u{2019}t visit Kosovo.",
    ])
    func negation(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateCodes == ["SRB", "XKX"])
        #expect(graph.edges.isEmpty, "\(graph.summary)")
    }

    @Test("co-occurrence alone gives no interaction", arguments: [
        "Chile and Peru both reported growth.",
        "Chile and Peru are large copper producers.",
        "In Chile, prices rose, while in Peru they fell.",
    ])
    func coOccurrence(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateCodes == ["CHL", "PER"])
        #expect(graph.dyads.isEmpty, "\(graph.summary)")
    }
}

// MARK: - Determinism and evidence

@Suite("Extraction: determinism and evidence")
struct ExtractionEvidenceTests {
    static let storyText = """
        Leaders Meet In Hanoi

        Chinese President Wang Lei   arrived in Hanoi on Monday
        for talks with Vietnamese President Tran Van Minh. Tran welcomed Wang and urged China
        to respect the fishing zones.

        Leave a Comment

        Vietnam and China signed three agreements, including on trade, energy and tourism.
        Wang said the two countries would deepen their partnership.

        The EU welcomed the accords. Canada’s peace plan was not discussed.

        Vietnam and China signed three agreements, including on trade, energy and tourism.

        Scroll to Top
        """

    static let markdownStory = """
        # Talks in Lima

        Peruvian President Rosa Quispe met Chilean President Ana Rojas in Lima.

        - Quispe urged Chile to open its ports.
        - Rojas, who visited Bolivia in May, criticised Ecuador.

        Peru and Chile signed a water treaty.
        """

    @Test("the same input gives identical JSON bytes")
    func deterministic() throws {
        let document = try Extraction.document(Self.storyText, name: "hanoi.txt")
        let first = try Extractor().extract(document).jsonData()
        for _ in 0..<3 {
            #expect(try Extractor().extract(document).jsonData() == first)
            #expect(try Extractor().extract(try Extraction.document(Self.storyText, name: "hanoi.txt")).jsonData() == first)
        }
    }

    @Test("extracting several documents is merging their graphs, in any order")
    func severalDocuments() throws {
        let a = try Extraction.document(Self.storyText, name: "a.txt")
        let b = try Extraction.document(Self.markdownStory, name: "b.md", format: .markdown)
        let together = Extractor().extract([a, b])
        #expect(together == Graph.merged([Extractor().extract(a), Extractor().extract(b)]))
        #expect(try together.jsonData() == Extractor().extract([b, a]).jsonData())
        #expect(together.documents == ["a.txt", "b.md"])
    }

    @Test("the story's graph holds what it says")
    func story() throws {
        let graph = try Extraction.graph(Self.storyText, name: "hanoi.txt")
        #expect(Set(graph.nodes(.leader).map(\.id)) == ["leader:wang-lei", "leader:tran-van-minh"], "\(graph.summary)")
        #expect(graph.node("leader:tran-van-minh")?.state == "state:VNM")
        #expect(graph.has("leader:tran-van-minh", .welcomed, "leader:wang-lei"))
        #expect(graph.has("leader:tran-van-minh", .urged, "state:CHN"))
        #expect(graph.has("leader:wang-lei", .visited, "state:VNM"))
        #expect(graph.nodes(.agreement).filter { !$0.topics.isEmpty }.count == 3)
        #expect(graph.node("organization:eu")?.kind == .organization)
        #expect(graph.stateCodes == ["CAN", "CHN", "VNM"])
        #expect(graph.documents == ["hanoi.txt"])
    }

    @Test("every node and edge has evidence that cuts the sentence out of the file's bytes, a byte order mark or not",
          arguments: [(storyText, DocumentFormat.plainText, "hanoi.txt"), (markdownStory, .markdown, "lima.md")], [false, true])
    func evidence(_ story: (text: String, format: DocumentFormat, name: String), byteOrderMark: Bool) throws {
        let (text, format, name) = story
        // The file's bytes: the offsets count the byte order mark (3 bytes) when there is one.
        let original = (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        let document = try DocumentReader.read(data: Data(original), name: name, format: format)
        let graph = Extractor().extract(document)
        #expect(graph.nodeCount > 5 && graph.edgeCount > 5, "\(graph.summary)")
        func check(_ evidence: [Evidence], _ what: String) {
            #expect(!evidence.isEmpty, "\(what) has no evidence")
            for piece in evidence {
                #expect(piece.document == name)
                #expect(piece.rule != nil, "\(what): evidence without rule")
                guard piece.start >= 0, piece.start < piece.end, piece.end <= original.count else {
                    Issue.record("\(what): bad range \(piece.start)..<\(piece.end)")
                    continue
                }
                let cut = String(decoding: original[piece.start..<piece.end], as: UTF8.self)
                #expect(ReadingSupport.folded(cut) == piece.sentence, "\(what): cut \(cut.debugDescription)")
                #expect(text.contains(piece.sentence) || ReadingSupport.folded(text).contains(piece.sentence))
            }
        }
        for node in graph.nodes { check(node.evidence, node.id.description) }
        for edge in graph.edges { check(edge.evidence, "\(edge.source) \(edge.relation.rawValue) \(edge.target)") }
    }

    @Test("the graph meets its own JSON contract")
    func contract() throws {
        let graph = try Extraction.graph(Self.storyText)
        try graph.validate()
        #expect(try Graph.fromJSON(graph.jsonData()) == graph)
    }
}
