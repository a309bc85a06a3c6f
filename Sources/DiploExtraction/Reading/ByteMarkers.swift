/// A set of lower-case ASCII phrases searched for in ASCII bytes, ignoring case. The phrases are
/// stored in one flat buffer, so a search allocates nothing and retains nothing.
///
/// The search slides a window as wide as the shortest phrase over the text and looks only at the
/// window's last two bytes (Wu and Manber's multi-pattern search): when no phrase has that pair
/// of bytes anywhere in its first window's width, the window jumps ahead, by up to the width less
/// one. Only where a phrase may start are the phrases that start with the byte there compared.
/// News prose, where no phrase occurs, is read a few bytes in every window instead of every byte.
struct ByteMarkers: Sendable {
    /// The phrases, as given.
    let phrases: [String]
    /// The phrases' bytes one after another, ordered by first byte.
    private let flat: [UInt8]
    /// Where each phrase starts in `flat`, with one more entry for the end.
    private let bounds: [Int]
    /// For each byte, the phrases (indices into `bounds`) that start with it: `first[b]..<first[b + 1]`.
    private let first: [Int]
    /// The fewest bytes a phrase has: the width of the sliding window.
    private let width: Int
    /// For each pair bucket (`bucket(_:_:)`), how far the window may slide when its last two bytes
    /// fall in that bucket: 0 where a phrase may start at the window.
    private let shifts: [UInt8]

    init(_ phrases: [String]) {
        self.phrases = phrases
        let sorted = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var flat: [UInt8] = []
        var bounds: [Int] = [0]
        var first = [Int](repeating: 0, count: 257)
        for phrase in sorted {
            flat += phrase
            bounds.append(flat.count)
            first[Int(phrase[0]) + 1] += 1
        }
        for b in 0..<256 { first[b + 1] += first[b] }
        self.flat = flat
        self.bounds = bounds
        self.first = first
        let width = min(sorted.map { $0.count }.min() ?? 1, Int(UInt8.max))
        self.width = width
        // A pair that ends at byte j of some phrase's first `width` bytes lets the window slide
        // `width - 1 - j`; any other pair lets it slide `width - 1` (a phrase may start at the
        // window's last byte).
        var shifts = [UInt8](repeating: UInt8(max(width - 1, 0)), count: Self.buckets)
        if width >= 2 {
            for phrase in sorted {
                for j in 1..<width {
                    let slot = Self.bucket(phrase[j - 1], phrase[j])
                    shifts[slot] = min(shifts[slot], UInt8(width - 1 - j))
                }
            }
        }
        self.shifts = shifts
    }

    /// Whether ASCII `haystack` contains one of the phrases, ignoring case.
    func occurs(in haystack: [UInt8]) -> Bool {
        guard haystack.count >= width else { return false }
        return haystack.withUnsafeBufferPointer { text in
            shifts.withUnsafeBufferPointer { shifts in
                let last = text.count - width
                var start = 0
                if width < 2 {
                    while start <= last {
                        if phraseStarts(at: start, in: text) { return true }
                        start += 1
                    }
                    return false
                }
                while start <= last {
                    let end = start + width - 1
                    let shift = Int(shifts[Self.bucket(text[end - 1], text[end])])
                    if shift > 0 {
                        start += shift
                        continue
                    }
                    if phraseStarts(at: start, in: text) { return true }
                    start += 1
                }
                return false
            }
        }
    }

    /// Whether one of the phrases starts at `start` of `text`, ignoring case.
    private func phraseStarts(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        flat.withUnsafeBufferPointer { flat in
            bounds.withUnsafeBufferPointer { bounds in
                let b = Int(Self.lower(text[start]))
                var phrase = first[b]
                let end = first[b + 1]
                while phrase < end {
                    let from = bounds[phrase], length = bounds[phrase + 1] - from
                    if length <= text.count - start {
                        var j = 1
                        while j < length && Self.lower(text[start + j]) == flat[from + j] { j += 1 }
                        if j == length { return true }
                    }
                    phrase += 1
                }
                return false
            }
        }
    }

    /// The number of pair buckets.
    private static let buckets = 1 << 10

    /// The bucket of a pair of bytes: the low five bits of each, so that an ASCII capital falls
    /// with its small letter (pairs that share a bucket only make the window slide less far).
    @inline(__always)
    private static func bucket(_ a: UInt8, _ b: UInt8) -> Int { Int(a & 0x1F) << 5 | Int(b & 0x1F) }

    /// Whether lower-case `text` (any script) contains one of the phrases.
    func occurs(in text: String) -> Bool {
        phrases.contains { text.contains($0) }
    }

    /// `byte` with an ASCII capital lowered.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// `bytes` with ASCII capitals lowered, or nil when it is not all ASCII.
    static func lowerASCII<C: Collection>(_ bytes: C) -> [UInt8]? where C.Element == UInt8 {
        var lower: [UInt8] = []
        lower.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 { return nil }
            lower.append(Self.lower(byte))
        }
        return lower
    }
}
