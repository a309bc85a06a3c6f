/// A value given to the pipeline that it cannot take: a window of days written wrongly, an
/// unknown kind of input line, standard input named twice. It is the caller's mistake, found
/// before anything is read; the command line reports it as a bad command line (exit 64).
public struct UsageError: Error, Equatable, CustomStringConvertible {
    /// The one-line message.
    public var description: String

    /// Creates an error with `description` as its message.
    public init(_ description: String) {
        self.description = description
    }

    /// `-` appears more than once among the paths: standard input can be read only once.
    public static let standardInputTwice = UsageError("standard input ('-') can be read only once")
}
