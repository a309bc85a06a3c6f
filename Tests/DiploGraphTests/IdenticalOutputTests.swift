import Foundation
import Testing
import TestSupport

/// The comparison of whole outputs the golden and determinism tests use: it must find the first
/// difference of large outputs at once, and say where it is.
@Suite("Identical output")
struct IdenticalOutputTests {
    @Test("equal outputs have no difference, as bytes or as text")
    func equal() {
        #expect(IdenticalOutput.difference(Data("same".utf8), Array("same".utf8)) == nil)
        #expect(IdenticalOutput.difference("", "") == nil)
    }

    @Test("the first differing byte is found, with context from each side")
    func firstDifference() throws {
        let difference = try #require(IdenticalOutput.difference("graph {\n  a -> b\n}", "graph {\n  a -> c\n}"))
        #expect(difference.offset == 15)
        #expect(difference.lengths == (18, 18))
        #expect(difference.hashes.actual != difference.hashes.expected)
        #expect(difference.actualContext == "graph {\\n  a -> ⟨HERE⟩b\\n}")
        #expect(difference.expectedContext == "graph {\\n  a -> ⟨HERE⟩c\\n}")
    }

    @Test("an output that is a prefix of the other differs where it ends")
    func prefix() throws {
        let difference = try #require(IdenticalOutput.difference(Array("abc".utf8), Array("abcdef".utf8)))
        #expect(difference.offset == 3)
        #expect(difference.lengths == (3, 6))
        #expect(difference.actualContext == "abc")
    }

    @Test("megabytes that differ near the end are compared in one pass, and the report stays short")
    func largeOutputs() throws {
        let expected = [UInt8](repeating: 0x61, count: 8 << 20)
        var actual = expected
        actual[actual.count - 2] = 0x00
        let difference = try #require(IdenticalOutput.difference(actual, expected))
        #expect(difference.offset == actual.count - 2)
        #expect(difference.description.utf8.count < 600)
        #expect(difference.actualContext.contains("⟨HERE⟩\\x00"))
    }
}
