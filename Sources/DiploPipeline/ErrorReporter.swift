/// Writes the one-line error messages of the command line to standard error, as ``Warning``
/// and ``Note`` write theirs.
public enum ErrorReporter {
    /// Writes `diplograph: error: <message>` to standard error, folded onto one line.
    public static func report(_ message: String) {
        StandardStreams.writeError(line(for: message))
    }

    /// The line `report` writes, with its final newline: line breaks and runs of white space in
    /// `message` are folded into single spaces so that every error is exactly one line.
    public static func line(for message: String) -> String {
        let folded = foldedOntoOneLine(message)
        return "diplograph: error: \(folded.isEmpty ? "unknown error" : folded)\n"
    }
}

/// `message` with its line breaks and runs of white space folded into single spaces, so that a
/// diagnostic is exactly one line.
func foldedOntoOneLine(_ message: String) -> String {
    message.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
}
