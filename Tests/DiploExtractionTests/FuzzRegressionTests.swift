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

/// Crash 4ae1b903 of issue 10's fuzz round: an agreement named with a combining mark first.
@Suite("Fuzz regressions: ids whose key starts with a combining mark")
struct CombiningMarkIDFuzzRegressionTests {
    /// libFuzzer's crash 4ae1b903 (579 bytes, base64; byte 0 picks plain text). HTML-like
    /// news in which an agreement's name starts with U+0656 ARABIC SUBSCRIPT ALEF: its id,
    /// `agreement:` + U+0656 + `br-nar-agreement`, joins the colon and the mark in one
    /// `Character`, so the contract's `hasPrefix("agreement:")` refused our own JSON.
    static let crash = "AFByZXNpZGVudCAiQmlnIiBPJ05laWxsIG9mIElyZWxhbmQgc2FpZCAiXE7n321ldCB0O2hsZWFkZXI6eGlFIGh0bWw+PGh0bWw+TmFyZW5kcmEgTW9kaVRhIFdvciMjIHwgU3Vic2NyaWJlPC9uYXY+PGFydGljbGU+PGgxPlRhbGtzICZhbXA7IHRyZWF0aWVzPC9oMT48cD5JbmRpYSYjMzk7cyBQcmltQWUgTWluaXN0ZXIgTmFyIGFncmVlbWVudCBtZXQgQnJhemlsJiN4Mjc7cyBQcmVzaWRlbnQgVmR1dGNobWFudWxhVW5pdGVkIFN0YXRlcyBkYSByYWRlIHBhY3QuPC9QPjxwPlRoZSBVbml0ZWQgU3RhdGVzIHNpbWUgTWluaXN0ZXIgTmFyIGFncmVlbWVuQXQgbWV0IEJyYXppbCYjeDI3O3MgUHJlc2lkZW50IFZ1bGEgb3JnYW5pemF0aW9uOmcyUD48cD5UaGUgVW5pdGVkIFN0YXRlcyBzYW5jdGlvbmVlIFVLJ3OampqampqampqampqampWZ2pqaml1dZCBJcmFuJm5iciBOYXIgYWdyZWVhbmN0aW9uZWUgVUsnc5qampqampqampqampqalZnampqaXV2c37CNnpHZlmJyIE5hciBhZ3JlZW1lbnQgbWV0IEJyYXppbCYjeDI3O3MgUHJlc2lkZW50IFZzcCpvbiBNb25kYXkuPGJyPkldXV1dXV0pXV1yYW4gcmVqZWN0Zf///2Rp"

    /// The same fault in a sentence of our own, plain text.
    static let inProse = Data("\u{0}India and Brazil signed the \u{0656}Abra agreement on Monday.".utf8).base64EncodedString()

    @Test("an id whose key starts with a combining mark survives the JSON round trip (fuzz crash 4ae1b903)",
          arguments: [crash, inProse])
    func combiningMarkAfterPrefix(_ input: String) async {
        await #expect(processExitsWith: .success) { [input] in
            try FuzzChecks.readerExtractor(Data(base64Encoded: input)!)
        }
    }
}

/// Crash 2107159b of issue 10's fuzz round: a leader named only by a title had a state with no
/// state node.
@Suite("Fuzz regressions: a leader only a title names")
struct TitleOnlyLeaderFuzzRegressionTests {
    /// libFuzzer's crash 2107159b (602 bytes, base64; byte 0 picks plain text): broken
    /// Markdown in which "Secretary of State" resolves to a leader entity ("Nresident Lee",
    /// given the United States) that no leader mention names. The title mention wrote the
    /// leader's node with `state: state:USA`, but only leader mentions wrote the state node and
    /// the `leads` edge, so `Graph.fromJSON` refused our own JSON: "nodes[2].state:
    /// "state:USA" is not a state node of this graph".
    static let crash = "AEZyZWVkb25pYSdzIFByZXNpZGVudCBSdWZ1cyBGaXJlZmx5IG1lcCBTeWx2YW5pYW4gQW1iYXNzYWRveyBfVHJlbnRpbm8gaW4gR2VuZXYBIyBTdW1taXQghoaGhoaGhoaGhoZsaW5rXShodHRwOi8vZXhhPC9zdHlsZT4pCn9/f39/f2ZsZG5Ef39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f1NlY3JldGFyeSBvZiBTdGF0ZSB/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39Af39/f39/fwotICoqTnJlc2lkZW50IExlZSBKYWUgTXl1bm1pdCBtciBMZWUgSmFlIE15dW5nKiogbWV0ICoqf39/f39/f39/f39/f39/f39/f39/f39SdXNzaWF/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f//+f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/f39/QH9/f39/f38KLSAqKlByZXNpZGVudCBMZWUgSmFlIE15dW5taXQgbXIgTGVlIEphZSBNeXVuZyoqIG1ldCAqKlhpIEppbnBpbmcqKiBvbiBTYXR1cmRudCBMZWUgSmFlIE15dW5uY2wKZSBhbmQgR2VybWFuYHkgc2lnbmVkIUF0aGUgYGBQYWAKcmlzIEEgaW4gSm9oYW5uZXNydXJnLgo="

