import ArgumentParser
import DiploExtraction
import DiploGraph
import DiploRendering
import Foundation

/// `diplograph extract [PATH ...] [--format F] [--output FILE] [--engine E]`: reads documents,
/// extracts one graph per document, merges them and writes the result.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read documents and write their relationship graph (the default subcommand).",
        discussion: """
            PATH is a file or a directory (every .txt, .md and .html file inside, sorted). With \
            no PATH, or with '-', the document is read from standard input. Several documents \
            are extracted one by one and merged into one graph: the same entity is one node, \
            the same relation one edge with all its evidence.

            Without --output the graph goes to standard output. With --output the format \
            follows the file's extension (.dot, .gv, .json, .svg …) unless --format says \
            otherwise; the file is replaced only when the whole run succeeds. The default \
            format is dot.

            Examples:
              diplograph extract article.txt
              diplograph extract article.txt --format dot | dot -Tpng -o article.png
              diplograph extract news/ --output report.svg
              diplograph extract a.txt b.md c.html -f json -o graph.json
              diplograph extract a.txt -f svg -K neato > a.svg
              curl -s https://example.org/story.html | diplograph extract -f svg > story.svg
              diplograph extract a.txt -f json | jq '.edges[] | .relation'
              diplograph extract a.txt --explain          (why each edge is there)
              diplograph extract news/ -o graph.svg --explain
            """
    )

    @Argument(
        help: ArgumentHelp(
            "Documents or directories to read; none or '-' reads standard input.",
            valueName: "path"))
    var paths: [String] = []

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "The output format: \(OutputFormat.valueList). (default: the --output extension, else dot)",
            valueName: "format"),
        transform: OutputFormat.parse)
    var format: OutputFormat?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write to this file instead of standard output (replaced only on success).",
            valueName: "file"))
    var output: String?

    @Option(
        name: [.customShort("K"), .long],
        help: ArgumentHelp(
            "The Graphviz layout engine for rendered formats such as svg: \(LayoutEngine.valueList).",
            valueName: "engine"),
        transform: LayoutEngine.parse)
    var engine: LayoutEngine = .dot

    @Flag(
        help: ArgumentHelp(
            "Print each edge with the extraction rule and the sentence behind it. Without --output this replaces the graph on standard output; with --output the graph goes to the file and the explanation to standard output."))
    var explain = false

    func validate() throws {
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError(CommandLineError.stdinTwice.description)
        }
    }

    func run() throws {
        do {
            let chosen = try resolvedFormat()
            let documents = try DocumentSource.readAll(paths)
            let extractor = Extractor()
            let graph = Graph.merged(documents.map { extractor.extract($0) })
            if let output {
                try OutputWriter.writeAtomically(try GraphOutput.bytes(for: graph, format: chosen, engine: engine), to: output)
            } else if !explain {
                OutputWriter.writeToStandardOutput(try GraphOutput.bytes(for: graph, format: chosen, engine: engine))
            }
            if explain {
                OutputWriter.writeToStandardOutput(Array(graph.explanation().utf8))
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            ErrorReporter.report(String(describing: error))
            throw ExitCode.failure
        }
    }

    /// The format to write: `--format`, else the `--output` extension, else DOT.
    func resolvedFormat() throws -> OutputFormat {
        if let format { return format }
        guard let output else { return .dot }
        let ext = (output as NSString).pathExtension
        if ext.isEmpty { return .dot }
        guard let fromExtension = OutputFormat(pathExtension: ext) else {
            throw CommandLineError.unknownExtension(output, ext)
        }
        return fromExtension
    }
}
