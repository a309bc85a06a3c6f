/// The days a node or an edge was seen: from the date of the earliest document it was read in to
/// that of the latest (``Node/firstSeen``, ``Node/lastSeen``, ``Edge/firstSeen``,
/// ``Edge/lastSeen``).
///
/// A span is kept as a `ClosedRange<Day>`, `nil` while no dated document has been read. Spans
/// join by taking the earlier first day and the later last day: a union that gives the same
/// span in any order or grouping, so merging graphs stays order-independent, and that needs no
/// evidence, so it stays exact when an evidence limit shortened the lists.
enum SeenDays {
    /// The smallest span that holds both `a` and `b` (either may be `nil`: not seen on a
    /// known day).
    static func joined(_ a: ClosedRange<Day>?, _ b: ClosedRange<Day>?) -> ClosedRange<Day>? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
    }

    /// `span` widened to hold `day`.
    static func joined(_ span: ClosedRange<Day>?, _ day: Day) -> ClosedRange<Day> {
        guard let span else { return day...day }
        return min(span.lowerBound, day)...max(span.upperBound, day)
    }

    /// The span of the dates of the documents `evidence` comes from, as `dates` gives them
    /// (undated documents add nothing); `nil` when none is dated.
    static func of(_ evidence: [Evidence], dates: [String: Day]) -> ClosedRange<Day>? {
        guard !dates.isEmpty else { return nil }
        var span: ClosedRange<Day>?
        var previous: String?
        for record in evidence where record.document != previous {
            // Sorted evidence lists a document's records together: one look-up per document.
            previous = record.document
            if let day = dates[record.document] { span = joined(span, day) }
        }
        return span
    }
}

extension KeyedDecodingContainer {
    /// The span written as the days at `firstKey` and `lastKey` (`YYYY-MM-DD`); `nil` when
    /// both are absent.
    ///
    /// - Throws: `DecodingError.dataCorrupted` at the field at fault: a day not written
    ///   `YYYY-MM-DD`, one of the two without the other, or a last day before the first.
    func decodeSeenDaysIfPresent(first firstKey: Key, last lastKey: Key) throws -> ClosedRange<Day>? {
        let first = try decodeDayIfPresent(forKey: firstKey)
        let last = try decodeDayIfPresent(forKey: lastKey)
        switch (first, last) {
        case (nil, nil):
            return nil
        case let (first?, last?):
            guard first <= last else {
                throw outOfContract(lastKey, "\(last) is before \(firstKey.stringValue) \(first)")
            }
            return first...last
        case (nil, _?):
            throw outOfContract(firstKey, "required with \(lastKey.stringValue)")
        case (_?, nil):
            throw outOfContract(lastKey, "required with \(firstKey.stringValue)")
        }
    }

    /// The day written `YYYY-MM-DD` at `key`; `nil` when the key is absent or null.
    func decodeDayIfPresent(forKey key: Key) throws -> Day? {
        guard let written = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let day = Day(iso: written) else { throw outOfContract(key, "'\(written)' is not a day written YYYY-MM-DD") }
        return day
    }
}
