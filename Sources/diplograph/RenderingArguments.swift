import ArgumentParser
import DiploPipeline
import DiploRendering
import Foundation

/// The options every subcommand that draws a graph shares: the layout engine, clusters, the
/// rank direction, the legend, the title, a style file, and `dot`'s own `-G`, `-N`, `-E`
/// (``GraphvizArguments``). They become a `RenderOptions`.
struct RenderingArguments: ParsableArguments {
    @Option(name: [.customShort("K", allowingJoined: true), .long], help: ArgumentHelp("The Graphviz layout engine for rendered formats such as svg: \(LayoutEngine.valueList); also joined, as dot takes it: -Kneato. (default: dot for a small diagram, sfdp for an overview)", valueName: "engine"), transform: LayoutEngine.parse)
    var engine: LayoutEngine?

    // so that "-3" is read as the value and refused by name
    @Option(parsing: .unconditional, help: ArgumentHelp("Draw at most this many entities, the best connected, and the relations among them; or 'all'. A diagram with more than \(RenderOptions.overviewThreshold) entities in relations is an overview: each pair's relations drawn as one edge (\"met 3 · urged 2\") and a note of what was left out. Entities in no relation are never drawn; the diagram names a few under \"Also mentioned\". (default: the best connected \(RenderOptions.defaultTop) when more than \(RenderOptions.overviewThreshold) entities are in relations, else all)", valueName: "n|all"))
    var top: String?

    @Option(name: .customLong("cluster-by"), help: ArgumentHelp("Group nodes into boxes: 'state' draws each leader inside its state's cluster.", valueName: "grouping"), transform: { argument in try usage { try ClusterBy.parse(argument) } })
    var clusterBy: ClusterBy?

    @Option(help: ArgumentHelp("The direction of the layout: \(RankDirection.valueList) (top to bottom, left to right …; the dot engine).", valueName: "direction"), transform: RankDirection.parse)
    var rankdir: RankDirection?

    @Flag(name: .customLong("no-legend"), help: "Draw no legend of node kinds and relations.")
    var noLegend = false

    @Option(help: ArgumentHelp("The title drawn above the graph (default: what is shown: one article's headline, N articles and their dates, Around NAME, a diff's sides and changes; '' for none).", valueName: "text"))
    var title: String?

    @Option(name: .customLong("style"), help: ArgumentHelp("A JSON style file overriding colours, shapes and fonts per kind (see the README).", valueName: "file"))
    var styleFile: String?

    // so that "-3" is read as the value and refused by name
    @Option(name: .customLong("max-edges"), parsing: .unconditional, help: ArgumentHelp("Draw at most this many relations in a laid-out diagram (svg, png, pdf and the report's diagram): interactions first, then the heaviest, with the entities they join; or 'all'. DOT, JSON, GraphML, CSV and the report's tables keep every relation. (default: \(RenderOptions.defaultMaxEdges))", valueName: "n|all"))
    var maxEdges: String?

    // so that "-3" is read as the value and refused by name
    @Option(name: .customLong("max-nodes"), parsing: .unconditional, help: ArgumentHelp("Draw at most this many entities in a laid-out diagram: those of the relations drawn first, then entities without relations, heaviest first; or 'all'. Other formats keep every entity. (default: \(RenderOptions.defaultMaxNodes))", valueName: "n|all"))
    var maxNodes: String?

    @OptionGroup
    var graphviz: GraphvizArguments

    func validate() throws {
        _ = try entityLimit()
        _ = try maxEdgeCount()
        _ = try maxNodeCount()
    }

    /// `--top` as an ``EntityLimit``: automatic when not given.
    func entityLimit() throws -> EntityLimit {
        guard let top else { return .automatic }
        guard let count = try usage({ try CountOrAll.parse(top, option: "--top", default: 0) }) else { return .all }
        return .count(count)
    }

    /// `--max-edges` as a number, or `nil` for all.
    func maxEdgeCount() throws -> Int? {
        try usage { try CountOrAll.parse(maxEdges, option: "--max-edges", default: RenderOptions.defaultMaxEdges) }
    }

    /// `--max-nodes` as a number, or `nil` for all.
    func maxNodeCount() throws -> Int? {
        try usage { try CountOrAll.parse(maxNodes, option: "--max-nodes", default: RenderOptions.defaultMaxNodes) }
    }

    /// The options for the renderers.
    ///
    /// - Throws: `PipelineError` naming the file (and the key at fault) when the style file
    ///   cannot be read or is not a style.
    func renderOptions() throws -> RenderOptions {
        let style = try styleFile.map(StyleFile.load) ?? Style.default
        var options = RenderOptions(
            engine: engine,
            clusterByState: clusterBy == .state,
            rankdir: rankdir,
            legend: !noLegend,
            title: title,
            style: style,
            maxEdges: try maxEdgeCount(),
            maxNodes: try maxNodeCount())
        options.top = try entityLimit()
        try graphviz.apply(to: &options)
        return options
    }
}
