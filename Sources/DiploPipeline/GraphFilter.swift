import DiploGraph
import DiploRendering

/// What cuts a graph down before it is written: the level (people or states), node kinds, a
/// minimum edge weight, and the neighbourhood of one entity (`--level`, `--kinds`,
/// `--min-weight`, `--focus`, `--hops`).
public struct GraphFilter: Sendable, Equatable {
    /// Who acts: leaders, or states (each leader folded into the state it leads); `nil` is
    /// leaders.
    public var level: GraphLevel?
    /// The kinds of node kept; `nil` keeps every kind.
    public var kinds: Set<NodeKind>?
    /// The fewest sentences an edge kept must have; `nil` keeps every edge.
    public var minWeight: Int?
    /// The entity whose neighbourhood is kept: an id, a name or an alias.
    public var focus: String?
    /// How many edges away from ``focus`` to go; `nil` is 1.
    public var hops: Int?

    /// A filter; with every value `nil` it keeps the whole graph.
    public init(level: GraphLevel? = nil, kinds: Set<NodeKind>? = nil, minWeight: Int? = nil, focus: String? = nil, hops: Int? = nil) {
        self.level = level
        self.kinds = kinds
        self.minWeight = minWeight
        self.focus = focus
        self.hops = hops
    }

    /// Whether any filter was asked for.
    public var isActive: Bool { (level ?? .leader) != .leader || kinds != nil || minWeight != nil || focus != nil }

    /// `graph` cut down: first the level, then the kinds and the minimum weight, then the
    /// neighbourhood of the focus within what is left. With a focus, `options` learn it
    /// (`DrawingSubject.focus`), so that the default title says "Around X (1 hop)".
    ///
    /// - Throws: ``PipelineError`` when no node matches ``focus``, when several do, or when
    ///   the one that does is of a kind ``kinds`` leaves out.
    public func apply(to graph: Graph, options: inout RenderOptions) throws -> Graph {
        guard isActive else { return graph }
        var result = graph.at(level: level ?? .leader)
        if kinds != nil || minWeight != nil {
            result = result.filtered(kinds: kinds, minWeight: minWeight ?? 1)
        }
        if let focus {
            let centers = result.nodes(matching: focus)
            if centers.count > 1 { throw PipelineError.ambiguousFocus(focus, centers) }
            guard let center = centers.first else {
                if let hidden = graph.node(matching: focus) {
                    throw PipelineError(
                        "--focus '\(focus)' is \(hidden.label) (\(hidden.id)), a node --kinds leaves out")
                }
                throw PipelineError.unknownFocus(focus)
            }
            result = result.neighbourhood(of: center.id, hops: hops ?? 1)
            options.subject.focus = DrawingSubject.Focus(label: center.label, hops: hops ?? 1)
        }
        return result
    }
}
