import Testing
@testable import DiploExtraction

/// The fingerprint that tells wire copies from different stories, and the index that finds the
/// earlier copy in input order.
@Suite("Story fingerprints")
struct StoryFingerprintTests {
    static let story = """
        The prime ministers of Portugal and Morocco met in Rabat on Wednesday and agreed to build \
        a power cable under the Strait of Gibraltar. Portugal will finance half of the project, and \
        Morocco promised to open its grid to Portuguese firms, officials said. The two leaders also \
        discussed migration, fishing rights off the Atlantic coast and a visit by the Portuguese \
        president planned for the autumn. A joint committee of engineers from both countries will \
        report on the route of the cable by the end of the year, and both parliaments are expected \
        to approve the budget before the summer recess, the foreign ministries said in a statement.
        """

    @Test("the same text gives the same fingerprint; case and punctuation do not matter")
    func stable() throws {
        let a = try #require(StoryFingerprint(text: Self.story))
        let b = try #require(StoryFingerprint(text: Self.story.uppercased().replacingOccurrences(of: ",", with: " ")))
        #expect(a == b)
        #expect(a.similarity(to: b) == 1)
    }

    @Test("another headline and a trailing line keep a copy above the threshold")
    func nearCopy() throws {
        let a = try #require(StoryFingerprint(text: "Portugal and Morocco agree on cable\n\n\(Self.story)"))
        let b = try #require(StoryFingerprint(text: "Rabat, Lisbon to link grids\n\n\(Self.story)\n\nReporting by Ann Example"))
        #expect(a.similarity(to: b) >= WireCopyIndex.threshold)
    }

    @Test("two stories that share a paragraph are far apart")
    func sharedParagraph() throws {
        let other = """
            The prime ministers of Portugal and Morocco met in Rabat on Wednesday. In Madrid, \
            meanwhile, the Spanish foreign minister received her Algerian counterpart to discuss gas \
            prices, and Algeria urged Spain to reopen talks on a long-term supply contract that \
            expired last winter. Italy welcomed the meeting, its embassy said.
            """
        let a = try #require(StoryFingerprint(text: Self.story))
        let b = try #require(StoryFingerprint(text: other))
        #expect(a.similarity(to: b) < 0.3)
    }

    @Test("a text without words has no fingerprint; a short one is one shingle")
    func short() {
        #expect(StoryFingerprint(text: "") == nil)
        #expect(StoryFingerprint(text: " -- ... ") == nil)
        #expect(StoryFingerprint(text: "Peru") != nil)
        #expect(StoryFingerprint(text: "Peru") != StoryFingerprint(text: "Chile"))
    }

    @Test("the index keeps the first of each story and names it for every later copy")
    func index() throws {
        let story = try #require(StoryFingerprint(text: Self.story))
        let copy = try #require(StoryFingerprint(text: "Cable deal\n\n\(Self.story)"))
        let different = try #require(StoryFingerprint(text: "Spain and Algeria held talks on gas prices in Madrid on Friday, officials said."))
        var index = WireCopyIndex()
        #expect(index.admit(different, as: 0) == nil)
        #expect(index.admit(story, as: 1) == nil)
        #expect(index.admit(copy, as: 2) == 1)
        #expect(index.admit(story, as: 3) == 1)
        #expect(index.admit(different, as: 4) == 0)
    }
}
