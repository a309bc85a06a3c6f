import ArgumentParser
import DiploExtraction
import DiploGraph
import DiploRendering
import Foundation

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

    @Argument(
        help: ArgumentHelp(
            "Documents or directories to read; none or '-' reads standard input.",
            valueName: "path"))
    var paths: [String] = []

    @OptionGroup(title: "Documents")
    var documents: DocumentArguments

    @OptionGroup(title: "Output")
    var output: OutputArguments<DOTByDefault>

    @Flag(
        name: .customLong("per-document"),
        help: "Write one graph per document (to --output-dir) instead of one merged graph.")
    var perDocument = false

    @Option(
        name: .customLong("output-dir"),
        help: ArgumentHelp(
            "With --per-document: the directory to write <document name>.<format> into (created if missing).",
            valueName: "dir"))
    var outputDirectory: String?

    @OptionGroup(title: "Drawing")
    var rendering: RenderingArguments

    @OptionGroup(title: "Filters")
    var filters: FilterArguments

    @OptionGroup(title: "Evidence")
    var evidence: EvidenceArguments

    @Flag(
        help: ArgumentHelp(
            "Write one graph fragment per document: one line of compact JSON each, in input order (the map step; see 'merge')."))
    var jsonl = false

    @Option(
        name: .customLong("stdin-lines"),
        help: ArgumentHelp(
            "With --jsonl: read standard input line by line, each line a 'path' to a document or directory, or a 'record' {\"name\": …, \"text\": …}.",
            valueName: "kind"),
        transform: StdinLines.parse)
    var stdinLines: StdinLines?

    @Flag(
        help: ArgumentHelp(
            "Print each edge with the extraction rule and the sentence behind it. Without --output this replaces the graph on standard output; with --output the graph goes to the file and the explanation to standard output."))
    var explain = false

    func validate() throws {
        try DocumentSource.validateStandardInputOnce(paths)
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
        if !jsonl { try output.validateFormat() }
    }

    func run() throws {
        do {
            var options = try rendering.renderOptions()
            if perDocument, let outputDirectory {
                try runPerDocument(into: outputDirectory, options: options)
                return
            }
            if jsonl {
                try runJSONL()
                return
            }
            let chosen = try output.resolvedFormat()
            try InputGuard.refuseOverwriting(paths, with: output.output)
            let policy = try documents.policy()
            let merged = try ParallelExtraction.graph(
                of: try DocumentSource.expand(paths), extractor: policy.extractor(evidenceLimit: try evidence.limit()), policy: policy)
            let graph = try filters.apply(to: merged, options: &options)
            if output.output != nil || !explain {
                try output.write(try GraphOutput.bytes(for: graph, format: chosen, options: options))
            }
            if explain {
                try OutputWriter.writeToStandardOutput(Array(graph.explanation().utf8))
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            ErrorReporter.report(String(describing: error))
            throw ExitCode.failure
        }
    }

    /// `--per-document`: one graph per document, each written to `<directory>/<name>.<ext>`.
    ///
    /// Every graph is extracted and rendered before the first file is written, so a failure
    /// writes nothing; each file is then written as `--output` is (`OutputWriter.write(_:to:)`):
    /// a regular file replaced atomically, a device or pipe straight through. With `--focus`, documents that do
    /// not mention the entity are skipped (one note each on standard error); it is an error
    /// only when none does.
    func runPerDocument(into directory: String, options: RenderOptions) throws {
        let format = output.format ?? .dot
        let policy = try self.documents.policy()
        var documents: [Document] = []
        var notEnglish = 0
        var leftOut = LeftOutDocuments()
        let all = try DocumentSource.readAll(paths)
        for document in all {
            switch policy.admit(document) {
            case .taken(let taken): documents.append(taken)
            case .skipped(let warning):
                Warning.report(warning)
                notEnglish += 1
            case .outsideWindow(let undated):
                leftOut.add(undated: undated)
            }
        }
        try leftOut.finish(window: policy.window, total: all.count, notEnglish: notEnglish)
        let extractor = policy.extractor(evidenceLimit: try evidence.limit())

        var claimed: [String: String] = [:]
        var outputs: [(path: String, bytes: [UInt8], graph: Graph)] = []
        var skipped: [String] = []
        var focusError: (any Error)?
        for document in documents {
            let base = Self.outputBaseName(for: document.name)
            let fileName = "\(base).\(format.pathExtension)"
            if let earlier = claimed[fileName] {
                throw CommandLineError.sameOutputName(fileName, earlier, document.name)
            }
            claimed[fileName] = document.name
            let graph: Graph
            var documentOptions = options
            do {
                graph = try filters.apply(to: extractor.extract(document), options: &documentOptions)
            } catch let error as CommandLineError where filters.focus != nil {
                skipped.append(document.name)
                focusError = error
                continue
            }
            let path = (directory as NSString).appendingPathComponent(fileName)
            outputs.append((path, try GraphOutput.bytes(for: graph, format: format, options: documentOptions), graph))
        }
        if outputs.isEmpty, let focusError { throw focusError }
        for item in outputs {
            try InputGuard.refuseOverwriting(paths, with: item.path)
        }

        try Self.createDirectory(directory)
        for item in outputs {
            try OutputWriter.write(item.bytes, to: item.path)
        }
        for name in skipped {
            StandardStreams.writeError(
                "diplograph: note: skipped \(name): --focus '\(filters.focus ?? "")' matches nothing in it\n")
        }
        if explain {
            for item in outputs {
                try OutputWriter.writeToStandardOutput(Array(item.graph.explanation().utf8))
            }
        }
    }

    /// `--jsonl`: one fragment line per document, in input order. Each document is read,
    /// extracted and written before the next is read, so memory holds one document at a time.
    /// The lines stream out as they are made: to standard output, or with `--output` into the
    /// temporary file that replaces the target at the end (a device or pipe gets them straight
    /// away).
    func runJSONL() throws {
        try InputGuard.refuseOverwriting(paths, with: output.output)
        let policy = try documents.policy()
        let extractor = policy.extractor(evidenceLimit: try evidence.limit())
        let file = try output.output.map(OutputFile.init)
        var documentsRead = 0
        var notEnglish = 0
        var leftOut = LeftOutDocuments()
        let emit: (Document) throws -> Void = { read in
            documentsRead += 1
            let document: Document
            switch policy.admit(read) {
            case .taken(let taken): document = taken
            case .skipped(let warning):
                Warning.report(warning)
                notEnglish += 1
                return
            case .outsideWindow(let undated):
                leftOut.add(undated: undated)
                return
            }
            let line = try GraphFragment.line(for: extractor.extract(document))
            if let file {
                try file.write(line)
            } else {
                try OutputWriter.writeToStandardOutput(line)
            }
        }
        do {
            try emitDocuments(emit)
            try leftOut.finish(window: policy.window, total: documentsRead, notEnglish: notEnglish)
            try file?.commit()
        } catch {
            file?.discard()
            throw error
        }
    }

    /// Reads the documents `--jsonl` is to map: from the paths, or as `--stdin-lines` says.
    private func emitDocuments(_ emit: (Document) throws -> Void) throws {
        switch stdinLines {
        case .paths?:
            try StdinLines.forEachPath { path in
                try DocumentSource.forEachDocument(in: try DocumentSource.expand([path]), emit)
            }
        case .records?:
            try StdinLines.forEachRecord(emit)
        case nil:
            try DocumentSource.forEachDocument(in: try DocumentSource.expand(paths), emit)
        }
    }

    /// The file name (without extension) a document's graph gets under `--per-document`: the
    /// document's base name without its extension; standard input is `stdin`.
    static func outputBaseName(for documentName: String) -> String {
        if documentName == DocumentSource.standardInputName { return "stdin" }
        let last = (documentName as NSString).lastPathComponent
        let base = (last as NSString).deletingPathExtension
        return base.isEmpty ? last : base
    }

    /// Creates `path` and its parents, or fails with one line.
    static func createDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                throw CommandLineError("\(path): --output-dir names a file, not a directory")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandLineError("\(path): cannot create the output directory (\((error as NSError).localizedDescription))")
        }
    }
}
