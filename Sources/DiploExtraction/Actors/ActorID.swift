/// A person of an ``ActorKnowledgeBase``: an index, stable for one build of the data (the
/// generated people are numbered in sorted order; a user overlay's new people follow them).
public struct ActorID: Sendable, Hashable, Comparable {
    /// The person's number.
    public let rawValue: Int

    /// Wraps a number.
    public init(_ rawValue: Int) {
        self.rawValue = rawValue
    }

    public static func < (a: ActorID, b: ActorID) -> Bool { a.rawValue < b.rawValue }
}
