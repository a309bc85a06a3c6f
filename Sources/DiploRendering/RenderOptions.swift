import DiploGraph

/// Everything that decides how a graph is drawn, besides the graph itself.
///
/// Used by ``DOTWriter/init(graphName:options:)`` to write the DOT and by
/// ``GraphWriter/write(_:as:options:)`` to lay it out. The defaults give the standard
/// diagram: the engine chosen by the drawing's size, no clusters, Graphviz's own rank direction,
/// a legend, a title naming the documents, ``Style/default``, an overview of a large graph.
public struct RenderOptions: Sendable, Equatable {
    /// The Graphviz layout engine; `nil` chooses it by the size of what is drawn
    /// (``layoutEngine(for:)``): `dot` for a small diagram, `sfdp` for an overview. The DOT
    /// carries graph attributes tuned for the engine (overlap removal, spline routing,
    /// separation), so write the DOT for the engine that lays it out.
    public var engine: LayoutEngine?
    /// Whether each leader is drawn inside a cluster (`subgraph "cluster_state:KOR"`) with the
    /// state it serves. Only states with at least one leader get a cluster. `dot` and `fdp` draw
    /// clusters; `neato`, `sfdp`, `circo` and `twopi` ignore them.
    public var clusterByState: Bool
    /// The direction of the ranks (`rankdir`), for the `dot` engine; `nil` leaves Graphviz's
    /// default (top to bottom) and writes no attribute.
    public var rankdir: RankDirection?
    /// Whether a legend is drawn under the title: the node kinds present (in their colours), the
    /// classes of relation present (in their line colours), and the diff colours when the graph
    /// is a diff. Part of the graph's label, so it adds no nodes or edges to the SVG.
    public var legend: Bool
    /// The title above the graph. `nil` derives it from the graph and ``subject`` (see
    /// ``DefaultTitle``: the one document's headline, "12 articles, 3 Sep – 28 Nov 2026",
    /// "Around Lee Jae Myung (1 hop)" …); `""` draws no title.
    public var title: String?
    /// What the drawing shows besides its graph (a focus, a diff's sides), for the default
    /// title; by default nothing more.
    public var subject = DrawingSubject()
    /// Shapes, colours, fonts and sizes.
    public var style: Style
    /// The most edges a laid-out diagram draws (SVG, PNG, PDF and the report's diagram): the
    /// heaviest, with the nodes they join (see ``drawn(_:)``). `nil` draws every edge. DOT and
    /// the data formats always hold the whole graph, and so do the report's tables.
    public var maxEdges: Int?
    /// The most nodes a laid-out diagram draws: those of the heaviest edges first, then (when
    /// every edge is drawn) the nodes without edges, heaviest first (see ``drawn(_:)``). `nil`
    /// draws every node. Graphviz lays out tens of thousands of nodes without edges for minutes.
    public var maxNodes: Int?
    /// Whether edges are drawn as straight lines (`splines=line`) instead of curves routed
    /// around the nodes (`splines=true`, the default). Graphviz 2.42's curve router can crash
    /// on dense graphs laid out by `neato`, `fdp` or `circo`; straight lines take no routing,
    /// so the command line draws again with them when a drawing crashed.
    public var straightEdges: Bool = false
    /// Graphviz attributes set by the user for the graph, every node or every edge (`dot`'s
    /// `-G`, `-N` and `-E`), checked when they were made (``GraphvizAttribute``). Each overrides
    /// the style and the engine's attributes of the same name; of two with the same target and
    /// name, the later wins. `splines` gives way to ``straightEdges``.
    public var attributes: [GraphvizAttribute] = []
    /// The resolution of PNG output in dots per inch (Graphviz's `dpi`); `nil` keeps Graphviz's
    /// 96. Only PNG (and the DOT, for `dot -Tpng`) gets it: Graphviz 2.43 draws an SVG with a
    /// `dpi` outside its view box. Within ``dpiRange``, checked before anything is drawn.
    public var dpi: Int?
    /// How many entities a laid-out diagram draws at most (`--top`): ``EntityLimit/automatic``
    /// draws an overview of the ``defaultTop`` best connected when more than
    /// ``overviewThreshold`` entities have a relation, and everything otherwise. See
    /// ``drawing(of:)``.
    public var top: EntityLimit = .automatic
    /// Whether a laid-out drawing is kept between 1:2 and 2:1 (``aspectLimits``): when Graphviz's
    /// layout is wider or taller, it is laid out again with Graphviz's `ratio` at the nearer
    /// limit. A `ratio` the user gives (`-G ratio=…`) takes its place.
    public var keepsAspect: Bool = true

