import ArgumentParser
import DiploGraph
import DiploPipeline
import DiploRendering
import Foundation

/// `diplograph merge FILE ... [--jsonl | --format F] [--output FILE] [styling] [filters]`: the
/// reduce step. Reads graph fragments (`extract --jsonl`) and graph JSON files and writes the
/// one graph they make.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge graph fragments (from 'extract --jsonl') and graph JSON files into one graph.",
        discussion: """
            Each FILE is a JSONL file of fragments (one graph per line, as written by \
            'diplograph extract --jsonl'), a graph JSON file (as written by 'extract -f json' \
            or 'merge'), a directory (every file in it not starting with '.'), or '-' for \
            standard input. Everything is merged into one graph: one node per entity, one edge \
            per relation with all its evidence, exactly as 'extract' merges documents.

            The merge is associative and order-independent: merging the same fragments in any \
            order or grouping gives byte-identical output. So the map step ('extract --jsonl', \
            one line per document) and this reduce step can run apart, on many machines: \
            merge parts with '--jsonl', which writes the merged graph as one fragment line, \
            then merge the parts. Input with no graph at all gives the empty graph.

            The output options are those of 'extract'; the default format is json. Filters \
            apply to the merged graph (apply them only at the last step of a tree of merges).

            Examples:
              diplograph extract --jsonl news/*.txt > fragments.jsonl
              diplograph merge fragments.jsonl -o news.svg
              sort fragments.jsonl | diplograph merge - -f json > news.json
              diplograph merge --jsonl part-1.jsonl part-2.jsonl > part-1-2.jsonl
              diplograph merge old.json fragments.jsonl -o updated.json
            """
    )

    @Argument(help: ArgumentHelp("Fragment (JSONL) files, graph JSON files or directories of them; '-' reads standard input.", valueName: "file"))
    var paths: [String]

    @Flag(help: "Write the merged graph as one fragment line (compact JSON) for a further merge.")
    var jsonl = false

    @OptionGroup(title: "Output")
    var output: OutputArguments<JSONByDefault>

    @OptionGroup(title: "Drawing")
    var rendering: RenderingArguments

    @OptionGroup(title: "Filters")
    var filters: FilterArguments

    @OptionGroup(title: "Evidence")
    var evidence: EvidenceArguments

    func validate() throws {
        try usage { try DocumentSource.validateStandardInputOnce(paths) }
        if jsonl && output.format != nil {
            throw ValidationError("--jsonl writes one fragment line; it does not go with --format")
        }
        if !jsonl { _ = try output.resolvedFormat() }
    }

    func run() throws {
        var options = try rendering.renderOptions()
        let format = jsonl ? .json : try output.resolvedFormat()
        try InputGuard.refuseOverwriting(paths, with: output.output)
        var merger = FragmentMerger(evidenceLimit: try evidence.limit())
        for path in paths {
            try merger.add(path: path)
        }
        let graph = try filters.filter.apply(to: merger.graph(), options: &options)
        if jsonl {
            try output.write(try GraphFragment.line(for: graph))
        } else {
            try output.write(try GraphOutput.bytes(for: graph, format: format, options: options))
        }
    }
}
