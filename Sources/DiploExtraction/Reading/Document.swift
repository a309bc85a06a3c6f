import Foundation

/// A document as read: its name, original bytes, and the cleaned text used for extraction.
public struct Document: Sendable {
    /// The name used in evidence (the path as given, or `-` for standard input).
    public var name: String
    /// The decoded original text.
    public var original: String
    public init(name: String, original: String) {
        self.name = name
        self.original = original
    }
}
