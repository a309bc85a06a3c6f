import ArgumentParser
import DiploGraph
import DiploPipeline
import DiploRendering
import Foundation

/// `diplograph report PATH ... [--output FILE.html] [styling] [filters]`: one self-contained HTML
/// page with the diagram, the entities and the relations with their evidence.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a self-contained HTML report: the diagram, the entities and every relation with its evidence.",
        discussion: """
            PATH is a document, a directory of documents, '-' for standard input, or a graph \
            JSON file; everything named is merged into one graph. The report is one HTML file \
            that needs no network: the SVG diagram is inlined, with a table of the leaders, \
            states, agreements and organisations, and a table of the relations, each with the \
            sentences it was read from (document and byte range). Click a node or an edge in \
            the diagram to jump to its rows; open 'report.html#select=state:KOR' to start with \
            one selected.

            Examples:
              diplograph report news/ --output report.html
              diplograph report article.txt -o report.html --cluster-by state --rankdir LR
              diplograph report news/ -o report.html -Kneato -Goverlap=prism -N fontsize=14
              diplograph report graph.json -o report.html --focus "Xi Jinping"
            """
    )

    @Argument(help: ArgumentHelp("Documents, directories or graph JSON files to read; none or '-' reads standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of standard output (a file is replaced only on success; a device or pipe is written straight through).", valueName: "file"))
    var output: String?

    @OptionGroup(title: "Documents")
    var documents: DocumentArguments

    @OptionGroup(title: "Drawing")
    var rendering: RenderingArguments

    @OptionGroup(title: "Filters")
    var filters: FilterArguments

    @OptionGroup(title: "Evidence")
    var evidence: EvidenceArguments

    func validate() throws {
        try usage { try DocumentSource.validateStandardInputOnce(paths) }
    }

    func run() throws {
        var options = try rendering.renderOptions()
        try InputGuard.refuseOverwriting(paths, with: output)
        let graph = try filters.filter.apply(to: GraphSource.graph(
            from: paths, evidenceLimit: try evidence.limit(), policy: try documents.policy()), options: &options)
        try OutputWriter.write(try GraphOutput.report(of: graph, options: options), toOutput: output)
    }
}
