import ArgumentParser
import DiploGraph
import DiploRendering
import Foundation

/// `diplograph diff OLD NEW [--format F] [--output FILE] [styling] [filters]`: the graph of what
/// changed between two graphs or two sets of documents.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two graphs or two sets of documents.",
        discussion: """
            OLD and NEW are each a graph JSON file (written by 'extract --format json') or a \
            document or directory of documents, which is extracted first. The result holds \
            both graphs: nodes and relations only in NEW are marked added (green), those only \
            in OLD removed (red), and relations whose number of supporting sentences changed \
            are marked changed (orange). Every output format works; in JSON the marks are the \
            'change' fields.

            Examples:
              diplograph diff last-week/ this-week/ -o changes.svg
              diplograph diff old.json new.json -f json > changes.json
              diplograph diff old.json news/ -o changes.pdf --min-weight 2
            """
    )

    @Argument(help: ArgumentHelp("The earlier graph: a graph JSON file, a document or a directory.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later graph: a graph JSON file, a document or a directory.", valueName: "new"))
    var new: String

    @OptionGroup(title: "Documents")
    var documents: DocumentArguments

    @OptionGroup(title: "Output")
    var output: OutputArguments<DOTByDefault>

    @OptionGroup(title: "Drawing")
    var rendering: RenderingArguments

    @OptionGroup(title: "Filters")
    var filters: FilterArguments

    func validate() throws {
        if old == "-" && new == "-" {
            throw ValidationError(CommandLineError.stdinTwice.description)
        }
        try output.validateFormat()
    }

    func run() throws {
        do {
            let options = try rendering.renderOptions()
            let format = try output.resolvedFormat()
            try InputGuard.refuseOverwriting([old, new], with: output.output)
            let policy = try documents.policy()
            let before = try GraphSource.graph(from: [old], policy: policy)
            let after = try GraphSource.graph(from: [new], policy: policy)
            let changes = try filters.apply(to: Graph.diff(old: before, new: after))
            try output.write(try GraphOutput.bytes(for: changes, format: format, options: options))
        } catch let error as ExitCode {
            throw error
        } catch {
            ErrorReporter.report(String(describing: error))
            throw ExitCode.failure
        }
    }
}
