import ArgumentParser
import DiploGraph
import DiploPipeline
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

            With --old-dates and --new-dates, one corpus is compared with itself: OLD's \
            documents dated in the first window against those dated in the second (NEW may \
            then be left out). Documents with no date belong to neither window.

            Examples:
              diplograph diff last-week/ this-week/ -o changes.svg
              diplograph diff old.json new.json -f json > changes.json
              diplograph diff old.json news/ -o changes.pdf --min-weight 2
              diplograph diff news/ --old-dates 2024-01-01..2024-01-31 --new-dates 2024-02-01..2024-02-29 -o feb.svg
            """
    )

    @Argument(help: ArgumentHelp("The earlier graph: a graph JSON file, a document or a directory.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later graph: a graph JSON file, a document or a directory (left out with --old-dates and --new-dates: OLD again).", valueName: "new"))
    var new: String?

    @Option(name: .customLong("old-dates"), help: ArgumentHelp("The days of OLD's documents to compare, FROM..TO (either end may be open: 2024-01-01..).", valueName: "from..to"))
    var oldDates: String?

    @Option(name: .customLong("new-dates"), help: ArgumentHelp("The days of NEW's documents (or OLD's, when NEW is left out) to compare with them, FROM..TO.", valueName: "from..to"))
    var newDates: String?

    @OptionGroup(title: "Documents")
    var documents: DocumentArguments

    @OptionGroup(title: "Output")
    var output: OutputArguments<DOTByDefault>

    @OptionGroup(title: "Drawing")
    var rendering: RenderingArguments

    @OptionGroup(title: "Filters")
    var filters: FilterArguments

    func validate() throws {
        if old == "-" && (new ?? "-") == "-" {
            throw ValidationError(UsageError.standardInputTwice.description)
        }
        if new == nil && (oldDates == nil || newDates == nil) {
            throw ValidationError("diff needs NEW, or --old-dates and --new-dates to compare two windows of OLD's documents")
        }
        if (oldDates != nil || newDates != nil) && (documents.since != nil || documents.until != nil) {
            throw ValidationError("--old-dates and --new-dates set each side's window; leave out --since and --until")
        }
        _ = try windows()
        _ = try output.resolvedFormat()
    }

    /// The windows `--old-dates` and `--new-dates` give, where given.
    private func windows() throws -> (old: DateWindow?, new: DateWindow?) {
        try usage {
            (try oldDates.map { value in try DateWindow.parse(value, option: "--old-dates") },
             try newDates.map { value in try DateWindow.parse(value, option: "--new-dates") })
        }
    }

    func run() throws {
        var options = try rendering.renderOptions()
        let format = try output.resolvedFormat()
        let newPath = new ?? old
        try InputGuard.refuseOverwriting([old, newPath], with: output.output)
        let (oldWindow, newWindow) = try windows()
        let diff = try GraphSource.diff(
            old: old, new: newPath, oldWindow: oldWindow, newWindow: newWindow, policy: try documents.policy(), options: &options)
        let changes = try filters.filter.apply(to: diff, options: &options)
        try output.write(try GraphOutput.bytes(for: changes, format: format, options: options))
    }
}
