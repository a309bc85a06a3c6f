import DiploExtraction
import DiploGraph

/// The map step (`extract --jsonl`): one graph fragment line per document, in input order.
public enum FragmentExtraction {
    /// Writes a fragment line (``GraphFragment``) for each document. Each document is read,
    /// extracted and written before the next is read, so memory holds one document at a time.
    /// The lines stream out as they are made: to standard output, or to `output` through the
    /// temporary file that replaces it at the end (a device or pipe gets them straight away).
    ///
    /// - Parameters:
    ///   - paths: Documents, directories or `-`; read when `stdinLines` is `nil`.
    ///   - stdinLines: What each line of standard input is, when the documents come that way.
    ///   - output: The file to write, or `nil` for standard output.
    ///   - policy: How documents are taken.
    ///   - evidenceLimit: How many evidence sentences each node and edge keeps (`nil`: all).
    /// - Throws: The first error reading a document or writing; the output is then left as it
    ///   was.
    public static func run(
        _ paths: [String], stdinLines: StdinLines?, output: String?, policy: DocumentPolicy, evidenceLimit: Int?
    ) throws {
        try InputGuard.refuseOverwriting(paths, with: output)
        let extractor = policy.extractor(evidenceLimit: evidenceLimit)
        let file = try output.map(OutputFile.init)
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
            try forEachDocument(paths, stdinLines: stdinLines, emit)
            try leftOut.finish(window: policy.window, total: documentsRead, notEnglish: notEnglish)
            try file?.commit()
        } catch {
            file?.discard()
            throw error
        }
    }

    /// Reads the documents to map: from the paths, or as `stdinLines` says.
    private static func forEachDocument(_ paths: [String], stdinLines: StdinLines?, _ emit: (Document) throws -> Void) throws {
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
}
