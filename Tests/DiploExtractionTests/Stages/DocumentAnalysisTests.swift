import Testing
@testable import DiploExtraction

/// The document-level pass alone: recognition in every sentence, then what only the whole
/// document decides (ambiguous states, who a surname is, each leader's state, the main state).
@Suite("Stages: DocumentAnalysis")
struct DocumentAnalysisTests {
    /// The analysis of `text`, undated, with the built-in gazetteer and knowledge base.
    static func analyse(_ text: String) -> DocumentAnalysis {
        DocumentAnalysis(sentences: Segmenter.sentences(of: text), gazetteer: .shared,
                         known: KnownPeople(base: .shared, date: nil))
    }

    @Test("every sentence is analysed, in order, with its states")
    func sentencesInOrder() {
        let analysis = Self.analyse("Chile met Peru on Monday. Kenya stayed away. Nothing else happened.")
        #expect(analysis.sentences.count == 3)
        #expect(analysis.sentences.map { $0.states.map(\.code) } == [["CHL", "PER"], ["KEN"], []])
    }

    @Test("a surname in a later sentence is the person named in full before, with their state")
    func surnameAcrossSentences() throws {
        let analysis = Self.analyse("""
            Chilean President Orla Quennell met Peruvian President Tavin Roske in Lima. \
            Quennell said the talks had gone well.
            """)
        let first = analysis.sentences[0].leaders
        #expect(first.map(\.mention.name) == ["Orla Quennell", "Tavin Roske"])
        let later = try #require(analysis.sentences[1].leaders.first, "the bare surname is a leader mention")
        #expect(later.mention.name == "Quennell")
        #expect(later.entity == first[0].entity)
        #expect(analysis.resolver.entities[first[0].entity].state == "CHL")
        #expect(analysis.resolver.entities[first[1].entity].state == "PER")
    }

    @Test("a state the document names without ambiguity decides an ambiguous form elsewhere")
    func confirmedStates() {
        let alone = Self.analyse("Jordan said little afterwards.")
        #expect(alone.sentences[0].states.isEmpty)
        let confirmed = Self.analyse("Ministers gathered in Amman on Monday. Jordan said little afterwards.")
        #expect(confirmed.sentences[1].states.map(\.code) == ["JOR"])
    }

    @Test("the main state is the one named most")
    func mainState() {
        #expect(Self.analyse("Kenya met Chile. Kenya urged Peru. Peru thanked Kenya.").mainState == "KEN")
        #expect(Self.analyse("The committee met on Monday.").mainState == nil)
    }

    @Test("people named with an office they no longer hold are not leaders")
    func inactivePeople() {
        let analysis = Self.analyse("Former Chilean president Orla Quennell wrote a memoir.")
        #expect(analysis.sentences[0].leaders.isEmpty)
        #expect(!analysis.sentences[0].inactive.isEmpty)
        #expect(analysis.resolver.entities.isEmpty)
    }

    @Test("agreements are found in each sentence, in token order")
    func agreements() {
        let analysis = Self.analyse("Chile and Peru signed the Treaty of Valdora and agreed to open a rail link.")
        let agreements = analysis.sentences[0].agreements
        #expect(agreements.count == 2, "\(agreements.map(\.label))")
        #expect(agreements.map(\.tokens.lowerBound) == agreements.map(\.tokens.lowerBound).sorted())
    }
}
