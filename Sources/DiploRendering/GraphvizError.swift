/// A failure of Graphviz while turning DOT into an image, with the message Graphviz reported.
public struct GraphvizError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The step of the pipeline that failed.
    public enum Stage: String, Hashable, Sendable {
        /// Reading the DOT text (`agmemread`): a syntax error, a bad HTML label.
        case parse
        /// Laying the graph out (`gvLayout`): most often an engine Graphviz does not know, which
        /// means its plugin configuration (`config6a`) is missing.
        case layout
        /// Producing the output (`gvRenderData`): a format no installed plugin renders, or a
        /// format that is not rendered by Graphviz at all.
        case render
    }

    /// The step that failed.
    public var stage: Stage
    /// What Graphviz said, without its `Error: ` prefix; several messages are joined by newlines.
    public var message: String

    /// Creates an error for `stage`.
    ///
    /// - Parameters:
    ///   - stage: The step that failed.
    ///   - message: What went wrong.
    public init(stage: Stage, message: String) {
        self.stage = stage
        self.message = message
    }

    /// "Graphviz could not <stage>: <message>".
    public var description: String {
        let verb: String
        switch stage {
        case .parse: verb = "parse the DOT text"
        case .layout: verb = "lay out the graph"
        case .render: verb = "render the graph"
        }
        return "Graphviz could not \(verb): \(message)"
    }
}
