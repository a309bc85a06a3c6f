/// A set of lower-case ASCII phrases searched for in lower-cased ASCII bytes: at each position
/// only the phrases that start with the byte there are compared.
struct ByteMarkers: Sendable {
    /// The phrases, as given.
    let phrases: [String]
    /// The phrases' bytes by their first byte.
    private let byFirstByte: [[[UInt8]]]

    init(_ phrases: [String]) {
        self.phrases = phrases
        var table = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            if let first = bytes.first { table[Int(first)].append(bytes) }
        }
        byFirstByte = table
    }

    /// Whether lower-cased ASCII `haystack` contains one of the phrases.
    func occurs(in haystack: [UInt8]) -> Bool {
        for start in haystack.indices {
            for marker in byFirstByte[Int(haystack[start])] where marker.count <= haystack.count - start {
                var j = 1
                while j < marker.count && haystack[start + j] == marker[j] { j += 1 }
                if j == marker.count { return true }
            }
        }
        return false
    }

    /// Whether lower-case `text` (any script) contains one of the phrases.
    func occurs(in text: String) -> Bool {
        phrases.contains { text.contains($0) }
    }

    /// `bytes` with ASCII capitals lowered, or nil when it is not all ASCII.
    static func lowerASCII<C: Collection>(_ bytes: C) -> [UInt8]? where C.Element == UInt8 {
        var lower: [UInt8] = []
        lower.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 { return nil }
            lower.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return lower
    }
}
