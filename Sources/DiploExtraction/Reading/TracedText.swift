/// Text under construction that remembers, for each UTF-8 byte, where in the original it came from.
struct TracedText {
    var bytes: [UInt8] = []
    var origins: [Int] = []

    mutating func append(_ byte: UInt8, from origin: Int) {
        bytes.append(byte)
        origins.append(origin)
    }

    mutating func append<S: Sequence>(contentsOf newBytes: S, from origin: Int) where S.Element == UInt8 {
        for byte in newBytes { append(byte, from: origin) }
    }

    mutating func append(_ other: TracedText) {
        bytes.append(contentsOf: other.bytes)
        origins.append(contentsOf: other.origins)
    }

    var isEmpty: Bool { bytes.isEmpty }
}
