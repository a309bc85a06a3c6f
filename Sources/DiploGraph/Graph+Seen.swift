/// What is read from documents and seen on their days: nodes and edges (``Node/seen``,
/// ``Edge/seen``).
protocol SeenInDocuments {
    /// The places it was read, all of them or the first ones.
    var evidence: [Evidence] { get }
    /// The days of the dated documents it was read in.
    var seen: ClosedRange<Day>? { get set }
}

extension SeenInDocuments {
    /// This node or edge, its days seen widened to the dates `documentDates` gives the documents
    /// of its evidence: where a graph gives no days of its own (one written before `first_seen`
    /// and `last_seen` existed). With a shortened evidence list only the kept records count.
    func seenAlso(in documentDates: [String: Day]) -> Self {
        guard let span = SeenDays.of(evidence, dates: documentDates) else { return self }
        var copy = self
        copy.seen = SeenDays.joined(seen, span)
        return copy
    }
}

extension Node: SeenInDocuments {}
extension Edge: SeenInDocuments {}

extension Graph {
    /// The days of the graph's dated documents, from the earliest to the latest; `nil` when
    /// none is dated.
    public var documentDateSpan: ClosedRange<Day>? {
        guard let first = documentDates.values.min(), let last = documentDates.values.max() else { return nil }
        return first...last
    }
}
