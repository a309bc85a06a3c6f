/// Why a document could not be read. Each has a one-line message a user can act on.
public struct DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// No file or directory at the path.
        case notFound
        /// The file exists but could not be read (permissions, I/O error).
        case unreadable(String)
        /// The content is binary, not text.
        case notText
        /// The document holds no text (empty, white space, or nothing but page furniture).
        case empty
        /// A directory held no `.txt`, `.md` or `.html` document.
        case noDocuments
    }

    /// The path (or `-`) of the document.
    public var path: String
    /// What went wrong.
    public var reason: Reason

    /// Creates an error for `path`.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .notFound: return "\(path): no such file or directory"
        case .unreadable(let why): return "\(path): cannot be read (\(why))"
        case .notText: return "\(path): not a text document (binary content)"
        case .empty: return "\(path): the document is empty (no text to read)"
        case .noDocuments: return "\(path): no .txt, .md or .html documents in this directory"
        }
    }
}
