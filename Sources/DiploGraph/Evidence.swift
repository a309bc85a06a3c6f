/// Where in which document a node or an edge was read.
///
/// Offsets are UTF-8 byte offsets into the original document, before any cleaning, so a tool
/// can cut `bytes[start..<end]` out of the file it read and find the sentence.
public struct Evidence: Hashable, Comparable, Decodable, Sendable {
    /// The document's name as given on the command line (or `-` for standard input).
    public var document: String
    /// UTF-8 byte offset of the start of the evidence sentence in the original document.
    public var start: Int
    /// UTF-8 byte offset one past the end of the evidence sentence.
    public var end: Int
    /// The sentence, as cleaned text (white space folded).
    public var sentence: String
    /// The name of the extraction rule that produced this evidence, for `--explain`.
    public var rule: String?

    /// Creates evidence for a span of a document.
    public init(document: String, start: Int, end: Int, sentence: String, rule: String? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.sentence = sentence
        self.rule = rule
    }

    /// Hashes the place, not the sentence: the place nearly always tells evidence apart, and
    /// hashing every sentence's text again and again cost more than the rest of a merge.
    /// (Equality still compares every field.)
    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(rule)
    }

    private enum CodingKeys: String, CodingKey { case document, start, end, sentence, rule }

    /// Reads evidence from the graph JSON: `start` and `end` are whole numbers, `start` at least
    /// 0 and `end` at least `start`.
    ///
    /// - Throws: `DecodingError` at the field at fault (`DecodingError.dataCorrupted` at `end`
    ///   when it comes before `start`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let start = try c.decodeWholeNumber(forKey: .start, atLeast: 0)
        let end = try c.decodeWholeNumber(forKey: .end, atLeast: 0)
        guard end >= start else { throw c.outOfContract(.end, "must not come before start (\(end) < \(start))") }
        self.init(
            document: try c.decode(String.self, forKey: .document), start: start, end: end,
            sentence: try c.decode(String.self, forKey: .sentence), rule: try c.decodeIfPresent(String.self, forKey: .rule))
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        // Field by field, cheapest decisions first: the same document is usually the same string.
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        let (lhsRule, rhsRule) = (lhs.rule ?? "", rhs.rule ?? "")
        if lhsRule != rhsRule { return lhsRule < rhsRule }
        return lhs.sentence < rhs.sentence
    }
}

extension Evidence {
    /// `evidence` sorted and without repeats; a list that already is (as a graph's always is)
    /// is returned as it is, after one pass to check.
    static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
        var index = evidence.startIndex + 1
        while index < evidence.endIndex {
            guard evidence[index - 1] < evidence[index] else { return Array(Set(evidence)).sorted() }
            index += 1
        }
        return evidence
    }
}
