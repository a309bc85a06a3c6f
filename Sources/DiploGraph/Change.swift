/// How a node or an edge differs between two graphs, as marked by ``Graph/diff(old:new:)``.
///
/// Graphs read from documents carry no marker (`change` is `nil`); only a diff graph has them.
public enum Change: String, Codable, Sendable, CaseIterable {
    /// Only in the new graph.
    case added
    /// Only in the old graph.
    case removed
    /// In both, with a different weight (an edge's evidence count; see ``Edge/previousCount``).
    case changed

    /// The marker of one entity merged from two marked ones: the same marker if they agree, the
    /// one that is there if only one is, `changed` if they disagree. Order-independent.
    static func combined(_ a: Change?, _ b: Change?) -> Change? {
        switch (a, b) {
        case let (a?, b?): return a == b ? a : .changed
        case let (a?, nil): return a
        case let (nil, b?): return b
        default: return nil
        }
    }
}