    /// The height-to-width ratios a default drawing keeps to (``keepsAspect``): from 1:2 (twice
    /// as wide as tall) to 2:1. A report page, a slide and a screen all hold those.
    public static let aspectLimits = 0.5...2.0

    /// More entities with a relation than this make the default drawing an overview
    /// (``EntityLimit/automatic``): a page holds about forty labelled entities before their
    /// labels crowd.
    public static let overviewThreshold = 40

    /// The entities an overview draws by default: the best connected sixty.
    public static let defaultTop = 60

    /// The resolutions ``dpi`` may have: print needs 300 to 600. Cairo draws a PNG in memory, 4
    /// bytes a pixel, up to 32,767 pixels a side: the samples' graph at 600 dpi is 31,523 ×
    /// 5,732 pixels and takes 740 MB; at 1,200 dpi a square drawing could take 4 GB.
    public static let dpiRange = 10...600

    /// Creates options; every parameter defaults to the standard diagram.
    ///
    /// - Parameters:
    ///   - engine: The layout engine (`nil`: chosen by the drawing's size).
    ///   - clusterByState: Draw leaders inside their state's cluster (`false`).
    ///   - rankdir: The rank direction for `dot` (`nil`: Graphviz's default).
    ///   - legend: Draw a legend (`true`).
    ///   - title: The title (`nil`: derived from the graph, see ``DefaultTitle``; `""`: none).
    ///   - style: The style (``Style/default``).
    ///   - maxEdges: The most edges a laid-out diagram draws (`nil`: all of them).
    ///   - maxNodes: The most nodes a laid-out diagram draws (`nil`: all of them).
    public init(
        engine: LayoutEngine? = nil, clusterByState: Bool = false, rankdir: RankDirection? = nil,
        legend: Bool = true, title: String? = nil, style: Style = .default, maxEdges: Int? = nil,
        maxNodes: Int? = nil
    ) {
        self.engine = engine
        self.clusterByState = clusterByState
        self.rankdir = rankdir
        self.legend = legend
        self.title = title
        self.style = style
        self.maxEdges = maxEdges
        self.maxNodes = maxNodes
    }

    /// The attributes for `target`, one per name (the last given), in the order their names
    /// were first given.
    func attributes(for target: GraphvizAttribute.Target) -> [GraphvizAttribute] {
        var kept: [GraphvizAttribute] = []
        for attribute in attributes where attribute.target == target {
            if let index = kept.firstIndex(where: { $0.name == attribute.name }) {
                kept[index] = attribute
            } else {
                kept.append(attribute)
            }
        }
        return kept
    }

    /// The engine that lays out `drawing`: ``engine`` when one is set, else `sfdp` for an
    /// overview (force-directed placement spreads a large graph over a page, where `dot`'s
    /// ranks make a strip many pages wide) and `dot` for the rest.
    public func layoutEngine(for drawing: Drawing) -> LayoutEngine {
        engine ?? (drawing.isOverview ? .sfdp : .dot)
    }

    /// The engine for the DOT of the whole of `graph` (the `dot` format): ``engine`` when one is
    /// set, else the one its default drawing would be laid out with, by the number of entities
    /// in relations.
    public func layoutEngine(forWhole graph: Graph) -> LayoutEngine {
        if let engine { return engine }
        var connected = Set<NodeID>()
        for edge in graph.edges {
            for end in [edge.source, edge.target] where graph.node(end) != nil { connected.insert(end) }
            if connected.count > Self.overviewThreshold { return .sfdp }
        }
        return .dot
    }

    /// ``aspectLimits`` when the drawing keeps to them: ``keepsAspect`` is set and no `-G
    /// ratio=…` was given.
    var aspectLimitsKept: ClosedRange<Double>? {
        keepsAspect && !attributes(for: .graph).contains { $0.name == "ratio" } ? Self.aspectLimits : nil
    }

    /// The options for drawing `format`: without ``dpi`` unless `format` is PNG or DOT.
    func adjusted(for format: OutputFormat) -> RenderOptions {
        guard dpi != nil, format != .png, format != .dot else { return self }
        var adjusted = self
        adjusted.dpi = nil
        return adjusted
    }
}
