// libFuzzer entry point: a style file and a graph JSON file → Style.load(json:) →
// Graph.fromJSON → DOTWriter → libgvc (dot layout, SVG) → the SVG read back as XML and through
// the report's sanitizer: the path `diplograph render GRAPH.json --style STYLE.json -f svg`
// takes. Built by scripts/fuzz.sh, never by `swift build`, together with the checks it runs,
// which the regression tests run too: Tests/DiploRenderingTests/RenderGraphFuzzCheck.swift
// (and Tests/TestSupport/SVG.swift and XML.swift), and with ../shared/FuzzFinding.swift, which reports a finding.
//
// Input layout: the style file's JSON, a NUL byte, the graph's JSON. Without a NUL byte the
// whole input is the graph, drawn in the default style. A finding is any problem the checks
// report: Graphviz fails or warns on input the tool accepts, the SVG is not well-formed XML, or
// the report's sanitizer would strip something from it. Traps, sanitizer reports and hangs
// (> 10 s) are findings of libFuzzer's own.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    runFuzzChecks(data, size, RenderGraphFuzzCheck.problems)
}
