import DiploGraph
import Testing
import TestSupport
@testable import DiploRendering

/// ``HTMLReport`` and ``GraphWriter`` draw through the ``DiagramRenderer`` they are given, so
/// they can be tested with a fake and no Graphviz.
@Suite("Diagram renderer")
struct DiagramRendererTests {
    /// An SVG document no Graphviz drew: one node group with a text the fixtures do not hold.
    static let cannedSVG = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="10pt" viewBox="0 0 10 10">
        <g id="state:KOR" class="node state"><title>state:KOR</title><text x="1" y="1">drawn by the fake</text></g>
        </svg>
        """

    static func fake(warnings: [String] = []) -> FakeDiagramRenderer {
        FakeDiagramRenderer(answer: .success(GraphvizRendering(bytes: Array(cannedSVG.utf8), warnings: warnings)))
    }

    @Test("the report inlines the renderer's SVG and passes its warnings on")
    func reportWithFake() throws {
        let renderer = Self.fake(warnings: ["a canned warning"])
        let options = RenderOptions(engine: .neato)
        let report = try HTMLReport.renderReportingWarnings(Fixtures.graph, options: options, renderer: renderer)
        #expect(report.warnings == ["a canned warning"])
        #expect(report.page.contains("drawn by the fake"))
        let calls = renderer.calls
        try #require(calls.count == 1)
        #expect(calls[0].format == .svg)
        #expect(calls[0].engine == .neato)
        #expect(calls[0].dot.contains(#""state:KOR""#))
        #expect(calls[0].aspectLimits == options.aspectLimitsKept)
        // The page without warnings is the same page.
        #expect(try HTMLReport.render(Fixtures.graph, options: options, renderer: Self.fake()) == report.page)
    }

    @Test("the renderer's error reaches the report's caller")
    func reportFailure() {
        let failure = GraphvizError(stage: .layout, message: "the fake cannot lay this out")
        let renderer = FakeDiagramRenderer(answer: .failure(failure))
        #expect(throws: failure) { try HTMLReport.render(Fixtures.graph, options: RenderOptions(), renderer: renderer) }
    }

    @Test("svg, png and pdf are drawn by the renderer, the other formats never reach it", arguments: OutputFormat.allCases)
    func writerFormats(_ format: OutputFormat) throws {
        let renderer = Self.fake(warnings: ["drawn"])
        let options = RenderOptions(engine: .circo, legend: false)
        let written = try GraphWriter(renderer: renderer).write(Fixtures.graph, as: format, options: options)
        if format.isRenderedByGraphviz {
            #expect(written.bytes == Array(Self.cannedSVG.utf8))
            #expect(written.warnings == ["drawn"])
            try #require(renderer.calls.count == 1)
            #expect(renderer.calls[0].format == format)
            #expect(renderer.calls[0].engine == .circo)
        } else {
            #expect(renderer.calls.isEmpty)
            #expect(written.warnings.isEmpty)
            #expect(!written.bytes.isEmpty)
        }
    }
}
