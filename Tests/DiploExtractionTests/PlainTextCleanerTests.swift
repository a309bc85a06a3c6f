import Testing
@testable import DiploExtraction
import TestSupport

/// The plain-text cleaner is a fast road to what the general cleaner gives for plain text: the
/// same text and the same origin for every byte, on generated documents full of the cases that
/// matter (blank and white-space-only lines, CR LF, tabs, no-break spaces, control bytes,
/// headlines, long lines, furniture, repeated paragraphs, multi-byte text).
@Suite("Plain-text cleaner")
struct PlainTextCleanerTests {
    /// Pieces documents are made of.
    static let pieces: [String] = [
        "Ministers met in Oslo.", "talks", "Norway", "and", "the", "agreed,", "Kenya's", "Erdoğan",
        "Zürich", "on Monday", "\u{201C}fair\u{201D}", "\u{00A0}", "\u{00A0}\u{00A0}", " ", "  ", "\t", "\r",
        "\r\n", "\n", "\n\n", "\n \n", "\n\t\n", "\u{0001}", "\u{000B}", "\u{000C}", "\u{00C2}",
        "Share", "Read more", "More:", "More: ", "Related: ", "Photo: Jane Doe/Reuters", "(Photo by Ann Lee/AFP)",
        " via Getty Images", "Sign up for our newsletter alerts", "Advertisement", "Breaking News", "(AP)", "said:", "end.", "?", "!", ",",
        String(repeating: "long line of prose ", count: 8),
    ]

    static func document(seed: UInt64) -> [UInt8] {
        var generator = SplitMix64(seed: seed)
        var text = ""
        let count = Int.random(in: 0...120, using: &generator)
        var earlier: [String] = []
        for _ in 0..<count {
            // Now and then a paragraph seen before, to exercise the repeat filter.
            if !earlier.isEmpty, Int.random(in: 0..<12, using: &generator) == 0 {
                text += "\n\n" + earlier.randomElement(using: &generator)! + "\n\n"
                continue
            }
            var piece = pieces.randomElement(using: &generator)!
            if Bool.random(using: &generator) { piece += " " }
            text += piece
            if piece.count > 12 { earlier.append(piece) }
        }
        return Array(text.utf8)
    }

    @Test("gives the general cleaner's text and offsets", arguments: 0..<400)
    func matchesGeneralCleaner(seed: Int) {
        let source = Self.document(seed: UInt64(seed))
        let fast = PlainTextCleaner.clean(source)
        let general = TextCleaner.clean(TracedText(identity: source))
        #expect(fast.text == general.text, "seed \(seed)")
        #expect(fast.offsets.count == general.offsets.count, "seed \(seed)")
        guard fast.offsets.count == general.offsets.count else { return }
        for index in 0..<fast.offsets.count {
            guard fast.offsets.origin(at: index) == general.offsets.origin(at: index),
                  fast.offsets.end(at: index) == general.offsets.end(at: index) else {
                Issue.record("seed \(seed): byte \(index) has another origin")
                return
            }
        }
    }

    @Test("keeps what matters on a plain example")
    func plainExample() {
        let prose = "The ministers  of both countries met in the capital\nwhere talks went on."
        let source = Array("Headline\n\n\(prose)\r\n\r\nShare\n\n\(prose)\n".utf8)
        let cleaned = PlainTextCleaner.clean(source)
        #expect(cleaned.text == "Headline\n\nThe ministers of both countries met in the capital where talks went on.")
        // The space that joins the two lines comes from the first byte of the second line.
        let joined = Array(cleaned.text.utf8).firstIndex(of: UInt8(ascii: "w"))! - 1
        #expect(cleaned.offsets.origin(at: joined) == Array(source).firstIndex(of: UInt8(ascii: "w")))
    }
}
