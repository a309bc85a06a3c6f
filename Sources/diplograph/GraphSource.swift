import DiploExtraction
import DiploGraph
import Foundation

/// Where the subcommands that take "a graph" get it from: a graph JSON file written by
/// `extract --format json` (perhaps edited by hand), or documents to extract.
enum GraphSource {
    /// Whether `path` names a graph JSON file rather than a document or a directory: a file
    /// whose extension is `.json`.
    static func isGraphJSON(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return (path as NSString).pathExtension.lowercased() == "json"
            && !(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// Reads and checks a graph JSON file; `-` reads standard input.
    ///
    /// - Throws: `CommandLineError.badGraph` naming the file and the field at fault (for a
    ///   file that is not JSON, or a graph that breaks the contract), or `cannotRead`.
    static func readGraphJSON(_ path: String) throws -> Graph {
        let data: Data
        if path == DocumentSource.standardInputName {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                let exists = FileManager.default.fileExists(atPath: path)
                throw CommandLineError(exists ? "\(path): cannot be read" : "\(path): no such file")
            }
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw CommandLineError.badGraph(path, "the file is empty")
        }
        do {
            return try Graph.fromJSON(data)
        } catch let error as GraphContractError {
            throw CommandLineError.badGraph(path, error.description)
        } catch {
            throw CommandLineError.badGraph(path, String(describing: error))
        }
    }

    /// The graph of `paths`: graph JSON files are read, every other path (a document, a
    /// directory of documents, `-`) is extracted on every core; everything is merged into one
    /// graph.
    ///
    /// - Parameters:
    ///   - paths: Graph JSON files, documents, directories or `-`.
    ///   - evidenceLimit: How many evidence sentences each node and edge keeps (`nil`: all).
    /// - Throws: The first error reading a graph or a document.
    static func graph(from paths: [String], evidenceLimit: Int? = EvidenceArguments.defaultLimit) throws -> Graph {
        var graphs: [Graph] = []
        var documentPaths: [String] = []
        for path in paths {
            if isGraphJSON(path) {
                graphs.append(try readGraphJSON(path))
            } else {
                documentPaths.append(path)
            }
        }
        var merged = GraphAccumulator(evidenceLimit: evidenceLimit)
        if !documentPaths.isEmpty || paths.isEmpty {
            let extractor = Extractor(evidenceLimit: evidenceLimit)
            merged = try ParallelExtraction.accumulator(of: try DocumentSource.expand(documentPaths), extractor: extractor)
        }
        for graph in graphs { merged.add(graph) }
        return merged.graph()
    }
}
