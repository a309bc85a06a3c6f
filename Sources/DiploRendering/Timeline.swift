import DiploGraph

/// Relations over time, as the report's timeline draws them: how many relations were read in
/// each week, month or run of years, by class of relation (the legend's classes), and the same
/// for the busiest pairs of actors.
///
/// **What is counted.** A relation (an edge) counts once for each dated document it was read in,
/// in the period of that document's date: an (edge, document) pair, however many sentences of
/// the document support it. Undated documents are not counted. The documents are those of the
/// evidence each edge keeps: with an evidence limit (`--evidence-limit`, 50 sentences by
/// default), an edge read in more documents than its kept sentences name is counted for the
/// documents they name only, its earliest in name order; ``cutRelations`` says how many edges
/// that may concern, and the report says so. Keeping a count per edge and period while a
/// corpus is collected would be exact, but it would put a table of periods in every edge of
/// the graph and of its JSON, for the few edges that pass the limit.
///
/// **Periods.** Weeks (Monday to Sunday) when the counted dates span at most 20 weeks, months
/// when they span at most ten years, and runs of whole years beyond, so that there are never
/// more than about 120 bars.
///
/// **Pairs.** Two actors (leaders, states or organisations; not agreements) joined by
/// interactions (every relation but `leads` and `party_to`), whichever way and whatever the
/// relation, ranked by their number of sentences (the edges' counts), ties by the pair's node
/// identifiers; only pairs with a counted (edge, document) pair are drawn.
struct Timeline: Equatable {
    /// How long one bar of the timeline is.
    enum Period: Equatable {
        case week
        case month
        /// A run of this many years (1 or more), starting at a year divisible by it.
        case years(Int)

        /// "week", "month", "year" or "10 years": what "relations per …" says.
        var name: String {
            switch self {
            case .week: return "week"
            case .month: return "month"
            case .years(let n): return n == 1 ? "year" : "\(n) years"
            }
        }
    }

    /// Two actors and how often they dealt with each other.
    struct Pair: Equatable {
        /// The identifiers of the two nodes, in sorted order.
        var first: NodeID
        var second: NodeID
        /// Their sentences in all: the sum of the counts of the interactions between them.
        var sentences: Int
        /// Their counted (edge, document) pairs in each period.
        var counts: [Int]
    }

    /// How long each bar is.
    let period: Period
    /// The first day of each period, from the period of the earliest counted date to that of
    /// the latest, without gaps.
    let starts: [Day]
    /// The counted (edge, document) pairs by class of relation, each with one count per period.
    let counts: [Style.EdgeClass: [Int]]
    /// The busiest pairs, busiest first.
    let pairs: [Pair]
    /// The earliest and the latest counted date.
    let days: ClosedRange<Day>
    /// How many edges list fewer sentences than they count, so that documents of theirs may be
    /// missing from the counts.
    let cutRelations: Int

    /// Every counted (edge, document) pair: the sum of all the bars.
    var total: Int { counts.values.reduce(0) { $0 + $1.reduce(0, +) } }

    /// The counted pairs of each period, all classes together.
    var totals: [Int] {
        starts.indices.map { index in counts.values.reduce(0) { $0 + $1[index] } }
    }

    /// How many pairs of actors the timeline draws as lines.
    static let pairLimit = 5

    /// The timeline of `graph`, or `nil` when its relations were read on fewer than two
    /// distinct days (nothing to draw over time).
    init?(_ graph: Graph) {
        // The (edge, document) pairs, with their days.
        var items: [(edge: Edge, day: Day)] = []
        var cut = 0
        for edge in graph.edges {
            if edge.count > edge.evidence.count { cut += 1 }
            var previous: String?
            for record in edge.evidence where record.document != previous {
                // Evidence is sorted by document: each document's records are together.
                previous = record.document
                if let day = graph.documentDates[record.document] { items.append((edge, day)) }
            }
        }
        guard let first = items.map(\.day).min(), let last = items.map(\.day).max(), first < last else { return nil }

        let period = Self.period(from: first, to: last)
        let starts = Self.starts(from: first, to: last, period: period)
        var counts: [Style.EdgeClass: [Int]] = [:]
        for edgeClass in Style.EdgeClass.allCases { counts[edgeClass] = Array(repeating: 0, count: starts.count) }
        var pairCounts: [PairKey: [Int]] = [:]
        func isActor(_ id: NodeID) -> Bool { graph.node(id).map { $0.kind != .agreement } ?? false }
        for (edge, day) in items {
            let index = Self.index(of: day, among: starts, period: period)
            counts[Style.EdgeClass(edge.relation)]![index] += 1
            if edge.relation.isInteraction && isActor(edge.source) && isActor(edge.target) {
                pairCounts[PairKey(edge), default: Array(repeating: 0, count: starts.count)][index] += 1
            }
        }
        var sentences: [PairKey: Int] = [:]
        for edge in graph.edges where edge.relation.isInteraction && pairCounts[PairKey(edge)] != nil {
            let (sum, overflow) = sentences[PairKey(edge), default: 0].addingReportingOverflow(max(1, edge.count))
            sentences[PairKey(edge)] = overflow ? Int.max : sum
        }
        let busiest = sentences.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(Self.pairLimit)

        self.period = period
        self.starts = starts
        self.counts = counts
        self.pairs = busiest.map { Pair(first: $0.key.first, second: $0.key.second, sentences: $0.value, counts: pairCounts[$0.key]!) }
        self.days = first...last
        self.cutRelations = cut
    }

    /// The two ends of an edge as an unordered pair.
    private struct PairKey: Hashable, Comparable {
        var first: NodeID
        var second: NodeID

        init(_ edge: Edge) {
            (first, second) = edge.source <= edge.target ? (edge.source, edge.target) : (edge.target, edge.source)
        }

        static func < (a: PairKey, b: PairKey) -> Bool { (a.first, a.second) < (b.first, b.second) }
    }

    /// Weeks up to 20 weeks, months up to ten years, runs of years beyond (at most about 120).
    static func period(from first: Day, to last: Day) -> Period {
        if last.dayNumber - first.dayNumber <= 20 * 7 { return .week }
        if last.monthNumber - first.monthNumber < 120 { return .month }
        let years = last.year - first.year + 1
        return .years(max(1, (years + 119) / 120))
    }

    /// The first days of the periods from `first`'s to `last`'s.
    static func starts(from first: Day, to last: Day, period: Period) -> [Day] {
        switch period {
        case .week:
            let weeks = (last.startOfWeek.dayNumber - first.startOfWeek.dayNumber) / 7
            return (0...weeks).compactMap { Day(dayNumber: first.startOfWeek.dayNumber + 7 * $0) }
        case .month:
            return (first.monthNumber...last.monthNumber).compactMap { Day(year: $0 / 12, month: $0 % 12 + 1, day: 1) }
        case .years(let n):
            let lowest = first.year - first.year % n
            return stride(from: lowest, through: last.year, by: n).map { Day(year: max(1, $0), month: 1, day: 1)! }
        }
    }

    /// The index of the period `day` falls in.
    static func index(of day: Day, among starts: [Day], period: Period) -> Int {
        switch period {
        case .week: return (day.startOfWeek.dayNumber - starts[0].dayNumber) / 7
        case .month: return day.monthNumber - starts[0].monthNumber
        case .years(let n): return (day.year - (starts[0].year - starts[0].year % n)) / n
        }
    }
}
