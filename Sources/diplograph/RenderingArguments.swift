import ArgumentParser
import DiploRendering
import Foundation

/// The options every subcommand that draws a graph shares: the layout engine, clusters, the
/// rank direction, the legend, the title and a style file. They become a `RenderOptions`.
struct RenderingArguments: ParsableArguments {
    @Option(
        name: [.customShort("K"), .long],
        help: ArgumentHelp(
            "The Graphviz layout engine for rendered formats such as svg: \(LayoutEngine.valueList).",
            valueName: "engine"),
        transform: LayoutEngine.parse)
    var engine: LayoutEngine = .dot

    @Option(
        name: .customLong("cluster-by"),
        help: ArgumentHelp(
            "Group nodes into boxes: 'state' draws each leader inside its state's cluster.",
            valueName: "grouping"),
        transform: ClusterBy.parse)
    var clusterBy: ClusterBy?

    @Option(
        help: ArgumentHelp(
            "The direction of the layout: \(RankDirection.valueList) (top to bottom, left to right …; the dot engine).",
            valueName: "direction"),
        transform: RankDirection.parse)
    var rankdir: RankDirection?

    @Flag(name: .customLong("no-legend"), help: "Draw no legend of node kinds and relations.")
    var noLegend = false

    @Option(
        help: ArgumentHelp(
            "The title drawn above the graph (default: the documents' names; '' for none).",
            valueName: "text"))
    var title: String?

    @Option(
        name: .customLong("style"),
        help: ArgumentHelp(
            "A JSON style file overriding colours, shapes and fonts per kind (see the README).",
            valueName: "file"))
    var styleFile: String?

    @Option(
        name: .customLong("max-edges"),
        parsing: .unconditional,  // so that "-3" is read as the value and refused by name
        help: ArgumentHelp(
            "Draw at most this many relations in a laid-out diagram (svg, png, pdf and the report's diagram): the heaviest, with the entities they join; or 'all'. DOT, JSON, GraphML, CSV and the report's tables keep every relation. (default: \(RenderingArguments.defaultMaxEdges))",
            valueName: "n|all"))
    var maxEdges: String?

    /// The drawing budget when none is given: a diagram this size is already dense, and
    /// Graphviz lays it out in seconds; a whole corpus's graph would take it hours.
    static let defaultMaxEdges = 500

    func validate() throws {
        _ = try maxEdgeCount()
    }

    /// `--max-edges` as a number, or `nil` for all.
    func maxEdgeCount() throws -> Int? {
        try CountOrAll.parse(maxEdges, option: "--max-edges", default: Self.defaultMaxEdges)
    }

    /// The options for the renderers.
    ///
    /// - Throws: `CommandLineError` naming the file (and the key at fault) when the style file
    ///   cannot be read or is not a style.
    func renderOptions() throws -> RenderOptions {
        var style = Style.default
        if let styleFile {
            do {
                style = try Style.load(from: URL(fileURLWithPath: styleFile))
            } catch let error as StyleFileError {
                // Names the file and the key at fault already.
                throw CommandLineError("style file \(error.description)")
            } catch {
                throw CommandLineError.badStyle(styleFile, String(describing: error))
            }
        }
        return RenderOptions(
            engine: engine,
            clusterByState: clusterBy == .state,
            rankdir: rankdir,
            legend: !noLegend,
            title: title,
            style: style,
            maxEdges: try maxEdgeCount())
    }
}

/// What `--cluster-by` groups nodes by.
enum ClusterBy: String, CaseIterable, Sendable {
    /// Each leader inside the cluster of the state they serve.
    case state

    /// The accepted values, for help and errors.
    static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses `--cluster-by`'s value (case-insensitive).
    ///
    /// - Throws: `ValidationError` naming the accepted values.
    static func parse(_ argument: String) throws -> ClusterBy {
        guard let value = ClusterBy(rawValue: argument.lowercased()) else {
            throw ValidationError("unknown grouping '\(argument)' for --cluster-by; use one of \(valueList)")
        }
        return value
    }
}
