import DiploGraph
import TestSupport
import Testing
@testable import DiploRendering

@Suite("Graphviz")
struct GraphvizTests {
    static let dot = DOTWriter().write(Fixtures.graph)

    @Test("every engine renders the graph to SVG that parses as XML", arguments: LayoutEngine.allCases)
    func engines(_ engine: LayoutEngine) throws {
        let rendering = try Graphviz.shared.render(dot: Self.dot, format: .svg, engine: engine)
        #expect(rendering.warnings.isEmpty)
        let svg = try SVG(rendering.bytes)
        #expect(svg.root.plainName == "svg")
        #expect(svg.groups(classPrefix: "node").count == Fixtures.nodes.count)
        #expect(svg.groups(classPrefix: "edge").count == Fixtures.edges.count)
    }

    @Test("SVG carries ids, classes, titles and tooltips")
    func svgAttributes() throws {
        let svg = try SVG(try Graphviz.shared.render(dot: Self.dot, format: .svg, engine: .dot).bytes)
        #expect(svg.root.descendants(named: "title").first?.stringValue == "diplograph")

        let lee = try #require(svg.group(id: "leader:lee-jae-myung"))
        #expect(lee.value(of: "class") == "node leader")
        #expect(lee.titleText == "leader:lee-jae-myung")
        #expect(lee.textLines == ["Lee Jae Myung"])
        #expect(lee.tooltip == "Lee Jae Myung (President, leader, state:KOR)\nalso: Lee; President Lee\n000_sample.txt: President Lee Jae Myung urged Xi.")

        let kor = try #require(svg.group(id: "state:KOR"))
        #expect(kor.value(of: "class") == "node state")
        #expect(!kor.descendants(named: "polygon").isEmpty)  // a box

        let urged = try #require(svg.group(id: "leader:lee-jae-myung__urged__leader:xi-jinping"))
        #expect(urged.value(of: "class") == "edge urged")
        #expect(urged.titleText == "leader:lee-jae-myung->leader:xi-jinping")
        #expect(urged.textLines == ["urged"])
        #expect(urged.tooltip == "Lee Jae Myung urged Xi Jinping\n000_sample.txt: President Lee Jae Myung urged Xi.")

        let met = try #require(svg.group(id: "state:CHN__met__state:KOR"))
        #expect(met.value(of: "class") == "edge met")
        #expect(met.descendants(named: "polygon").isEmpty)  // dir=none: no arrowhead
        #expect(!urged.descendants(named: "polygon").isEmpty)
    }

    @Test("the same DOT gives the same SVG, for every engine", arguments: LayoutEngine.allCases)
    func deterministicSVG(_ engine: LayoutEngine) throws {
        let first = try Graphviz.shared.render(dot: Self.dot, format: .svg, engine: engine).bytes
        let second = try Graphviz.shared.render(dot: Self.dot, format: .svg, engine: engine).bytes
        expectIdentical(first, second)
    }

    @Test("an anonymous graph is named, so its SVG does not depend on a global counter")
    func anonymousGraph() throws {
        let dot = "digraph { a -> b }"
        let first = try Graphviz.shared.render(dot: dot, format: .svg).bytes
        _ = try Graphviz.shared.render(dot: "graph { x -- y }", format: .svg).bytes
        let second = try Graphviz.shared.render(dot: dot, format: .svg).bytes
        expectIdentical(first, second)
        let svg = try SVG(first)
        #expect(svg.root.descendants(named: "title").first?.stringValue == "diplograph")
        #expect(svg.groups(classPrefix: "edge").first?.titleText == "a->b")
        let undirected = try SVG(try Graphviz.shared.render(dot: "strict graph { x -- y; y -- x }", format: .svg).bytes)
        #expect(undirected.groups(classPrefix: "edge").count == 1)
        #expect(undirected.groups(classPrefix: "edge").first?.titleText == "x--y")
    }

