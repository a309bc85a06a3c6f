import Foundation
import TestSupport
import Testing

/// Every layout engine × every output format works: run in-process (``InProcess``), with a
/// launch of the binary per drawn format for the child process that draws.
///
/// Every sample is laid out by every engine and written in every format but PNG and PDF. Those
/// two differ from SVG only in Graphviz's output device, not in the layout, so they are drawn
/// by every engine for the user's article alone: drawing is serialised on one Graphviz handle,
/// and drawing each sample three times per engine made this the slowest suite.
@Suite("Every engine × every format")
struct EngineFormatMatrixTests {
    static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
    static let formats = ["dot", "json", "svg", "png", "pdf", "graphml", "csv"]
    /// The formats that only the user's article is drawn in, by every engine.
    static let devicesOnly: Set<String> = ["png", "pdf"]

    @Test("Every engine writes each sample in every format (PNG and PDF: the user's article)", arguments: Fixtures.sampleNames())
    func matrix(sample: String) throws {
        let isArticle = "Samples/\(sample)" == Fixtures.articlePath
        for engine in Self.engines {
            for format in Self.formats where isArticle || !Self.devicesOnly.contains(format) {
                let result = try InProcess.run(["extract", "Samples/\(sample)", "-K", engine, "-f", format])
                let what = "\(sample) -K \(engine) -f \(format)"
                guard result.status == 0 else {
                    Issue.record("\(what) failed: \(result.stderr)")
                    continue
                }
                #expect(result.stderr.isEmpty, "\(what) wrote to stderr: \(result.stderr)")
                if let problem = Self.check(result.stdout, as: format) {
                    Issue.record("\(what): \(problem)")
                }
            }
        }
    }

    @Test("The binary draws each drawn format in its child process", arguments: ["svg", "png", "pdf"])
    func drawnByTheBinary(format: String) throws {
        let result = try Diplograph.run(["extract", Fixtures.articlePath, "-K", "neato", "-f", format])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        #expect(Self.check(result.stdout, as: format) == nil)
    }

    @Test("--output picks the new formats from the extension", arguments: [
        ("graph.png", "png"), ("graph.pdf", "pdf"), ("graph.graphml", "graphml"), ("graph.csv", "csv"),
    ])
    func outputExtension(name: String, format: String) throws {
        let scratch = try TemporaryDirectory()
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-o", scratch.file(name).path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.check(try Data(contentsOf: scratch.file(name)), as: format) == nil)
        #expect(try scratch.contents() == [name])
    }

    /// Why `data` is not a plausible file of `format`, or `nil` when it is.
    static func check(_ data: Data, as format: String) -> String? {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        switch format {
        case "dot":
            return text.hasPrefix("digraph") ? nil : "not DOT: \(text.prefix(40))"
        case "json":
            return (try? GraphJSON(data)) != nil ? nil : "not a JSON object"
        case "svg":
            let root = try? XML.read(data) { $0.rootElement()?.localName }
            return root == "svg" ? nil : "not SVG (root \(root ?? "none"))"
        case "png":
            let magic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            guard Array(data.prefix(8)) == magic else { return "no PNG signature" }
            guard data.count > 2_000 else { return "a PNG of only \(data.count) bytes" }
            // The IHDR chunk: width and height, big-endian, after the signature and chunk header.
            let bytes = Array(data.prefix(24))
            let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
            return width > 50 && height > 50 ? nil : "a PNG of \(width)×\(height) pixels"
        case "pdf":
            guard text.hasPrefix("%PDF-") else { return "no %PDF header" }
            guard data.count > 1_000 else { return "a PDF of only \(data.count) bytes" }
            let tail = String(decoding: data.suffix(64), as: UTF8.self)
            return tail.contains("%%EOF") ? nil : "no %%EOF at the end"
        case "graphml":
            let root = try? XML.read(data) { $0.rootElement()?.localName }
            return root == "graphml" ? nil : "not GraphML (root \(root ?? "none"))"
        case "csv":
            let header = text.split(separator: "\n", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            return header.contains("source") && header.contains("target") && header.contains("relation")
                ? nil : "no CSV header with source, relation and target: \(header.prefix(80))"
        default:
            return "unknown format \(format)"
        }
    }
}
