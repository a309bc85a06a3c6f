/// A small, deterministic summary of a document's cleaned text that tells the same story in
/// two files apart from two different stories: a MinHash signature of its word shingles.
///
/// The words are runs of letters and digits, ASCII lower-cased; a shingle is `shingleWords`
/// words in a row (a text with fewer words is one shingle). Each shingle is hashed with 64-bit
/// FNV-1a over its words, and the signature keeps, for each of `size` seeded mixes of that
/// hash, the least value over all shingles. The share of positions where two signatures agree
/// estimates the Jaccard similarity of the two shingle sets. The same text gives the same
/// signature in every run and on every machine (no per-process hash seed).
///
/// Cost: one pass over the text and `size` mixes per word, far below extraction's.
public struct StoryFingerprint: Sendable, Equatable {
    /// Words in a shingle.
    public static let shingleWords = 3
    /// Values in a signature.
    public static let size = 64

    /// The least mixed shingle hash for each seed.
    let minima: [UInt64]

    /// The fingerprint of cleaned text `text`, or nil when it has no words.
    public init?(text: String) {
        var minima = [UInt64](repeating: .max, count: Self.size)
        var window: [UInt64] = []
        window.reserveCapacity(Self.shingleWords)
        var shingles = 0
        func addShingle() {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for word in window { hash = (hash ^ word) &* 0x0000_0100_0000_01B3 }
            shingles += 1
            for k in 0..<Self.size {
                let value = Self.mix(hash ^ Self.seeds[k])
                if value < minima[k] { minima[k] = value }
            }
        }
        var word: UInt64 = 0xCBF2_9CE4_8422_2325
        var inWord = false
        func endWord() {
            guard inWord else { return }
            if window.count == Self.shingleWords { window.removeFirst() }
            window.append(word)
            if window.count == Self.shingleWords { addShingle() }
            word = 0xCBF2_9CE4_8422_2325
            inWord = false
        }
        for byte in text.utf8 {
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            if isWordByte {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                word = (word ^ UInt64(lower)) &* 0x0000_0100_0000_01B3
                inWord = true
            } else {
                endWord()
            }
        }
        endWord()
        // A text shorter than one shingle is one shingle of all its words.
        if shingles == 0 {
            guard !window.isEmpty else { return nil }
            addShingle()
        }
        self.minima = minima
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1.
    public func similarity(to other: StoryFingerprint) -> Double {
        Double(agreements(with: other)) / Double(Self.size)
    }

    /// The number of signature positions where the two agree.
    func agreements(with other: StoryFingerprint) -> Int {
        var equal = 0
        for k in 0..<Self.size where minima[k] == other.minima[k] { equal += 1 }
        return equal
    }

    /// SplitMix64's finaliser: a fixed, well-spread mix of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One fixed seed per signature position.
    private static let seeds: [UInt64] = (0..<size).map { mix(UInt64($0) &* 0xD1B5_4A32_D192_ED03) }
}
