/// Tells a document that is clearly not English, so that it is not read as if it were (a
/// French article would otherwise give nonsense: "Andorra" from a word, or an empty graph).
///
/// The measure is the share of English function words ("the", "of", "and", "said" … see
/// ``functionWords``) among the word tokens of the cleaned text. English news prose has a
/// large share of them whatever its subject; French, Spanish, German, Portuguese and Italian
/// text has few, because most of those words are not words of those languages. A document is
/// judged only when it has at least ``minimumWords`` words: a headline or a one-line document
/// is never called not English. Only the first ``wordsRead`` words are read, in one pass over
/// the bytes with no allocation per word, so the check costs little beside extraction.
public enum LanguageCheck {
    /// What the check found in a document.
    public struct Verdict: Sendable, Equatable {
        /// The word tokens counted (at most ``LanguageCheck/wordsRead``).
        public let words: Int
        /// How many of them are English function words.
        public let functionWords: Int

        /// The share of English function words among the words, 0 to 1 (0 without words).
        public var share: Double { words == 0 ? 0 : Double(functionWords) / Double(words) }

        /// The share as a whole percentage, rounded down ("4" for 4.9 %).
        public var percent: Int { words == 0 ? 0 : functionWords * 100 / words }

        /// Whether the text is clearly not English: long enough to judge, and with a share of
        /// English function words below ``LanguageCheck/threshold``.
        public var isClearlyNotEnglish: Bool {
            words >= LanguageCheck.minimumWords && share < LanguageCheck.threshold
        }
    }

    /// Texts with fewer word tokens than this are never judged not English.
    public static let minimumWords = 30
    /// Below this share of English function words a text (of at least ``minimumWords`` words)
    /// is not English. Chosen from measurements (see the README's "Documents that are not
    /// English"): English articles have shares of 0.22 to 0.43 and single English news sentences
    /// of 30 words or more 0.19 and up; French, Spanish, German, Portuguese and Italian news
    /// text 0.01 to 0.05. The threshold sits near the middle of the gap.
    public static let threshold = 0.12
    /// At most this many words are read; the rest of a long document does not change the verdict.
    public static let wordsRead = 20_000

    /// The English function words counted (lower-case; matched without ASCII case).
    public static let functionWords: [String] = [
        "the", "of", "and", "to", "in", "a", "is", "was", "for", "on", "that", "with", "by", "said",
        "as", "at", "from", "has", "have", "it", "its", "are", "be", "were", "will", "not", "an",
        "this", "which", "but", "he", "she", "his", "her", "they", "their", "had", "been", "would",
        "who", "or", "after", "also", "we", "more", "than", "about", "into", "over", "there", "when",
        "could", "should", "what", "our", "us", "them", "these", "those", "while",
    ]

    /// The function words packed as ``key(_:)`` makes them.
    private static let functionWordKeys: Set<UInt64> = Set(functionWords.map { word in
        word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })

    /// The longest function word, in bytes.
    private static let longestFunctionWord = functionWords.map(\.utf8.count).max() ?? 0

    /// The verdict on `text` (cleaned text).
    public static func judge(_ text: String) -> Verdict {
        var text = text
        return text.withUTF8 { judge(bytes: $0) }
    }

    /// The verdict on UTF-8 `bytes`.
    ///
    /// A word token is a run of letters: ASCII letters and the bytes of non-ASCII characters,
    /// except the general punctuation block (curly quotes, dashes) and the no-break space, which
    /// separate words as ASCII punctuation, digits and white space do.
    public static func judge(bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        var words = 0
        var functionWordCount = 0
        var key: UInt64 = 0
        var length = 0
        var ascii = true
        var i = 0
        let n = bytes.count
        func endWord() {
            guard length > 0 else { return }
            words += 1
            if ascii, length <= longestFunctionWord, functionWordKeys.contains(key) { functionWordCount += 1 }
            key = 0
            length = 0
            ascii = true
        }
        while i < n, words < wordsRead {
            let byte = bytes[i]
            let folded = byte | 0x20
            if folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z") {
                key = key << 8 | UInt64(folded)
                length += 1
                i += 1
            } else if byte < 0x80 {
                endWord()
                i += 1
            } else if byte == 0xE2 && i + 1 < n && bytes[i + 1] == 0x80 {
                // U+2000–U+203F: spaces, dashes, quotes, ellipsis.
                endWord()
                i += 3
            } else if byte == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0 {
                endWord()
                i += 2
            } else {
                ascii = false
                length += 1
                i += 1
            }
        }
        if words < wordsRead { endWord() }
        return Verdict(words: words, functionWords: functionWordCount)
    }
}
