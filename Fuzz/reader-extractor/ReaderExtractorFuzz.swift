// libFuzzer entry point: document bytes → DocumentReader → Extractor → graph JSON round trip,
// and DOTWriter on the result. Built by scripts/fuzz.sh, never by `swift build`.
//
// Input layout: the first byte picks the format (0 text, 1 markdown, 2 html, 3 sniffed:
// byte % 4); the rest is the document. A `DocumentError` is an expected outcome; any other
// error, a failed check, a trap, a sanitizer report or a hang is a finding.
import DiploExtraction
import DiploGraph
import DiploRendering
import Foundation

private let extractor = Extractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let formats: [DocumentFormat?] = [.plainText, .markdown, .html, nil]
    let format = formats[Int(data[0] % 4)]
    let body = Data(bytes: data + 1, count: size - 1)
    let document: Document
    do {
        document = try DocumentReader.read(data: body, name: "fuzz.txt", format: format)
    } catch is DocumentError {
        return 0
    } catch {
        fatalError("DocumentReader threw something other than a DocumentError: \(error)")
    }
    // Every evidence range the reader can give must lie inside the original.
    let originalCount = document.original.utf8.count
    let whole = document.originalRange(of: 0..<document.text.utf8.count)
    precondition(whole.lowerBound >= 0 && whole.upperBound <= originalCount,
                 "originalRange \(whole) outside the original (\(originalCount) bytes)")

    let graph = extractor.extract(document)
    // Evidence counts the input's bytes: a UTF-8 byte order mark (`leadingBytes`) comes first.
    let inputStart = document.leadingBytes
    let inputEnd = document.leadingBytes + originalCount

    for node in graph.nodes {
        for evidence in node.evidence {
            precondition(inputStart <= evidence.start && evidence.start <= evidence.end && evidence.end <= inputEnd,
                         "node evidence \(evidence.start)..<\(evidence.end) outside \(inputStart)..<\(inputEnd)")
        }
    }
    for edge in graph.edges {
        precondition(graph.node(edge.source) != nil && graph.node(edge.target) != nil,
                      "edge \(edge.key) has a dangling end")
        for evidence in edge.evidence {
            precondition(inputStart <= evidence.start && evidence.start <= evidence.end && evidence.end <= inputEnd,
                         "edge evidence \(evidence.start)..<\(evidence.end) outside \(inputStart)..<\(inputEnd)")
        }
    }

    let json: Data
    do {
        json = try graph.jsonData()
    } catch {
        fatalError("jsonData() failed: \(error)")
    }
    let back: Graph
    do {
        back = try Graph.fromJSON(json)
    } catch {
        fatalError("Graph.fromJSON failed on our own JSON: \(error)\n\(String(decoding: json, as: UTF8.self))")
    }
    if back != graph {
        fatalError("JSON round trip changed the graph:\n\(String(decoding: json, as: UTF8.self))")
    }

    let dot = DOTWriter().write(graph)
    // Swift strings are valid Unicode; check the bytes anyway (they are what gets written).
    if String(validating: Array(dot.utf8), as: UTF8.self) == nil {
        fatalError("DOTWriter produced invalid UTF-8")
    }
    if dot.utf8.contains(0) {
        fatalError("DOTWriter produced a NUL byte")
    }
    return 0
}
