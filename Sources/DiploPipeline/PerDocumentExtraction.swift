import DiploExtraction
import DiploGraph
import DiploRendering
import Foundation

/// One graph per document (`extract --per-document --output-dir DIR`), each written to
/// `DIR/<document name without extension>.<format>`.
public enum PerDocumentExtraction {
    /// Reads the documents of `paths`, extracts a graph of each, and writes each into
    /// `directory` (created if needed).
    ///
    /// Every graph is extracted and rendered before the first file is written, so a failure
    /// writes nothing; each file is then written as ``OutputWriter/write(_:to:)`` writes:
    /// a regular file replaced atomically, a device or pipe straight through. With a focus,
    /// documents that do not mention the entity are skipped (one note each on standard error);
    /// it is an error only when none does.
    ///
    /// - Parameters:
    ///   - paths: Documents, directories or `-`.
    ///   - directory: Where the graphs go.
    ///   - format: The format of every graph.
    ///   - policy: How documents are taken.
    ///   - evidenceLimit: How many evidence sentences each node and edge keeps (`nil`: all).
    ///   - filter: What each graph is cut down to.
    ///   - options: How the graphs are drawn.
    ///   - explain: Whether each graph's explanation (`--explain`) goes to standard output.
    /// - Throws: The first error reading a document, making a graph or writing a file.
    public static func run(
        _ paths: [String], into directory: String, format: OutputFormat, policy: DocumentPolicy,
        evidenceLimit: Int?, filter: GraphFilter, options: RenderOptions, explain: Bool
    ) throws {
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
        let extractor = policy.extractor(evidenceLimit: evidenceLimit)

        var claimed: [String: String] = [:]
        var outputs: [(path: String, bytes: [UInt8], graph: Graph)] = []
        var skipped: [String] = []
        var focusError: (any Error)?
        for document in documents {
            let base = outputBaseName(for: document.name)
            let fileName = "\(base).\(format.pathExtension)"
            if let earlier = claimed[fileName] {
                throw PipelineError.sameOutputName(fileName, earlier, document.name)
            }
            claimed[fileName] = document.name
            let graph: Graph
            var documentOptions = options
            do {
                graph = try filter.apply(to: extractor.extract(document), options: &documentOptions)
            } catch let error as PipelineError where filter.focus != nil {
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

        try createDirectory(directory)
        for item in outputs {
            try OutputWriter.write(item.bytes, to: item.path)
        }
        for name in skipped {
            StandardStreams.writeError(
                "diplograph: note: skipped \(name): --focus '\(filter.focus ?? "")' matches nothing in it\n")
        }
        if explain {
            for item in outputs {
                try OutputWriter.writeToStandardOutput(Array(item.graph.explanation().utf8))
            }
        }
    }

    /// The file name (without extension) a document's graph gets: the document's base name
    /// without its extension; standard input is `stdin`.
    public static func outputBaseName(for documentName: String) -> String {
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
                throw PipelineError("\(path): --output-dir names a file, not a directory")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw PipelineError("\(path): cannot create the output directory (\((error as NSError).localizedDescription))")
        }
    }
}
