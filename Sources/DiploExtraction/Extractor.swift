import DiploGraph

/// Turns documents into relationship graphs.
///
/// The pipeline, one way: cleaned text → sentences and tokens (`Segmenter`) → mentions of
/// states, organisations, leaders and agreements (the recognisers) → resolved entities
/// (`DocumentAnalysis`: "Korea", surnames, titles, each leader's state) → relations
/// (`RelationFinder`) → `Graph`, every node and edge with the sentence it came from.
public struct Extractor: Sendable {
    private let gazetteer: Gazetteer
    private let officeHolders: OfficeHolderIndex

    /// Creates an extractor that reads states and office holders from `gazetteer`.
    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
        self.officeHolders = OfficeHolderIndex(gazetteer.officeHolders)
    }

    /// The graph of one document.
    public func extract(_ document: Document) -> Graph {
        let analysis = DocumentAnalysis(
            sentences: Segmenter.sentences(of: document.text), gazetteer: gazetteer, officeHolders: officeHolders)
        var builder = GraphBuilder(document: document, analysis: analysis, gazetteer: gazetteer)
        return builder.build()
    }

    /// The merged graph of several documents.
    public func extract(_ documents: [Document]) -> Graph {
        Graph.merged(documents.map(extract))
    }
}
