/// A style file that cannot be used, with the key at fault.
public struct StyleFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path (or a name given by the caller).
    public var file: String
    /// The path of the key at fault, such as `leader.fillColour`; empty when the whole file is
    /// at fault (unreadable, not JSON).
    public var key: String
    /// What is wrong, and what would be right.
    public var problem: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - file: The style file.
    ///   - key: The key at fault, or `""`.
    ///   - problem: What is wrong.
    public init(file: String, key: String, problem: String) {
        self.file = file
        self.key = key
        self.problem = problem
    }

    /// "style.json: leader.fillColour: unknown key (known keys: …)".
    public var description: String {
        key.isEmpty ? "\(file): \(problem)" : "\(file): \(key): \(problem)"
    }
}
