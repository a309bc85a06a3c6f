import DiploExtraction
import DiploGraph
import Foundation

/// Where the subcommands that take "a graph" get it from: a graph JSON file written by
/// `extract --format json` (perhaps edited by hand), or documents to extract.
public enum GraphSource {
    /// Whether `path` names a graph JSON file rather than a document or a directory: a file
    /// whose extension is `.json`.
    public static func isGraphJSON(_ path: String) -> Bool {
        (path as NSString).pathExtension.lowercased() == "json"
            && (try? System.status(path)).map { FileKind(mode: $0.st_mode) == .directory } != true
    }

    /// Reads and checks a graph JSON file; `-` reads standard input. Pipes (`<(…)`,
    /// `/dev/stdin`) are read like files.
    ///
    /// - Throws: `PipelineError.badGraph` naming the file and the field at fault (for a
    ///   file that is not JSON, or a graph that breaks the contract), or a `PipelineError` or
    ///   `DocumentError` saying why it cannot be read.
    public static func readGraphJSON(_ path: String) throws -> Graph {
        let data: Data
        if path == DocumentSource.standardInputName {
            data = Data(try StandardStreams.readInput())
        } else {
            do throws(SystemError) {
                data = Data(try System.readFile(path))
            } catch {
                if error.errno == ENOENT { throw PipelineError("\(path): no such file") }
                throw PipelineError("\(path): cannot be read (\(StandardStreams.inputReason(error)))")
            }
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw PipelineError.badGraph(path, "the file is empty")
        }
        do {
            return try Graph.fromJSON(data)
        } catch let error as GraphContractError {
            throw PipelineError.badGraph(path, error.description)
        } catch {
            throw PipelineError.badGraph(path, String(describing: error))
        }
    }

    /// The graph of `paths`: graph JSON files are read, every other path (a document, a
    /// directory of documents, `-`) is extracted on every core; everything is merged into one
    /// graph.
    ///
    /// - Parameters:
    ///   - paths: Graph JSON files, documents, directories or `-`.
    ///   - evidenceLimit: How many evidence sentences each node and edge keeps (`nil`: all).
    ///   - policy: How documents are taken (their date; whether those not in English are
    ///     skipped). Graph JSON files are read as they are.
    /// - Throws: The first error reading a graph or a document;
    ///   `PipelineError.nothingInEnglish` when every document was skipped.
    public static func graph(
        from paths: [String], evidenceLimit: Int? = Extractor.defaultEvidenceLimit, policy: DocumentPolicy
    ) throws -> Graph {
        var graphs: [Graph] = []
        var documentPaths: [String] = []
        for path in paths {
            if isGraphJSON(path) {
                // A window chooses documents to read; a graph was read from its documents already.
                if let window = policy.window {
                    throw PipelineError("\(path) is a graph already extracted, and \(window) chooses documents to read: give the documents instead")
                }
                graphs.append(try readGraphJSON(path))
            } else {
                documentPaths.append(path)
            }
        }
        var merged = GraphAccumulator(evidenceLimit: evidenceLimit)
        if !documentPaths.isEmpty || paths.isEmpty {
            let extractor = policy.extractor(evidenceLimit: evidenceLimit)
            merged = try ParallelExtraction.accumulator(
                of: try DocumentSource.expand(documentPaths), extractor: extractor, policy: policy)
        }
        for graph in graphs { merged.add(graph) }
        return merged.graph()
    }
}
