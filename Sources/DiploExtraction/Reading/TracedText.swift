/// Text under construction that remembers, for each UTF-8 byte, the span of the original it came
/// from: one byte for plain text, the whole reference for a decoded entity ("&amp;" → "&").
struct TracedText {
    var bytes: [UInt8] = []
    /// Where in the original each byte's source starts.
    var origins: [Int] = []
    /// Where in the original each byte's source ends (exclusive).
    var ends: [Int] = []

    mutating func append(_ byte: UInt8, from origin: Int, to end: Int? = nil) {
        bytes.append(byte)
        origins.append(origin)
        ends.append(end ?? origin + 1)
    }

    mutating func append<S: Sequence>(contentsOf newBytes: S, from origin: Int, to end: Int? = nil) where S.Element == UInt8 {
        for byte in newBytes { append(byte, from: origin, to: end) }
    }

    mutating func append(_ other: TracedText) {
        bytes.append(contentsOf: other.bytes)
        origins.append(contentsOf: other.origins)
        ends.append(contentsOf: other.ends)
    }

    /// Appends byte `index` of `other` with its origin span.
    mutating func append(byteAt index: Int, of other: TracedText) {
        bytes.append(other.bytes[index])
        origins.append(other.origins[index])
        ends.append(other.ends[index])
    }

    var isEmpty: Bool { bytes.isEmpty }
}