    @Test("concurrent renders from a task group are serialised and all succeed")
    func concurrent() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for i in 0..<16 {
                let engine = LayoutEngine.allCases[i % LayoutEngine.allCases.count]
                group.addTask {
                    var graph = Fixtures.graph
                    graph.add(Node(id: "organization:extra-\(i)", kind: .organization, label: "Extra \(i)"))
                    let dot = DOTWriter().write(graph)
                    return (i, try Graphviz.shared.render(dot: dot, format: .svg, engine: engine).bytes)
                }
            }
            var collected: [Int: [UInt8]] = [:]
            for try await (i, bytes) in group { collected[i] = bytes }
            return collected
        }
        #expect(results.count == 16)
        for (i, bytes) in results {
            let svg = try SVG(bytes)
            #expect(svg.group(id: "organization:extra-\(i)") != nil)
            #expect(svg.groups(classPrefix: "node").count == Fixtures.nodes.count + 1)
        }
    }

    @Test("malformed DOT is a parse error, and Graphviz keeps working afterwards", arguments: [
        "digraph \"x\" { a -> }",
        "this is not dot",
        "digraph \"x\" { a -> b ",
    ])
    func malformed(_ dot: String) throws {
        #expect {
            try Graphviz.shared.render(dot: dot, format: .svg, engine: .dot).bytes
        } throws: { error in
            guard let error = error as? GraphvizError else { return false }
            return error.stage == .parse && !error.message.isEmpty
        }
        let svg = try SVG(try Graphviz.shared.render(dot: Self.dot, format: .svg).bytes)
        #expect(svg.groups(classPrefix: "node").count == Fixtures.nodes.count)
    }

    @Test("a bad HTML label is an error (Graphviz 2.4x reads HTML labels during layout)")
    func badHTMLLabel() throws {
        do {
            _ = try Graphviz.shared.render(dot: "digraph \"x\" { a [label=<<b>unclosed>] }", format: .svg).bytes
            Issue.record("expected an error")
        } catch {
            #expect(error.stage == .parse || error.stage == .layout)
            #expect(error.message.contains("mismatched tag"))
        }
        #expect(try Graphviz.shared.render(dot: Self.dot, format: .svg).bytes.count > 1000)
    }

    @Test("the parse error says what Graphviz said")
    func parseMessage() {
        do {
            _ = try Graphviz.shared.render(dot: "digraph \"x\" { a -> }", format: .svg).bytes
            Issue.record("expected a parse error")
        } catch {
            #expect(error.stage == .parse)
            #expect(error.message.contains("syntax error"))
            #expect(error.description.hasPrefix("Graphviz could not parse the DOT text: "))
        }
    }

    @Test("a NUL byte is refused before it reaches C")
    func nulByte() {
        #expect(throws: GraphvizError(stage: .parse, message: "the DOT text contains a NUL character")) {
            try Graphviz.shared.render(dot: "digraph \"x\" { a\u{0} }", format: .svg).bytes
        }
    }

    @Test("formats we write ourselves are not sent to Graphviz", arguments: [OutputFormat.dot, .json])
    func notGraphviz(_ format: OutputFormat) {
        #expect(!format.isRenderedByGraphviz)
        #expect(throws: GraphvizError(stage: .render, message: "\(format.rawValue) is not rendered by Graphviz")) {
            try Graphviz.shared.render(dot: Self.dot, format: format, engine: .dot).bytes
        }
    }

    @Test("PNG and PDF render through the cairo plugin")
    func bitmapAndPDF() throws {
        let png = try Graphviz.shared.render(dot: Self.dot, format: .png, engine: .dot).bytes
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png == (try Graphviz.shared.render(dot: Self.dot, format: .png, engine: .dot).bytes))
        let pdf = try Graphviz.shared.render(dot: Self.dot, format: .pdf, engine: .neato).bytes
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.count > 500)
    }

    @Test("check parses without laying out")
    func check() throws {
        #expect(try Graphviz.shared.check(dot: Self.dot).isEmpty)
        #expect(throws: GraphvizError.self) { try Graphviz.shared.check(dot: "digraph {") }
        #expect(Graphviz.shared.version.first?.isNumber == true)
    }

    @Test("output formats from path extensions")
    func pathExtensions() {
        #expect(OutputFormat(pathExtension: "SVG") == .svg)
        #expect(OutputFormat(pathExtension: "gv") == .dot)
        #expect(OutputFormat(pathExtension: "png") == .png)
        #expect(OutputFormat(pathExtension: "txt") == nil)
        #expect(OutputFormat.svg.isRenderedByGraphviz && OutputFormat.pdf.isRenderedByGraphviz)
    }
}
