/// Text under construction that remembers, for each UTF-8 byte, the span of the original it came
/// from: one byte for plain text, the whole reference for a decoded entity ("&amp;" → "&").
///
/// Offsets are stored as `UInt32` (documents are limited to 4 GiB, see `DocumentReader`): a
/// 200 MB document costs 8 bytes of offsets per byte rather than 16. Plain text, whose every
/// byte is its own source, stores no offsets at all (`identity`).
struct TracedText {
    var bytes: [UInt8] = []
    /// Where in the original each byte's source starts (empty for an identity text).
    private var origins: [UInt32] = []
    /// Where in the original each byte's source ends, exclusive (empty for an identity text).
    private var ends: [UInt32] = []
    /// Whether byte `i` comes from original byte `i` alone (plain text as read).
    private var identity = false

    init() {}

    /// The bytes of a plain text document, each its own source.
    init(identity bytes: [UInt8]) {
        self.bytes = bytes
        self.identity = true
    }

    /// Where byte `index`'s source starts in the original.
    func origin(at index: Int) -> Int { identity ? index : Int(origins[index]) }

    /// Where byte `index`'s source ends in the original (exclusive).
    func end(at index: Int) -> Int { identity ? index + 1 : Int(ends[index]) }

    mutating func append(_ byte: UInt8, from origin: Int, to end: Int? = nil) {
        precondition(!identity, "an identity text is not appended to")
        bytes.append(byte)
        origins.append(UInt32(origin))
        ends.append(UInt32(end ?? origin + 1))
    }

    mutating func append<S: Sequence>(contentsOf newBytes: S, from origin: Int, to end: Int? = nil) where S.Element == UInt8 {
        for byte in newBytes { append(byte, from: origin, to: end) }
    }

    mutating func append(_ other: TracedText) {
        append(range: other.bytes.indices, of: other)
    }

    /// Appends bytes `range` of `other` with their origin spans, in bulk.
    mutating func append(range: Range<Int>, of other: TracedText) {
        precondition(!identity, "an identity text is not appended to")
        bytes.append(contentsOf: other.bytes[range])
        if other.identity {
            origins.append(contentsOf: range.lazy.map { UInt32($0) })
            ends.append(contentsOf: range.lazy.map { UInt32($0 + 1) })
        } else {
            origins.append(contentsOf: other.origins[range])
            ends.append(contentsOf: other.ends[range])
        }
    }

    /// Appends byte `index` of `other` with its origin span.
    mutating func append(byteAt index: Int, of other: TracedText) {
        append(other.bytes[index], from: other.origin(at: index), to: other.end(at: index))
    }

    var isEmpty: Bool { bytes.isEmpty }
}

/// The map from each byte of a cleaned text to the span of the original it came from, stored as
/// runs: in a run, consecutive bytes come from consecutive original bytes, one each. Cleaned
/// text is mostly such runs (broken where white space was folded or markup dropped), so the
/// map takes a few words per run instead of two integers per byte.
struct OffsetMap: Sendable {
    /// The cleaned offset where each run starts, ascending.
    private var starts: [Int] = []
    /// The original offset of each run's first byte.
    private var origins: [Int] = []
    /// For a run of one byte whose source is not one byte ("&amp;"), its end; otherwise -1.
    private var spanEnds: [Int] = []
    /// The number of bytes mapped.
    private(set) var count = 0

    /// Maps the next byte of the cleaned text to `origin..<end`.
    mutating func append(origin: Int, end: Int) {
        defer { count += 1 }
        if end == origin + 1, let last = starts.last, spanEnds[spanEnds.count - 1] == -1,
           origins[origins.count - 1] + (count - last) == origin {
            return  // continues the run
        }
        starts.append(count)
        origins.append(origin)
        spanEnds.append(end == origin + 1 ? -1 : end)
    }

    /// Appends `count` bytes that come from the `count` original bytes starting at `origin`,
    /// one each: the same as `append(origin: origin + k, end: origin + k + 1)` for each k.
    mutating func appendIdentity(origin: Int, count newCount: Int) {
        guard newCount > 0 else { return }
        append(origin: origin, end: origin + 1)
        // The rest continue the run the first one is in.
        count += newCount - 1
    }

    /// The run holding cleaned byte `index`.
    private func run(_ index: Int) -> Int {
        var low = 0, high = starts.count  // the last run whose start <= index
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= index { low = mid } else { high = mid }
        }
        return low
    }

    /// Where cleaned byte `index`'s source starts in the original.
    func origin(at index: Int) -> Int {
        let r = run(index)
        return origins[r] + (index - starts[r])
    }

    /// Where cleaned byte `index`'s source ends in the original (exclusive).
    func end(at index: Int) -> Int {
        let r = run(index)
        return spanEnds[r] >= 0 ? spanEnds[r] : origins[r] + (index - starts[r]) + 1
    }
}
