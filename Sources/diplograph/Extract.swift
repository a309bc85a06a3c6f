import ArgumentParser
import DiploPipeline

/// `diplograph extract [PATH ...] [--format F] [--output FILE] [styling] [filters]`: reads
/// documents, extracts one graph per document, merges them and writes the result — or, with
/// `--per-document --output-dir DIR`, writes one graph per document.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read documents and write their relationship graph (the default subcommand).",
        discussion: """
            PATH is a file or a directory (every .txt, .md and .html file inside, sorted). With \
            no PATH, or with '-', the document is read from standard input. Several documents \
            are extracted one by one and merged into one graph: the same entity is one node, \
            the same relation one edge with all its evidence. With --per-document each document \
            gets its own graph instead, written to --output-dir as <document name>.<format>.

            Without --output the graph goes to standard output. With --output the format \
            follows the file's extension (.dot, .gv, .json, .svg, .png, .pdf, .graphml, .csv) \
            unless --format says otherwise; a file is replaced only when the whole run \
            succeeds, and a device or pipe (/dev/null, a FIFO) is written straight through. \
            The default format is dot.

            Filters apply before the graph is written: --kinds and --min-weight first, then \
            --focus keeps the entity and everything within --hops edges of it.

            Examples:
              diplograph extract article.txt
              diplograph extract article.txt --format dot | dot -Tpng -o article.png
              diplograph extract news/ --output report.svg
              diplograph extract a.txt b.md c.html -f json -o graph.json
              diplograph extract a.txt -f svg -K neato > a.svg
              diplograph extract a.txt -Tpng --dpi 300 -o a.png    (300 dpi, for print)
              diplograph extract a.txt -Tsvg -Gsize=7,5 -N shape=box -E color=gray40 > a.svg
              diplograph extract news/ | gvpr 'N[kind=="leader"]' | dot -Tsvg > leaders.svg
              diplograph extract a.txt -o a.svg --cluster-by state --rankdir LR --no-legend
              diplograph extract news/ -o graph.graphml            (Gephi, yEd, Cytoscape)
              diplograph extract news/ -f csv > relations.csv      (a spreadsheet)
              diplograph extract news/ -o xi.svg --focus "Xi Jinping" --hops 2
              diplograph extract news/ -o states.svg --kinds state --min-weight 2
              diplograph extract news/ --per-document --output-dir graphs/ -f svg
              curl -s https://example.org/story.html | diplograph -f svg > story.svg
              diplograph extract a.txt -f json | jq '.edges[] | .relation'
              diplograph extract a.txt --explain          (why each edge is there)
              diplograph extract news/ -o graph.svg --explain
              diplograph extract --jsonl news/ > fragments.jsonl   (one graph per line; see 'merge')
              find news -name '*.txt' | diplograph extract --jsonl --stdin-lines path
            """
    )

    @Argument(help: ArgumentHelp("Documents or directories to read; none or '-' reads standard input.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup(title: "Documents")
    var documents: DocumentArguments

    @OptionGroup(title: "Output")
    var output: OutputArguments<DOTByDefault>

    @Flag(name: .customLong("per-document"), help: "Write one graph per document (to --output-dir) instead of one merged graph.")
    var perDocument = false

    @Option(name: .customLong("output-dir"), help: ArgumentHelp("With --per-document: the directory to write <document name>.<format> into (created if missing).", valueName: "dir"))
    var outputDirectory: String?

    @OptionGroup(title: "Drawing")
    var rendering: RenderingArguments

    @OptionGroup(title: "Filters")
    var filters: FilterArguments

    @OptionGroup(title: "Evidence")
    var evidence: EvidenceArguments

    @Flag(help: ArgumentHelp("Write one graph fragment per document: one line of compact JSON each, in input order (the map step; see 'merge')."))
    var jsonl = false

    @Option(name: .customLong("stdin-lines"), help: ArgumentHelp("With --jsonl: read standard input line by line, each line a 'path' to a document or directory, or a 'record' {\"name\": …, \"text\": …}.", valueName: "kind"), transform: { argument in try usage { try StdinLines.parse(argument) } })
    var stdinLines: StdinLines?

    @Flag(help: ArgumentHelp("Print each edge with the extraction rule and the sentence behind it. Without --output this replaces the graph on standard output; with --output the graph goes to the file and the explanation to standard output."))
    var explain = false

    func validate() throws {
        try usage { try DocumentSource.validateStandardInputOnce(paths) }
        if perDocument && outputDirectory == nil {
            throw ValidationError("--per-document needs --output-dir DIR to write the graphs into")
        }
        if outputDirectory != nil && !perDocument {
            throw ValidationError("--output-dir goes with --per-document (for one graph, say --output FILE)")
        }
        if perDocument && output.output != nil {
            throw ValidationError("--per-document writes into --output-dir, not to --output")
        }
        if jsonl {
            if perDocument { throw ValidationError("--jsonl writes one line per document already; it does not go with --per-document") }
            if output.format != nil { throw ValidationError("--jsonl writes graph fragments; it does not go with --format") }
            if explain { throw ValidationError("--jsonl does not go with --explain") }
            if filters.isActive { throw ValidationError("--jsonl writes whole fragments; filter when merging ('diplograph merge … --kinds …')") }
        }
        if stdinLines != nil {
            if !jsonl { throw ValidationError("--stdin-lines goes with --jsonl") }
            if !(paths.isEmpty || paths == ["-"]) { throw ValidationError("--stdin-lines reads standard input; name no other path") }
        }
        if !jsonl { _ = try output.resolvedFormat() }
    }

    func run() throws {
        var options = try rendering.renderOptions()
        if perDocument, let outputDirectory {
            try PerDocumentExtraction.run(
                paths, into: outputDirectory, format: output.format ?? .dot, policy: try documents.policy(),
                evidenceLimit: try evidence.limit(), filter: filters.filter, options: options, explain: explain)
            return
        }
        try InputGuard.refuseOverwriting(paths, with: output.output)
        let policy = try documents.policy()
        if jsonl {
            try FragmentExtraction.run(
                paths, stdinLines: stdinLines, output: output.output, policy: policy, evidenceLimit: try evidence.limit())
            return
        }
        let chosen = try output.resolvedFormat()
        let merged = try ParallelExtraction.graph(
            of: try DocumentSource.expand(paths), extractor: policy.extractor(evidenceLimit: try evidence.limit()), policy: policy)
        let graph = try filters.filter.apply(to: merged, options: &options)
        if output.output != nil || !explain {
            try output.write(try GraphOutput.bytes(for: graph, format: chosen, options: options))
        }
        if explain {
            try OutputWriter.writeToStandardOutput(Array(graph.explanation().utf8))
        }
    }
}
