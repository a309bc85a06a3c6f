/// A set of lower-case ASCII phrases searched for in ASCII bytes, ignoring case: at each
/// position only the phrases that start with the byte there are compared. The phrases are
/// stored in one flat buffer, so a search allocates nothing and retains nothing.
struct ByteMarkers: Sendable {
    /// The phrases, as given.
    let phrases: [String]
    /// The phrases' bytes one after another, ordered by first byte.
    private let flat: [UInt8]
    /// Where each phrase starts in `flat`, with one more entry for the end.
    private let bounds: [Int]
    /// For each byte, the phrases (indices into `bounds`) that start with it: `first[b]..<first[b + 1]`.
    private let first: [Int]

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
    }

    /// Whether ASCII `haystack` contains one of the phrases, ignoring case.
    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { text in
            flat.withUnsafeBufferPointer { flat in
                bounds.withUnsafeBufferPointer { bounds in
                    first.withUnsafeBufferPointer { first in
                        for start in 0..<text.count {
                            let b = Int(Self.lower(text[start]))
                            var phrase = first[b]
                            while phrase < first[b + 1] {
                                let from = bounds[phrase], length = bounds[phrase + 1] - from
                                if length <= text.count - start {
                                    var j = 1
                                    while j < length && Self.lower(text[start + j]) == flat[from + j] { j += 1 }
                                    if j == length { return true }
                                }
                                phrase += 1
                            }
                        }
                        return false
                    }
                }
            }
        }
    }

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
