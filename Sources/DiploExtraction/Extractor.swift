import DiploGraph

/// Turns documents into a relationship graph. (Placeholder signature.)
public struct Extractor: Sendable {
    public init() {}
    public func extract(_ document: Document) -> Graph { Graph(documents: [document.name]) }
}