    @Test("a leader named only by a title gets its state node and leads edge (fuzz crash 2107159b)")
    func titleOnlyLeader() async {
        await #expect(processExitsWith: .success) {
            try FuzzChecks.readerExtractor(Data(base64Encoded: Self.crash)!)
        }
    }
}

/// Crashes 6f159aa3 and 98626279 of issue 10's fuzz round: the checks, not the extractor, were
/// out of date.
@Suite("Fuzz regressions: evidence after a byte order mark")
struct ByteOrderMarkEvidenceFuzzRegressionTests {
    /// libFuzzer's crashes 6f159aa3 (437 bytes) and 98626279 (371 bytes), base64: plain text
    /// starting with a UTF-8 byte order mark. Evidence offsets count the mark's 3 bytes (they
    /// point into the file, as issue 10 asks), and the fuzzer still bounded them by the decoded
    /// text's length, so the last sentence's evidence ended "outside" the document. The checks
    /// now bound evidence by the input's bytes.
    static let crashes = ["AO+7v2Vkb25pYSdzIFByZXNpZGVudCBua10oaHR0cDovL2V4YW1wbGV5ZW9uZ2UgYFBhcmlzIEFjY29ydCBtciBHeWVvbmc8////////C6dkaXY+cmlzIEFjY29yZGAgb24gY2xpbWF0ZS4KZXMKCj4gRkQgTXIuIEdlcm1hbmB5IHNpZ25lZCB0aGUgYClQPHIuIEdlcm1hbmB5IHNpZ25lZCB0aGUgYGBQPG5hdj5zIOPj40JvZ290YePj4+Pj4+Pj4+Pj43ogR3llb25nPGRpdj5yaUsgQWNjb3JkYCBvbiBjbGVybWFuYHkgc2lnbmVkIHRoZSBgYFA8bmF2PnMgQeCWkdpKb2hhbm5lYW5uZSFzb25pYSdzIFByZXNpZGVudCBua10oaHR0cDovL2V4YW1wbGV5ZW9uZ2UgYFBhcmlzIEFjbmNhbmNsCmUgTXIuIEebjZKobmB5IHNpZ25lZCB0aGUgYGBQPHIuIEdlcm1hbmB5IHNpZ25lZCB0aGUgYGBQPG5hdj5zIEHglpHaSm9oYW5uZWFjb3J0IG1yIEd5ZW9uZzz///////8Lp2RpYgo=",
                          "AO+7v2VkQ2FuYWRhIGFuZCBNZXhpY28gc2lnbmVkICZsaW5lLCBhYSBhbpvfspqHlpyQIHNpZ25lZCAmbGluZSygYWZ0ZXIgUHJpbWUgTWluaXN0ZXIgTWFyayBDYXJuZXkgbWV0IFByZXNpZGVudCBDbGF1ZGlhIFNoaW5pc3RlciBNYXJrIENhcm5leSBtZXQgUHJlc2lkZW5laW5iYXVtZXQgUHJlc2lkZW50IENsYXVkaWEgU2hlaW5iYXVtICBhdCB0aHKvr6+vr6+vaW1lIE1pbmlzdGVyIE1hcmsgQ2FybmV5IG1ldCBQcmVzZnRlciBQcmltZSBNaW5pc3RlciBNYXJrIENhcm5leSBtZXQgUHJlc2lkZW50IENsYXVkaWEgU2hlaW5iYXVtICBhdCB0aHKvr6+vr6+vaW1lIE1pbmlzdGVyIENhcm5leSB4aWNvIHNpZ25lZCAmbGluZS54YW1wbJ3RU1NTsZzT32E="]

    /// The same in a document of our own: a byte order mark, then one sentence at the very end.
    static let inProse = Data([0, 0xEF, 0xBB, 0xBF] + Array("Canada and Mexico signed a trade agreement.".utf8)).base64EncodedString()

    @Test("evidence after a byte order mark ends inside the file (fuzz crashes 6f159aa3, 98626279)",
          arguments: crashes + [inProse])
    func evidenceAfterByteOrderMark(_ input: String) async {
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
        // Evidence counts the input's bytes: a UTF-8 byte order mark (`leadingBytes`) comes first.
        let inputStart = document.leadingBytes
        let inputEnd = document.leadingBytes + document.original.utf8.count
        let graph = Extractor().extract(document)
        for evidence in graph.nodes.flatMap(\.evidence) + graph.edges.flatMap(\.evidence) {
            precondition(inputStart <= evidence.start && evidence.start <= evidence.end && evidence.end <= inputEnd,
                         "evidence \(evidence.start)..<\(evidence.end) outside \(inputStart)..<\(inputEnd)")
        }
        for edge in graph.edges {
            precondition(graph.node(edge.source) != nil && graph.node(edge.target) != nil, "edge \(edge.key) has a dangling end")
        }
        let back = try Graph.fromJSON(try graph.jsonData())
        precondition(back == graph, "the JSON round trip changed the graph")
    }
}
