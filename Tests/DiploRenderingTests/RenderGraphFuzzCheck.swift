import DiploGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import DiploRendering

/// The checks of the `render-graph` fuzz target: a style file and a graph JSON file through the
/// path `diplograph render GRAPH.json --style STYLE.json -f svg` takes. The fuzzer
/// (`Fuzz/render-graph/RenderGraphFuzz.swift`, built by `scripts/fuzz.sh` with this file and
/// `SVG.swift`) stops at the first input with a problem; the regression tests run the seeds and
/// the findings through the same checks. So this file imports no test framework.
enum RenderGraphFuzzCheck {
    /// The input: the style file's JSON, a NUL byte, the graph's JSON. Without a NUL byte the
    /// whole input is the graph, drawn in the default style; an empty style is the default too.
    static func split(_ input: [UInt8]) -> (style: [UInt8], graph: [UInt8]) {
        guard let nul = input.firstIndex(of: 0) else { return ([], input) }
        return (Array(input[..<nul]), Array(input[(nul + 1)...]))
    }

    /// What went wrong with `input`, empty when nothing did. A style file or a graph the tool
    /// refuses is no problem; a problem is a Graphviz error or warning for accepted input, SVG
    /// that is not well-formed XML, or SVG that the report's sanitizer would change (which means
    /// something from the input reached the SVG as markup). Traps, sanitizer reports and hangs
    /// are the fuzzer's to see.
    static func problems(_ input: [UInt8]) -> [String] {
        let (styleBytes, graphBytes) = split(input)
        let style: Style
        do {
            style = styleBytes.isEmpty ? .default : try Style.load(json: Data(styleBytes), file: "style.json")
        } catch {
            return []  // refused: one error line in the tool
        }
        let graph: Graph
        do {
            graph = try Graph.fromJSON(Data(graphBytes))
        } catch {
            return []
        }
        // The command line's defaults: the engine by size, a legend, the drawing budget.
        let options = RenderOptions(style: style, maxEdges: RenderOptions.defaultMaxEdges, maxNodes: RenderOptions.defaultMaxNodes)
        let drawing = options.drawing(of: graph)
        let dot = DOTWriter(options: options).write(drawing)
        let rendering: GraphvizRendering
        do {
            rendering = try Graphviz.shared.render(
                dot: dot, format: .svg, engine: options.layoutEngine(for: drawing), aspectLimits: options.aspectLimitsKept)
        } catch {
            return ["Graphviz failed on accepted input: \(error)"]
        }
        var problems: [String] = []
        if !rendering.warnings.isEmpty { problems.append("Graphviz warned: \(rendering.warnings)") }
        let parser = XMLParser(data: Data(rendering.bytes))
        if !parser.parse() {
            problems.append("SVG not well-formed at line \(parser.lineNumber), column \(parser.columnNumber)")
        }
        let sanitized = SVGSanitizer.sanitize(String(decoding: rendering.bytes, as: UTF8.self))
        if !sanitized.removed.isEmpty {
            problems.append("the report's sanitizer would strip \(sanitized.removed.prefix(5))")
        }
        return problems
    }
}
