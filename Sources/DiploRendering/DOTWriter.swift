import DiploGraph

/// Writes a graph as DOT text. (Placeholder signature; the real writer replaces this body.)
public struct DOTWriter: Sendable {
    public init() {}
    public func write(_ graph: Graph) -> String { "digraph \"diplograph\" {\n}\n" }
}
