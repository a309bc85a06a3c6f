import DiploExtraction
import Foundation

/// Turns paths into documents: files, every document inside directories,
/// and standard input for `-` or no path at all.
///
/// Invalid UTF-8 is not refused: the reader replaces each invalid sequence with U+FFFD and says
/// so (`Document.replacedInvalidUTF8`), and this type writes one warning line per such document,
/// `diplograph: warning: <path>: invalid UTF-8 replaced`, to standard error.
public enum DocumentSource {
    /// The name standard input goes by in evidence.
    public static let standardInputName = "-"

    /// Reads every document the paths name, in the order given (directories expand to their
    /// documents sorted by path).
    ///
    /// - Parameter paths: Files, directories or `-`; empty means standard input.
    /// - Returns: The documents, at least one.
    /// - Throws: `DocumentError` for the first document that cannot be read;
    ///   `PipelineError.noInput` when no path is given and standard input is a terminal
    ///   (an explicit `-` still reads the terminal).
    public static func readAll(_ paths: [String]) throws -> [Document] {
        var documents: [Document] = []
        try forEachDocument(in: try expand(paths)) { documents.append($0) }
        return documents
    }

    /// What to read, in order: file paths (directories expanded to their documents, sorted)
    /// and `-` for standard input.
    ///
    /// What a directory's expansion leaves out (see `DocumentReader.listDocuments(in:)`) gets
    /// one warning line each, then one line with the count.
    ///
    /// - Throws: `PipelineError.noInput` for no paths with a terminal on standard input;
    ///   `DocumentError` for a directory that cannot be read or holds no documents.
    public static func expand(_ paths: [String]) throws -> [String] {
        if paths.isEmpty && System.isTerminal(StandardStreams.current.input) {
            // Nothing named and nothing piped in: say so rather than wait for typing.
            throw PipelineError.noInput
        }
        let given = paths.isEmpty ? [standardInputName] : paths
        var files: [String] = []
        for path in given {
            if path != standardInputName && isDirectory(path) {
                files += try documents(in: path)
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// The documents of `directory`, with a warning for each entry left out and one with the
    /// count.
    private static func documents(in directory: String) throws -> [String] {
        let listing = try DocumentReader.listDocuments(in: directory)
        Warning.reportSkipped(listing.skipped, in: directory)
        guard !listing.paths.isEmpty else { throw DocumentError(path: directory, reason: .noDocuments) }
        return listing.paths
    }

    /// Reads the documents of `files` (from ``expand(_:)``) one at a time and hands each to
    /// `body`, so that only one document is held at once.
    public static func forEachDocument(in files: [String], _ body: (Document) throws -> Void) throws {
        for file in files {
            try body(try read(file))
        }
    }

    /// Refuses `paths` that name standard input (`-`) more than once: it can be read only once.
    ///
    /// - Throws: ``UsageError/standardInputTwice``.
    public static func validateStandardInputOnce(_ paths: [String]) throws(UsageError) {
        if paths.filter({ $0 == standardInputName }).count > 1 {
            throw UsageError.standardInputTwice
        }
    }

    /// Reads one file, or standard input for `-`, warning once when its UTF-8 was invalid.
    ///
    /// - Throws: `DocumentError` when the file is missing, unreadable, binary or empty.
    public static func read(_ path: String) throws -> Document {
        if path == standardInputName { return try readStandardInput() }
        let format = DocumentFormat(pathExtension: (path as NSString).pathExtension)
        return try read(data: DocumentReader.contents(ofFile: path), name: path, format: format)
    }

    /// Reads standard input to its end as one document, sniffing its format.
    ///
    /// - Throws: `DocumentError` for standard input that cannot be read (a directory, a closed
    ///   descriptor), is binary or is empty.
    public static func readStandardInput() throws -> Document {
        try read(data: Data(StandardStreams.readInput()), name: standardInputName, format: nil)
    }

    /// Reads a document from bytes (see `DocumentReader.read(data:name:format:)`), writing the
    /// invalid-UTF-8 warning for `name` when the reader replaced some of the bytes.
    public static func read(data: Data, name: String, format: DocumentFormat?) throws -> Document {
        let document = try DocumentReader.read(data: data, name: name, format: format)
        if document.replacedInvalidUTF8 {
            Warning.report("\(name): invalid UTF-8 replaced")
        }
        return document
    }

    private static func isDirectory(_ path: String) -> Bool {
        (try? System.status(path)).map { FileKind(mode: $0.st_mode) == .directory } ?? false
    }
}

/// Writes `diplograph: warning: …` lines to standard error.
public enum Warning {
    /// Writes `diplograph: warning: <message>` (folded onto one line) to standard error.
    public static func report(_ message: String) {
        let folded = foldedOntoOneLine(message)
        StandardStreams.writeError("diplograph: warning: \(folded)\n")
    }

    /// Writes one warning for each entry of `directory` left out, then one with their count;
    /// nothing when none was.
    public static func reportSkipped(_ entries: [SkippedEntry], in directory: String) {
        guard !entries.isEmpty else { return }
        for entry in entries {
            report(entry.description)
        }
        report("\(directory): \(entries.count) \(entries.count == 1 ? "entry" : "entries") skipped")
    }
}

/// Writes `diplograph: note: …` lines to standard error: what a run chose to leave out, where
/// nothing is wrong.
public enum Note {
    /// Writes `diplograph: note: <message>` (folded onto one line) to standard error.
    public static func report(_ message: String) {
        let folded = foldedOntoOneLine(message)
        StandardStreams.writeError("diplograph: note: \(folded)\n")
    }
}
