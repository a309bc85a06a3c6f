import Testing
@testable import DiploExtraction

/// The office-title matcher answers from token hashes before it builds any phrase: every shape
/// of title must still be found, and words that only start a title's letters must not stop it.
@Suite("Office title matcher")
struct OfficeTitleMatcherTests {
    /// The title found at the first token of `text`, with the number of tokens it covers.
    static func title(_ text: String) -> (length: Int, title: String)? {
        let tokens = Segmenter.tokenize(text)
        return OfficeTitleMatcher.match(tokens, at: 0).map { ($0.0, $0.1) }
    }

    @Test("titles of one word, of several, hyphenated, and by portfolio", arguments: [
        ("President Okafor arrived.", 1, "president"),
        ("Prime Minister Lind spoke.", 2, "prime minister"),
        ("Vice-President Ruiz spoke.", 1, "vice-president"),
        ("vice president Ruiz spoke.", 2, "vice president"),
        ("Chancellor of the Exchequer Hale spoke.", 4, "chancellor of the exchequer"),
        ("Defence Secretary Hale spoke.", 2, "defence secretary"),
        ("Foreign Affairs Minister Tanaka spoke.", 3, "foreign affairs minister"),
        ("Work and Pensions Secretary Dunn spoke.", 4, "work and pensions secretary"),
        ("Minister of Foreign Affairs said so.", 4, "foreign minister"),
        ("National Security Adviser Brandt spoke.", 3, "national security adviser"),
        ("envoy Marsh spoke.", 1, "envoy"),
    ])
    func titles(text: String, length: Int, title: String) throws {
        let found = try #require(Self.title(text))
        #expect(found.length == length)
        #expect(found.title == title)
    }

    @Test("words that start a title's letters, or a portfolio alone, are no title", arguments: [
        "a deal was signed.", "for the talks.", "Foreign ministers met.", "Defence cuts loom.",
        "Prime time television.", "head of the delegation", "Chief Okafor spoke.",
    ])
    func notTitles(text: String) {
        #expect(Self.title(text) == nil, "\(text)")
    }
}
