/// The stories of a corpus seen so far, to tell whether a document is a wire copy of one of
/// them: the same story again, exactly or nearly (another outlet's headline, a trailing line).
///
/// Documents are offered in input order; the first of each story is kept and every later one
/// whose estimated shingle similarity (`StoryFingerprint`) with a kept document is at least
/// `threshold` is a copy of the earliest such document. Candidates are found by locality-
/// sensitive hashing: the signature is cut into `bands` bands, and only kept documents that
/// agree with the new one on a whole band are compared, so each offer costs about the same
/// however many documents came before. The bands never miss a copy: two signatures that agree
/// on 80% of the bins filled in either differ in at most 12 bins, so in at most 12 of the 16
/// bands.
///
/// Why 0.8 of word triples: two different stories, even on the same event, share far fewer
/// (a shared paragraph or quote is a small part of each); a copy under another headline, with
/// a byline or a "Reporting by" line added, shares nearly all (a 150-word story with a new
/// six-word headline and an eight-word trailing line is still above 0.8).
public struct WireCopyIndex: Sendable {
    /// The least estimated similarity of a copy.
    public static let threshold = 0.8
    /// Bands the signature is cut into for finding candidates.
    static let bands = 16

    /// The kept documents' fingerprints, by the number they were offered with.
    private var kept: [Int: StoryFingerprint] = [:]
    /// For each band's hash, the kept documents with it.
    private var buckets: [UInt64: [Int]] = [:]

    public init() {}

    /// Offers document `number` (numbers ascend in input order): the number of the kept
    /// document it copies, or nil when it is a story of its own (it is then kept).
    public mutating func admit(_ fingerprint: StoryFingerprint, as number: Int) -> Int? {
        let keys = Self.bandKeys(fingerprint)
        var candidates = Set<Int>()
        for key in keys { candidates.formUnion(buckets[key] ?? []) }
        for candidate in candidates.sorted() where kept[candidate]!.similarity(to: fingerprint) >= Self.threshold {
            return candidate
        }
        kept[number] = fingerprint
        for key in keys { buckets[key, default: []].append(number) }
        return nil
    }

    /// One hash per band: the band's position and values, mixed.
    private static func bandKeys(_ fingerprint: StoryFingerprint) -> [UInt64] {
        let rows = StoryFingerprint.size / bands
        return (0..<bands).map { band in
            var key = StoryFingerprint.mix(UInt64(band))
            for row in 0..<rows { key = StoryFingerprint.mix(key ^ fingerprint.minima[band * rows + row]) }
            return key
        }
    }
}
