/// A small, deterministic summary of a document's cleaned text that tells the same story in
/// two files apart from two different stories: a MinHash signature of its word shingles.
///
/// The words are runs of letters and digits, ASCII lower-cased; a shingle is `shingleWords`
/// words in a row (a text with fewer words is one shingle). Each shingle is hashed once (64-bit
/// FNV-1a over its words' hashes, then mixed); the hash's top 6 bits choose one of `size` bins
/// and the bin keeps the least of the other bits it gets (one-permutation MinHash). Among the
/// bins that are filled in either of two signatures, the share where both hold the same value
/// estimates the Jaccard similarity of the two shingle sets. The same text gives the same
/// signature in every run and on every machine (no per-process hash seed).
///
/// Cost: one pass over the text, one mix per word; far below extraction's.
public struct StoryFingerprint: Sendable, Equatable {
    /// Words in a shingle.
    public static let shingleWords = 3
    /// Bins in a signature.
    public static let size = 64

    /// The least value each bin got; `empty` when none.
    let minima: [UInt64]

    /// A bin no shingle fell into.
    static let empty = UInt64.max

    /// The fingerprint of cleaned text `text`, or nil when it has no words.
    public init?(text: String) {
        var text = text
        guard let minima = text.withUTF8(Self.minima(of:)) else { return nil }
        self.minima = minima
    }

    /// The signature of UTF-8 `bytes`, or nil when they hold no word. (A static function over a
    /// buffer, with no closure capturing the loop's state: this runs over every byte read.)
    private static func minima(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        var minima = [UInt64](repeating: empty, count: size)
        // The last words' hashes, oldest first, as a ring.
        var window = [UInt64](repeating: 0, count: shingleWords)
        var wordCount = 0
        var word: UInt64 = offsetBasis
        var inWord = false
        for byte in bytes {
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            if isWordByte {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                word = (word ^ UInt64(lower)) &* prime
                inWord = true
            } else if inWord {
                endWord(word, window: &window, count: &wordCount, minima: &minima)
                word = offsetBasis
                inWord = false
            }
        }
        if inWord { endWord(word, window: &window, count: &wordCount, minima: &minima) }
        guard wordCount > 0 else { return nil }
        // A text shorter than one shingle is one shingle of all its words.
        if wordCount < shingleWords { addShingle(words: wordCount, window: window, count: wordCount, minima: &minima) }
        return minima
    }

    /// Puts a finished word into the ring, and its shingle into the signature.
    @inline(__always)
    private static func endWord(_ word: UInt64, window: inout [UInt64], count: inout Int, minima: inout [UInt64]) {
        window[count % shingleWords] = word
        count += 1
        if count >= shingleWords { addShingle(words: shingleWords, window: window, count: count, minima: &minima) }
    }

    /// Hashes the last `words` words of the ring and keeps the least value of its bin.
    @inline(__always)
    private static func addShingle(words: Int, window: [UInt64], count: Int, minima: inout [UInt64]) {
        var hash = offsetBasis
        for k in 0..<words { hash = (hash ^ window[(count - words + k) % shingleWords]) &* prime }
        let mixed = mix(hash)
        let bin = Int(mixed >> 58)
        let value = mixed & (UInt64.max >> 6)
        if value < minima[bin] { minima[bin] = value }
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1: among the bins
    /// filled in either, the share that hold the same value in both.
    public func similarity(to other: StoryFingerprint) -> Double {
        var filled = 0
        var equal = 0
        for k in 0..<Self.size where minima[k] != Self.empty || other.minima[k] != Self.empty {
            filled += 1
            if minima[k] == other.minima[k] { equal += 1 }
        }
        return filled == 0 ? 1 : Double(equal) / Double(filled)
    }

    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// SplitMix64's finaliser: a fixed, well-spread mix of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
