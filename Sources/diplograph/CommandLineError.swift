import DiploRendering

/// A problem with the command line itself (as opposed to a document or the renderer), with a
/// message a user can act on.
struct CommandLineError: Error, Equatable, CustomStringConvertible {
    /// The one-line message.
    var description: String

    /// Creates an error with `description` as its message.
    init(_ description: String) {
        self.description = description
    }

    /// `--output` names a file whose extension names no format, and `--format` is absent.
    static func unknownExtension(_ path: String, _ ext: String) -> CommandLineError {
        let known = OutputFormat.allCases.map { ".\($0.pathExtension)" }.joined(separator: ", ")
        return CommandLineError(
            "\(path): cannot tell the output format from the extension '.\(ext)'; "
                + "use one of \(known) or say --format")
    }

    /// No path was given and standard input is a terminal, not a pipe or a file.
    static let noInput = CommandLineError(
        "no documents to read: name a file or directory, or pipe a document into standard input (see --help)")

    /// `-` appears more than once among the paths.
    static let stdinTwice = CommandLineError("standard input ('-') can be read only once")

    /// The output file cannot be written.
    static func cannotWrite(_ path: String, _ why: String) -> CommandLineError {
        CommandLineError("\(path): cannot write the output (\(why))")
    }
}
