import DiploGraph

/// How ``DOTWriter`` draws a graph: fonts, a shape and colours per node kind, a colour per kind
/// of relation, and how much evidence the tooltips quote.
///
/// Colours are Graphviz colour strings (`"#rrggbb"` or a colour name). The defaults
/// (``Style/default``) are:
///
/// | Kind           | Shape       | Fill      | Border    |
/// |----------------|-------------|-----------|-----------|
/// | leader         | `ellipse`   | `#fff2cc` | `#b58900` |
/// | state          | `box`       | `#dae8fc` | `#2f5597` |
/// | agreement      | `note`      | `#e2f0d9` | `#548235` |
/// | organization   | `hexagon`   | `#ede2f6` | `#7030a0` |
///
/// Edges: `leads` and `party_to` (structural) are dashed grey `#8c8c8c`, conflictual relations
/// (criticized, rejected, threatened, accused, sanctioned, attacked, opposed, warned, coerced)
/// red `#c00000`, every other interaction dark grey `#404040`. Symmetric relations are drawn
/// without arrowheads. In a diff graph, added nodes and edges are green `#2e7d32`, removed ones
/// red `#c62828` and dashed, changed ones orange `#e67e00`.
///
/// Fonts: `Helvetica`, 11 pt node labels, 9 pt edge labels, 14 pt title; node labels wrap at
/// 24 characters. Pen width: 1 for one sentence, half a point more per doubling, at most 4.
/// Tooltips quote 3 sentences of up to 200 characters.
///
/// A style file (``Style/load(from:)``) is a JSON object that overrides any subset of these;
/// see ``Style/load(from:)`` for the format.
public struct Style: Hashable, Sendable {
    /// How nodes of one kind are drawn.
    public struct NodeStyle: Hashable, Sendable, Codable {
        /// The Graphviz shape (`ellipse`, `box`, `note`, `hexagon`, …).
        public var shape: String
        /// The fill colour.
        public var fillColor: String
        /// The border colour.
        public var color: String
        /// The colour of the label text.
        public var fontColor: String

        /// Creates a node style.
        public init(shape: String, fillColor: String, color: String, fontColor: String = "#1a1a1a") {
            self.shape = shape
            self.fillColor = fillColor
            self.color = color
            self.fontColor = fontColor
        }
    }

    /// How edges of one class of relation are drawn.
    public struct EdgeStyle: Hashable, Sendable, Codable {
        /// The line and arrowhead colour.
        public var color: String
        /// The colour of the edge label.
        public var fontColor: String
        /// The Graphviz line style (`solid`, `dashed`, `dotted`).
        public var lineStyle: String

        /// Creates an edge style.
        public init(color: String, fontColor: String? = nil, lineStyle: String = "solid") {
            self.color = color
            self.fontColor = fontColor ?? color
            self.lineStyle = lineStyle
        }
    }

    /// The font of every label. Resolved by fontconfig at render time (DejaVu Sans or
    /// Liberation Sans stand in for Helvetica on Debian).
    public var fontName: String
    /// The font size of node labels, in points.
    public var nodeFontSize: Int
    /// The font size of edge labels, in points.
    public var edgeFontSize: Int
    /// The font size of the graph title, in points.
    public var titleFontSize: Int
    /// Node labels longer than this many characters are wrapped at word boundaries; 0 never
    /// wraps.
    public var wrapWidth: Int

    /// Leaders: people who hold or act for an office.
    public var leader: NodeStyle
    /// States.
    public var state: NodeStyle
    /// Agreements.
    public var agreement: NodeStyle
    /// International organisations.
    public var organization: NodeStyle

    /// `leads` and `party_to`: relations that state a fact rather than an act.
    public var structuralEdge: EdgeStyle
    /// Interactions that are not conflictual.
    public var interactionEdge: EdgeStyle
    /// Conflictual interactions (criticized, rejected, threatened, …).
    public var conflictEdge: EdgeStyle

    /// In a diff graph: the colour of added nodes and edges.
    public var addedColor: String
    /// In a diff graph: the colour of removed nodes and edges (drawn dashed).
    public var removedColor: String
    /// In a diff graph: the colour of edges whose weight changed (labelled "met (2→5)").
    public var changedColor: String

    /// The pen width of an edge supported by one piece of evidence.
    public var minimumPenWidth: Double
    /// The largest pen width; each doubling of the evidence count adds half a point up to this.
    public var maximumPenWidth: Double

