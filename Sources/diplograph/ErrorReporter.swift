import ArgumentParser
import DiploPipeline

/// Writes the one-line error messages of the command line to standard error.
enum ErrorReporter {
    /// Writes `diplograph: error: <message>` to standard error, folded onto one line.
    static func report(_ message: String) {
        StandardStreams.writeError(line(for: message))
    }

    /// The line `report` writes, with its final newline: line breaks and runs of white space in
    /// `message` are folded into single spaces so that every error is exactly one line.
    static func line(for message: String) -> String {
        let words = message.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let folded = words.joined(separator: " ")
        return "diplograph: error: \(folded.isEmpty ? "unknown error" : folded)\n"
    }
}

/// `body`'s result, a library's ``UsageError`` made a bad command line (`ValidationError`,
/// exit 64) with the same message.
func usage<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as UsageError {
        throw ValidationError(error.description)
    }
}
