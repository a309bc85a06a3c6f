/// Where a list of token ranges (the mentions of a sentence) lies, for questions asked at every
/// token: which ranges start or end at a token, whether any covers it.
///
/// A sentence names a handful of things, and reading a handful of ranges answers a question
/// faster than any index. A sentence that names hundreds (a list, a dump) would make that
/// quadratic: past ``scanLimit`` ranges, an index built in one pass answers each question in
/// constant time, or in the size of the answer. Both give the same answers.
///
/// Answers keep the list's order: "first" and "last" mean what `first(where:)` and
/// `last(where:)` over the list would.
struct TokenSpans {
    /// Up to this many ranges are read one by one; more are indexed.
    static let scanLimit = 12

    private let ranges: [Range<Int>]
    private let index: Index?

    /// Indexes `ranges`, token ranges within a sentence of `tokenCount` tokens.
    ///
    /// - Parameter scanLimit: Up to this many ranges are read one by one (tests set it to 0 to
    ///   compare the index with the reading).
    init(_ ranges: [Range<Int>], tokenCount: Int, scanLimit: Int = TokenSpans.scanLimit) {
        self.ranges = ranges
        if ranges.count > scanLimit {
            index = Index(ranges, tokenCount: tokenCount)
            WorkMeter.record(ranges.count + tokenCount)
        } else {
            index = nil
        }
    }

    /// The number of ranges.
    var count: Int { ranges.count }

    /// The index of the first range that starts at token `k` and satisfies `condition`.
    func first(startingAt k: Int, where condition: (Int) -> Bool = { _ in true }) -> Int? {
        guard let index else { return ranges.indices.first { ranges[$0].lowerBound == k && condition($0) } }
        return index.starting(at: k).first(where: condition)
    }

    /// The index of the first range that ends right before token `k` (`upperBound == k`) and
    /// satisfies `condition`.
    func first(endingAt k: Int, where condition: (Int) -> Bool = { _ in true }) -> Int? {
        guard let index else { return ranges.indices.first { ranges[$0].upperBound == k && condition($0) } }
        return index.ending(at: k).first(where: condition)
    }

    /// The index of the last range that ends right before token `k` (`upperBound == k`).
    func last(endingAt k: Int) -> Int? {
        guard let index else { return ranges.indices.last { ranges[$0].upperBound == k } }
        return index.ending(at: k).last
    }

    /// The largest index of a range that ends at or before token `k` (`upperBound <= k`).
    func lastEnding(atOrBefore k: Int) -> Int? {
        guard let index else { return ranges.indices.last { ranges[$0].upperBound <= k } }
        return index.lastEnding(atOrBefore: k)
    }

    /// Whether some range contains token `k`.
    func covers(_ k: Int) -> Bool {
        guard let index else { return ranges.contains { $0.contains(k) } }
        return index.covers(k)
    }

    /// Whether some range shares a token with `range` (what `Range.overlaps` says).
    func overlaps(_ range: Range<Int>) -> Bool {
        guard let index else { return ranges.contains { $0.overlaps(range) } }
        return index.overlaps(range)
    }

    /// The ranges by token, built in one pass.
    private struct Index {
        /// Indices of the ranges that start at each token, grouped by token: those of token `k`
        /// are `startIndices[startOffsets[k]..<startOffsets[k + 1]]`. The same for ends.
        private var startOffsets: [Int32]
        private var startIndices: [Int32]
        private var endOffsets: [Int32]
        private var endIndices: [Int32]
        /// How many tokens before each token (and before the end) some range covers.
        private var coveredBefore: [Int32]
        /// For each position, the largest index of a range that ends at or before it, or -1.
        private var lastEndingBefore: [Int32]

        init(_ ranges: [Range<Int>], tokenCount: Int) {
            let positions = tokenCount + 1
            (startOffsets, startIndices) = Self.grouped(ranges.map(\.lowerBound), positions: positions)
            (endOffsets, endIndices) = Self.grouped(ranges.map(\.upperBound), positions: positions)
            // Coverage: +1 where a range starts, -1 where it ends, summed left to right.
            var depth = [Int32](repeating: 0, count: positions + 1)
            for range in ranges where !range.isEmpty {
                depth[range.lowerBound] += 1
                depth[range.upperBound] -= 1
            }
            coveredBefore = [Int32](repeating: 0, count: positions)
            var open: Int32 = 0
            for k in 0..<tokenCount {
                open += depth[k]
                coveredBefore[k + 1] = coveredBefore[k] + (open > 0 ? 1 : 0)
            }
            lastEndingBefore = [Int32](repeating: -1, count: positions)
            var last: Int32 = -1
            for k in 0..<positions {
                if let ending = endIndices[Int(endOffsets[k])..<Int(endOffsets[k + 1])].last { last = max(last, ending) }
                lastEndingBefore[k] = last
            }
        }

        /// `positions` buckets of list indices, by `keys` (each in 0..<positions), in list order.
        private static func grouped(_ keys: [Int], positions: Int) -> ([Int32], [Int32]) {
            var offsets = [Int32](repeating: 0, count: positions + 1)
            for key in keys { offsets[key + 1] += 1 }
            for k in 0..<positions { offsets[k + 1] += offsets[k] }
            var next = Array(offsets.dropLast())
            var indices = [Int32](repeating: 0, count: keys.count)
            for (index, key) in keys.enumerated() {
                indices[Int(next[key])] = Int32(index)
                next[key] += 1
            }
            return (offsets, indices)
        }

        func starting(at k: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
            startIndices[Int(startOffsets[k])..<Int(startOffsets[k + 1])].lazy.map { Int($0) }
        }

        func ending(at k: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
            endIndices[Int(endOffsets[k])..<Int(endOffsets[k + 1])].lazy.map { Int($0) }
        }

        func lastEnding(atOrBefore k: Int) -> Int? {
            lastEndingBefore[k] >= 0 ? Int(lastEndingBefore[k]) : nil
        }

        func covers(_ k: Int) -> Bool {
            coveredBefore[k + 1] > coveredBefore[k]
        }

        func overlaps(_ range: Range<Int>) -> Bool {
            !range.isEmpty && coveredBefore[range.upperBound] > coveredBefore[range.lowerBound]
        }
    }
}
