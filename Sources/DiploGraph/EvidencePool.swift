/// The evidence of one node or edge while a graph is being collected: the records kept, how
/// many distinct records were seen, and on which days (``seen``).
///
/// With a limit, only the first `limit` records in ``Evidence``'s order are kept, in a sorted
/// array, so memory grows with the number of nodes and edges rather than with the text read, and
/// a record that cannot be among the first is turned away with one comparison. Which records are
/// kept does not depend on the order they arrive in: the first `limit` of a union are the first
/// `limit` of the first `limit` of each part. The count is exact unless the same record arrives
/// again after it was dropped (the same document merged twice into a limited graph); then it is
/// counted twice. A count past `Int.max` stays at `Int.max` (see `SaturatingCount`).
struct EvidencePool: Sendable {
    /// Without a limit: every record, in an array while there are few (most nodes and edges of
    /// one document have a handful, and comparing a few is cheaper than hashing), then in a set.
    private var few: [Evidence] = []
    private var all: Set<Evidence> = []
    /// How many records the array holds before they move to the set.
    private static let fewLimit = 8
    /// With a limit: the first records, sorted, at most `limit` of them.
    private var first: [Evidence] = []
    /// Distinct records seen, kept or not; at most `Int.max`.
    private(set) var count = 0
    /// The days of the dated documents the records seen (kept or not) come from, as the nodes,
    /// edges and graphs added said (``Node/seen``, ``markSeen(on:)``).
    private(set) var seen: ClosedRange<Day>?
    /// At most this many records are kept; `nil` keeps all.
    let limit: Int?

    init(limit: Int?) {
        self.limit = limit
    }

    /// Adds a list of records that stands for `count` distinct ones (more than the list holds
    /// when it was shortened before), seen on the days `seen`.
    mutating func add(_ evidence: [Evidence], count listCount: Int, seen days: ClosedRange<Day>?) {
        seen = SeenDays.joined(seen, days)
        var added = max(listCount, evidence.count)
        for record in evidence where !insert(record) {
            added -= 1
        }
        count = SaturatingCount.sum(count, added)
    }

    /// Adds everything another pool holds.
    mutating func add(_ other: EvidencePool) {
        add(other.limit == nil ? other.few + other.all : other.first, count: other.count, seen: other.seen)
    }

    /// Records that everything added so far was seen on `day` (the date of the one document it
    /// was read from).
    mutating func markSeen(on day: Day) {
        seen = SeenDays.joined(seen, day)
    }

    /// The records kept, sorted, at most `limit` of them.
    func sorted() -> [Evidence] {
        limit == nil ? (all.isEmpty ? few.sorted() : all.sorted()) : first
    }

    /// Keeps `record` if it is among the first; false if it was kept already (a repeat).
    private mutating func insert(_ record: Evidence) -> Bool {
        guard let limit else { return insertUnlimited(record) }
        if first.count == limit, let last = first.last, !(record < last) {
            // Not among the first (or the last one itself again: a repeat).
            return record != last
        }
        // Binary search for the first record not before this one.
        var low = 0, high = first.count
        while low < high {
            let middle = (low + high) / 2
            if first[middle] < record { low = middle + 1 } else { high = middle }
        }
        if low < first.count && first[low] == record { return false }
        first.insert(record, at: low)
        if first.count > limit { first.removeLast() }
        return true
    }

    /// Keeps `record`; false if it was kept already. (Records are in `few` or, once there were
    /// more than `fewLimit`, all in `all`.)
    private mutating func insertUnlimited(_ record: Evidence) -> Bool {
        guard all.isEmpty else { return all.insert(record).inserted }
        if few.contains(record) { return false }
        if few.count < Self.fewLimit {
            few.append(record)
        } else {
            all = Set(few)
            all.insert(record)
            few = []
        }
        return true
    }
}
