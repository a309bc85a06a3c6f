import DiploGraph
import DiploRendering

extension GraphSource {
    /// The graph of what changed from `old` to `new` (`diplograph diff`): each side is read as
    /// ``graph(from:evidenceLimit:policy:)`` reads it, with its own window of days when one is
    /// given, and `options` learn the sides' names for the default title.
    ///
    /// - Parameters:
    ///   - old: The earlier graph: a graph JSON file, a document, a directory or `-`.
    ///   - new: The later one.
    ///   - oldWindow: The days of `old`'s documents to compare, if a window is given.
    ///   - newWindow: The days of `new`'s documents to compare, if a window is given.
    ///   - policy: How documents are taken on both sides.
    ///   - options: Told the sides' names (`DrawingSubject.diff`).
    /// - Throws: The first error reading either side.
    public static func diff(
        old: String, new: String, oldWindow: DateWindow?, newWindow: DateWindow?, policy: DocumentPolicy,
        options: inout RenderOptions
    ) throws -> Graph {
        var oldPolicy = policy, newPolicy = policy
        if let oldWindow { oldPolicy.window = oldWindow }
        if let newWindow { newPolicy.window = newWindow }
        let before = try graph(from: [old], policy: oldPolicy)
        let after = try graph(from: [new], policy: newPolicy)
        options.subject.diff = DrawingSubject.DiffSides(
            old: DiffSide.name(of: old, window: oldWindow, graph: before),
            new: DiffSide.name(of: new, window: newWindow, graph: after))
        return Graph.diff(old: before, new: after)
    }
}
