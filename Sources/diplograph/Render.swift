import ArgumentParser
import DiploGraph
import DiploPipeline
import DiploRendering
import Foundation

/// `diplograph render GRAPH.json [--format F] [--output FILE] [styling] [filters]`: draws a
/// graph JSON file (written by `extract --format json`, perhaps edited by hand) again, without
/// reading the documents.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-render a graph JSON file without extracting again.",
        discussion: """
            GRAPH is a file written by 'diplograph extract --format json' (or '-' for standard \
            input). It may have been edited by hand: drop a node or an edge, fix a label, then \
            render it again in any format with any styling. The file is checked against the \
            graph contract first; a broken file gets one error line naming the field at fault \
            (such as nodes[3].kind).

            Examples:
              diplograph render graph.json -o graph.svg
              diplograph render graph.json -f png -K neato --no-legend > graph.png
              diplograph render graph.json -Tpng --dpi 300 --size 7,5 -o figure.png
              diplograph render graph.json -o states.pdf --kinds state
              diplograph extract news/ -f json | diplograph render - -f graphml > news.graphml
            """
    )

    @Argument(help: ArgumentHelp("The graph JSON file to draw ('-' reads standard input).", valueName: "graph"))
    var graphPath: String

    @OptionGroup(title: "Output")
    var output: OutputArguments<DOTByDefault>

    @OptionGroup(title: "Drawing")
    var rendering: RenderingArguments

    @OptionGroup(title: "Filters")
    var filters: FilterArguments

    func validate() throws {
        _ = try output.resolvedFormat()
    }

    func run() throws {
        var options = try rendering.renderOptions()
        let format = try output.resolvedFormat()
        try InputGuard.refuseOverwriting([graphPath], with: output.output)
        let graph = try filters.filter.apply(to: GraphSource.readGraphJSON(graphPath), options: &options)
        try output.write(try GraphOutput.bytes(for: graph, format: format, options: options))
    }
}
