import DiploExtraction
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the command line's paths into documents: files, every document inside directories,
/// and standard input for `-` or no path at all.
enum DocumentSource {
    /// The name standard input goes by in evidence.
    static let standardInputName = "-"

    /// Reads every document the paths name, in the order given (directories expand to their
    /// documents sorted by path).
    ///
    /// - Parameter paths: Files, directories or `-`; empty means standard input.
    /// - Returns: The documents, at least one.
    /// - Throws: `DocumentError` for the first document that cannot be read;
    ///   `CommandLineError.noInput` when no path is given and standard input is a terminal
    ///   (an explicit `-` still reads the terminal).
    static func readAll(_ paths: [String]) throws -> [Document] {
        if paths.isEmpty && isatty(STDIN_FILENO) != 0 {
            // Nothing named and nothing piped in: say so rather than wait for typing.
            throw CommandLineError.noInput
        }
        let given = paths.isEmpty ? [standardInputName] : paths
        var documents: [Document] = []
        for path in given {
            if path == standardInputName {
                documents.append(try readStandardInput())
            } else if isDirectory(path) {
                for file in try DocumentReader.documentPaths(in: path) {
                    documents.append(try DocumentReader.read(path: file))
                }
            } else {
                documents.append(try DocumentReader.read(path: path))
            }
        }
        return documents
    }

    /// Reads standard input to its end as one document, sniffing its format.
    static func readStandardInput() throws -> Document {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return try DocumentReader.read(data: data, name: standardInputName, format: nil)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
