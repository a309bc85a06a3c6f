import DiploGraph

/// Turns documents into relationship graphs.
///
/// The pipeline, one way: cleaned text → sentences and tokens (`Segmenter`) → mentions of
/// states, organisations, leaders and agreements (the recognisers) → resolved entities
/// (`DocumentAnalysis`: "Korea", surnames, titles, each leader's state) → relations
/// (`RelationFinder`) → `Graph`, every node and edge with the sentence it came from.
public struct Extractor: Sendable {
    private let gazetteer: Gazetteer
    /// Who people are, with dates (``ActorKnowledgeBase``).
    private let actors: ActorKnowledgeBase
    /// Documents with more cleaned text than this are analysed a window at a time
    /// (``windowSize`` unless a test asks for less).
    let windowBytes: Int
    /// How many evidence records each node and edge keeps (the first of each); `nil` keeps all.
    /// The counts stay exact either way.
    public let evidenceLimit: Int?

    /// The evidence limit of the command line when none is given: more than any one news
    /// article needs, small enough that a corpus's graph holds a sample of sentences per node
    /// and edge, not the corpus.
    public static let defaultEvidenceLimit = 50

    /// Creates an extractor that reads states from `gazetteer` and people from `actors`.
    ///
    /// - Parameters:
    ///   - gazetteer: States and their names.
    ///   - actors: Political actors with their dated affiliations (the built-in knowledge base,
    ///     or one with a user's overlay).
    ///   - evidenceLimit: How many evidence records to keep per node and per edge; `nil` keeps all.
    public init(gazetteer: Gazetteer = .shared, actors: ActorKnowledgeBase = .shared, evidenceLimit: Int? = nil) {
        self.init(gazetteer: gazetteer, actors: actors, evidenceLimit: evidenceLimit, windowBytes: Self.windowSize)
    }

    /// An extractor with windows of `windowBytes` bytes (tests use small ones).
    init(gazetteer: Gazetteer = .shared, actors: ActorKnowledgeBase = .shared, evidenceLimit: Int? = nil, windowBytes: Int) {
        self.gazetteer = gazetteer
        self.actors = actors
        self.evidenceLimit = evidenceLimit
        self.windowBytes = max(1, windowBytes)
    }

    /// Documents longer than this many bytes of cleaned text are analysed a window at a time.
    public static let windowSize = 1 << 20

    /// The graph of one document.
    ///
    /// A document of more than ``windowSize`` bytes (a dump, not an article) is cut into windows
    /// of about that size at paragraph or sentence ends (see `TextWindows`); each window is
    /// analysed on its own, so memory stays bounded, and the graphs are merged. Names and "the
    /// president" are then resolved within a window, not across the whole document.
    public func extract(_ document: Document) -> Graph {
        var accumulator = GraphAccumulator(evidenceLimit: evidenceLimit)
        extract(document, into: &accumulator)
        return accumulator.graph()
    }

    /// Adds the graph of `document` to `accumulator`: the same as adding ``extract(_:)``'s
    /// graph, without building it. Corpus runs use it, one accumulator per worker.
    public func extract(_ document: Document, into accumulator: inout GraphAccumulator) {
        let windows = TextWindows.ranges(of: document.text, size: windowBytes)
        guard windows.count > 1 else {
            add(Segmenter.sentences(of: document.text), of: document, to: &accumulator)
            return
        }
        let utf8 = document.text.utf8
        for window in windows {
            let lower = utf8.index(utf8.startIndex, offsetBy: window.lowerBound)
            let upper = utf8.index(lower, offsetBy: window.count)
            let text = String(decoding: utf8[lower..<upper], as: UTF8.self)
            add(Segmenter.sentences(of: text, base: window.lowerBound), of: document, to: &accumulator)
        }
    }

    /// Adds the graph of `sentences`, read from `document`, to `accumulator`.
    ///
    /// The builder collects into an accumulator of its own that keeps every record: one
    /// sentence can give the same record more than once, and only a full set tells a repeat
    /// from a new record exactly. What it holds is then added to `accumulator` (whose limit
    /// applies) as records that are all distinct.
    private func add(_ sentences: [Sentence], of document: Document, to accumulator: inout GraphAccumulator) {
        let known = KnownPeople(base: actors, date: document.date)
        let analysis = DocumentAnalysis(sentences: sentences, gazetteer: gazetteer, known: known)
        var builder = GraphBuilder(document: document, analysis: analysis, gazetteer: gazetteer)
        accumulator.add(builder.build())
    }

    /// The merged graph of several documents.
    public func extract(_ documents: [Document]) -> Graph {
        var accumulator = GraphAccumulator(evidenceLimit: evidenceLimit)
        for document in documents { extract(document, into: &accumulator) }
        return accumulator.graph()
    }
}
