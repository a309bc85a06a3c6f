/// What a drawing shows besides its graph, for its default title (``DefaultTitle``): the
/// neighbourhood of one entity, or the changes between two sides of a diff. Set by whoever cut
/// the graph down or made the diff (the command line sets it for `--focus` and `diff`).
public struct DrawingSubject: Sendable, Equatable {
    /// The entity a drawing is centred on and how far around it it goes (`--focus`, `--hops`).
    public struct Focus: Sendable, Equatable {
        /// The entity's label, as drawn.
        public var label: String
        /// How many edges away from it the drawing goes.
        public var hops: Int

        /// The neighbourhood of `label`, `hops` edges deep.
        public init(label: String, hops: Int) {
            self.label = label
            self.hops = hops
        }
    }

    /// The short names of the two sides of a diff, such as a headline, a graph file's name or
    /// a window of dates.
    public struct DiffSides: Sendable, Equatable {
        /// The earlier side and the later side.
        public var old, new: String

        /// A diff of `old` against `new`.
        public init(old: String, new: String) { (self.old, self.new) = (old, new) }
    }

    /// The focus, when the drawing shows one entity's neighbourhood.
    public var focus: Focus?
    /// The sides, when the drawing shows a diff.
    public var diff: DiffSides?

    /// A subject: by default the graph's documents alone.
    public init(focus: Focus? = nil, diff: DiffSides? = nil) {
        self.focus = focus
        self.diff = diff
    }
}