    /// How many pieces of evidence a tooltip quotes at most.
    public var tooltipEvidenceLimit: Int
    /// How many characters of a sentence a tooltip quotes before cutting it with "…".
    public var tooltipSentenceLength: Int

    /// Creates a style; every parameter defaults to the value of ``Style/default``.
    public init(
        fontName: String = "Helvetica",
        nodeFontSize: Int = 11,
        edgeFontSize: Int = 9,
        titleFontSize: Int = 14,
        wrapWidth: Int = 24,
        leader: NodeStyle = NodeStyle(shape: "ellipse", fillColor: "#fff2cc", color: "#b58900"),
        state: NodeStyle = NodeStyle(shape: "box", fillColor: "#dae8fc", color: "#2f5597"),
        agreement: NodeStyle = NodeStyle(shape: "note", fillColor: "#e2f0d9", color: "#548235"),
        organization: NodeStyle = NodeStyle(shape: "hexagon", fillColor: "#ede2f6", color: "#7030a0"),
        structuralEdge: EdgeStyle = EdgeStyle(color: "#8c8c8c", lineStyle: "dashed"),
        interactionEdge: EdgeStyle = EdgeStyle(color: "#404040"),
        conflictEdge: EdgeStyle = EdgeStyle(color: "#c00000"),
        addedColor: String = "#2e7d32",
        removedColor: String = "#c62828",
        changedColor: String = "#e67e00",
        minimumPenWidth: Double = 1,
        maximumPenWidth: Double = 4,
        tooltipEvidenceLimit: Int = 3,
        tooltipSentenceLength: Int = 200
    ) {
        self.fontName = fontName
        self.nodeFontSize = nodeFontSize
        self.edgeFontSize = edgeFontSize
        self.titleFontSize = titleFontSize
        self.wrapWidth = wrapWidth
        self.leader = leader
        self.state = state
        self.agreement = agreement
        self.organization = organization
        self.structuralEdge = structuralEdge
        self.interactionEdge = interactionEdge
        self.conflictEdge = conflictEdge
        self.addedColor = addedColor
        self.removedColor = removedColor
        self.changedColor = changedColor
        self.minimumPenWidth = minimumPenWidth
        self.maximumPenWidth = maximumPenWidth
        self.tooltipEvidenceLimit = tooltipEvidenceLimit
        self.tooltipSentenceLength = tooltipSentenceLength
    }

    /// The default style (see the table above).
    public static let `default` = Style()

    /// The style of nodes of `kind`.
    public func nodeStyle(for kind: NodeKind) -> NodeStyle {
        switch kind {
        case .leader: return leader
        case .state: return state
        case .agreement: return agreement
        case .organization: return organization
        }
    }

    /// The style of edges carrying `relation`.
    public func edgeStyle(for relation: Relation) -> EdgeStyle {
        edgeStyle(for: EdgeClass(relation))
    }

    /// The style of edges of one class.
    func edgeStyle(for edgeClass: EdgeClass) -> EdgeStyle {
        switch edgeClass {
        case .structural: return structuralEdge
        case .interaction: return interactionEdge
        case .conflict: return conflictEdge
        }
    }

    /// The three classes of relation that are drawn differently, in legend order.
    enum EdgeClass: CaseIterable, Comparable {
        /// `leads` and `party_to`.
        case structural
        /// Every other relation that is not conflictual.
        case interaction
        /// Conflictual relations.
        case conflict

        init(_ relation: Relation) {
            switch relation {
            case .leads, .partyTo:
                self = .structural
            case .criticized, .rejected, .threatened, .accused, .sanctioned, .attacked, .opposed, .warned, .coerced:
                self = .conflict
            default:
                self = .interaction
            }
        }

        /// The words the legend shows.
        var legendText: String {
            switch self {
            case .structural: return "leads, party to"
            case .interaction: return "interaction"
            case .conflict: return "conflict"
            }
        }
    }

    /// The pen width of an edge supported by `count` pieces of evidence: the minimum, plus half a
    /// point per doubling, bounded by the maximum.
    public func penWidth(forCount count: Int) -> Double {
        let doublings = count <= 1 ? 0 : (Int.bitWidth - 1 - count.leadingZeroBitCount)
        return min(maximumPenWidth, minimumPenWidth + 0.5 * Double(doublings))
    }
}
