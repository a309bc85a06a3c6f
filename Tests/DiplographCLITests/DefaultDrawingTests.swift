import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every default drawing of the samples and of the corpus is one a report page holds: between
/// 1:2 and 2:1, no entity drawn alone, no vocabulary id or file name on show, a title that says
/// what is shown.
@Suite("Default drawings fit a page")
struct DefaultDrawingTests {
    /// What the tests look at in a drawing.
    struct Drawing {
        /// Height over width of the view box.
        var aspect: Double
        /// The DOT names (`<title>`) of the nodes.
        var nodes: Set<String>
        /// The DOT names of the ends of the edges.
        var edgeEnds: Set<String>
        /// Every text drawn, in order.
        var texts: [String]
        /// The first text of the graph's own label: the title.
        var title: String?

        init(_ svg: Data) throws {
            (aspect, nodes, edgeEnds, texts, title) = try XML.read(svg) { document in
                let root = try #require(document.rootElement())
                let box = (SVGStructure.attribute("viewBox", of: root) ?? "").split(separator: " ").compactMap { Double($0) }
                try #require(box.count == 4 && box[2] > 0, "no view box")
                var nodes = Set<String>(), ends = Set<String>()
                var title: String?
                for case let group as XMLElement in try document.nodes(forXPath: "//*[local-name()='g'][@class]") {
                    let kind = (SVGStructure.attribute("class", of: group) ?? "").split(separator: " ").first ?? ""
                    let name = try group.nodes(forXPath: "./*[local-name()='title']").first?.stringValue ?? ""
                    switch kind {
                    case "node": nodes.insert(name)
                    case "edge":
                        for end in name.components(separatedBy: "->") { ends.insert(end) }
                    case "graph":
                        title = try group.nodes(forXPath: "./*[local-name()='text']").first?.stringValue
                    default: break
                    }
                }
                let texts = try document.nodes(forXPath: "//*[local-name()='text']").map { $0.stringValue ?? "" }
                return (box[3] / box[2], nodes, ends, texts, title)
            }
        }
    }

    /// The default drawings: each sample, and the corpus.
    static let inputs = Fixtures.sampleNames().map { "Samples/\($0)" } + ["Samples/corpus"]

    @Test("between 1:2 and 2:1, every entity in a relation, no underscore, a title that is no file name", arguments: inputs)
    func fitsAPage(input: String) throws {
        let result = try InProcess.run(["extract", input, "--format", "svg"])
        try #require(result.status == 0, "\(input): \(result.stderr)")
        let drawing = try Drawing(result.stdout)
        #expect((0.5...2.0).contains(drawing.aspect), "\(input): height/width \(drawing.aspect)")
        #expect(drawing.nodes.count >= 3, "\(input): a drawing of something")
        let alone = drawing.nodes.subtracting(drawing.edgeEnds)
        #expect(alone.isEmpty, "\(input): drawn with no relation: \(alone.sorted())")
        let ids = drawing.texts.filter { $0.contains("_") }
        #expect(ids.isEmpty, "\(input): underscores on show: \(ids)")
        let title = try #require(drawing.title, "\(input): no title")
        let fileNames = [input] + (try FileManager.default.contentsOfDirectory(
            atPath: Diplograph.packageRoot.appendingPathComponent("Samples/corpus").path))
        #expect(!fileNames.contains { title.contains(($0 as NSString).lastPathComponent) }, "\(input): the title is a file name: \(title)")
        #expect(!title.hasSuffix(".txt") && !title.hasSuffix(".md") && !title.hasSuffix(".html"), "\(input): \(title)")
        #expect(title != "-" && !title.hasSuffix(" documents"), "\(input): the title says nothing: \(title)")
    }
}
