import Foundation
import Testing
@testable import DiploExtraction
import DiploGraph

/// Long documents are read a window at a time: the windows cover the text exactly, end at
/// paragraph or sentence ends where they can, and the graph keeps true offsets.
@Suite("Windows of long documents")
struct WindowTests {
    @Test("windows cover every byte once, in order, and end where they should", arguments: [7, 64, 300])
    func windowsCoverTheText(size: Int) {
        let text = """
            Norway’s envoy met Kenya’s. Talks went on! Did they agree? Yes.
            Ünïcödé wörds stay whole: 東京 and Zürich.
            \(String(repeating: "x", count: 700)) tail
            """
        let ranges = TextWindows.ranges(of: text, size: size)
        let bytes = Array(text.utf8)
        #expect(ranges.first?.lowerBound == 0)
        #expect(ranges.last?.upperBound == bytes.count)
        for (a, b) in zip(ranges, ranges.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        for range in ranges.dropLast() {
            #expect(!range.isEmpty && range.count <= 2 * size)
            let last = bytes[range.upperBound - 1]
            let next = bytes[range.upperBound]
            // After a line break, after a space, or (a run of letters with no space) between two
            // characters, never inside one.
            #expect(last == 0x0A || last == 0x20 || next & 0xC0 != 0x80, "window \(range) cuts a character")
        }
    }

    @Test("a short text is one window")
    func shortTextOneWindow() {
        #expect(TextWindows.ranges(of: "Oslo spoke.", size: 100) == [0..<11])
        #expect(TextWindows.ranges(of: "", size: 100).isEmpty)
    }

    /// Paragraphs that each say everything they mean: no name depends on an earlier paragraph.
    static func selfContainedDocument(paragraphs: Int) -> String {
        let pairs = [("Norway", "Kenya"), ("Chile", "Peru"), ("Ghana", "Senegal"), ("Canada", "Mexico")]
        return (0..<paragraphs).map { n in
            let (a, b) = pairs[n % pairs.count]
            return "On day \(n), \(a) and \(b) signed an agreement on fisheries item \(n). \(a) urged \(b) to ratify it."
        }.joined(separator: "\n\n")
    }

    @Test("a windowed document gives the graph of the whole, with true offsets")
    func windowedGraphMatchesWhole() throws {
        let text = Self.selfContainedDocument(paragraphs: 60)
        let document = try DocumentReader.read(data: Data(text.utf8), name: "long.txt", format: .plainText)
        let whole = Extractor(windowBytes: 1 << 30).extract(document)
        let windowed = Extractor(windowBytes: 900).extract(document)
        #expect(TextWindows.ranges(of: document.text, size: 900).count > 5)
        #expect(windowed.nodes.map(\.id) == whole.nodes.map(\.id))
        #expect(windowed.edges.map(\.key) == whole.edges.map(\.key))
        #expect(windowed.edges.map(\.count) == whole.edges.map(\.count))
        #expect(windowed.nodeCount > 8 && windowed.edgeCount > 8)
        // Every evidence range is the sentence, in the original bytes.
        let original = Array(text.utf8)
        for edge in windowed.edges {
            for evidence in edge.evidence {
                #expect(String(decoding: original[evidence.start..<evidence.end], as: UTF8.self) == evidence.sentence)
            }
        }
    }
}
