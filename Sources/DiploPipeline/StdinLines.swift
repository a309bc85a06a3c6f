import DiploExtraction
import Foundation

/// `--stdin-lines`: what each line of standard input is, for map steps fed by a distributed
/// engine (Hadoop Streaming and Spark's `pipe` hand a task its input one line per record).
public enum StdinLines: String, CaseIterable, Sendable {
    /// Each line is the path of a document or a directory (on a file system every worker sees).
    case paths = "path"
    /// Each line is a JSON object `{"name": "…", "text": "…"}`, optionally with `"format"`
    /// (`text`, `markdown` or `html`, or an extension such as `md`); evidence offsets are UTF-8
    /// byte offsets into `text`.
    case records = "record"

    /// The accepted values, for help and errors.
    public static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses `--stdin-lines`' value (`path`/`paths`, `record`/`records`).
    ///
    /// - Throws: ``UsageError`` naming the accepted values.
    public static func parse(_ argument: String) throws(UsageError) -> StdinLines {
        var word = argument.lowercased()
        if StdinLines(rawValue: word) == nil, word.hasSuffix("s") { word.removeLast() }
        guard let value = StdinLines(rawValue: word) else {
            throw UsageError("unknown kind '\(argument)' for --stdin-lines; use one of \(valueList)")
        }
        return value
    }

    /// One document record of `--stdin-lines record`.
    private struct Record: Decodable {
        var name: String
        var text: String
        var format: String?
    }

    /// Calls `body` with each non-blank line of standard input, trimmed, as a path.
    static func forEachPath(_ body: (String) throws -> Void) throws {
        var reader = LineReader(descriptor: StandardStreams.current.input)
        while let line = try reader.nextLine(name: DocumentSource.standardInputName) {
            let path = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !path.isEmpty { try body(path) }
        }
    }

    /// Reads each non-blank line of standard input as a document record and calls `body` with
    /// the document.
    ///
    /// - Throws: `PipelineError` naming the line of a record that is not one;
    ///   `DocumentError` for a record whose text is empty or binary.
    static func forEachRecord(_ body: (Document) throws -> Void) throws {
        var reader = LineReader(descriptor: StandardStreams.current.input)
        var number = 0
        while let line = try reader.nextLine(name: DocumentSource.standardInputName) {
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let record: Record
            do {
                record = try JSONDecoder().decode(Record.self, from: Data(line))
            } catch {
                throw PipelineError(
                    "-:\(number): not a document record: expected {\"name\": \"…\", \"text\": \"…\"} on one line")
            }
            var format: DocumentFormat?
            if let name = record.format {
                format = DocumentFormat(rawValue: name.lowercased()) ?? DocumentFormat(pathExtension: name)
                guard format != nil else {
                    throw PipelineError("-:\(number): unknown document format '\(name)'; use text, markdown or html")
                }
            } else {
                format = DocumentFormat(pathExtension: (record.name as NSString).pathExtension)
            }
            try body(try DocumentSource.read(data: Data(record.text.utf8), name: record.name, format: format))
        }
    }
}
