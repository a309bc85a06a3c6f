import DiploGraph
import Foundation
import Testing
@testable import DiploExtraction

/// Inputs found by the `reader-extractor` fuzz target (`Fuzz/README.md`), fed through the same
/// checks as the fuzzer: read, extract, evidence inside the document, JSON round trip.
///
/// Each input runs in an exit test (a child process), so that an input that still traps fails
/// its own test instead of taking the whole test run down with it.
@Suite("Fuzz regressions: reader and extractor")
struct ReaderExtractorFuzzRegressionTests {
    /// libFuzzer's minimised crash 656b62c1 (29 bytes, base64). Byte 0 `n` picks HTML; the
    /// document is "Ambassador Tr,Prime Minister". A leader mention and a title mention that
    /// overlap ("Ambassador Tr" and the title "Ambassador") both became actors, and
    /// `GraphBuilder` sliced the tokens between consecutive actors with a reversed range:
    /// "Range requires lowerBound <= upperBound".
    static let overlappingActors = "bkFtYmFzc2Fkb3IgVHIsUHJpbWUgTWluaXN0ZXI="

    /// The same fault in ordinary news prose, plain text.
    static let overlappingActorsInProse = Data("\u{0}Germany welcomed President Macron, Prime Minister of France.".utf8).base64EncodedString()

    @Test("overlapping leader and title mentions do not trap (fuzz crash 656b62c1)",
          arguments: [overlappingActors, overlappingActorsInProse])
    func overlappingActorMentions(_ input: String) async {
        await #expect(processExitsWith: .success) { [input] in
            try FuzzChecks.readerExtractor(Data(base64Encoded: input)!)
        }
    }
}

/// The checks of `Fuzz/reader-extractor/ReaderExtractorFuzz.swift`, for the tests. (The fuzzer
/// also writes DOT; that part is checked by the rendering tests, which can see `DOTWriter`.)
enum FuzzChecks {
    /// Reads `input` as the fuzzer does (byte 0 % 4: text, markdown, html, sniffed; the rest is
    /// the document) and traps when a check fails. A `DocumentError` is a fine outcome.
    static func readerExtractor(_ input: Data) throws {
        guard let first = input.first else { return }
        let formats: [DocumentFormat?] = [.plainText, .markdown, .html, nil]
        let document: Document
        do {
            document = try DocumentReader.read(data: input.dropFirst(), name: "fuzz.txt", format: formats[Int(first % 4)])
        } catch is DocumentError {
            return
        }
        let originalCount = document.original.utf8.count
        let graph = Extractor().extract(document)
        for evidence in graph.nodes.flatMap(\.evidence) + graph.edges.flatMap(\.evidence) {
            precondition(0 <= evidence.start && evidence.start <= evidence.end && evidence.end <= originalCount,
                         "evidence \(evidence.start)..<\(evidence.end) outside \(originalCount) bytes")
        }
        for edge in graph.edges {
            precondition(graph.node(edge.source) != nil && graph.node(edge.target) != nil, "edge \(edge.key) has a dangling end")
        }
        let back = try Graph.fromJSON(try graph.jsonData())
        precondition(back == graph, "the JSON round trip changed the graph")
    }
}
