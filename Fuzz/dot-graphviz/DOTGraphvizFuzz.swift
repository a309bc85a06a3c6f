// libFuzzer entry point: text from the input → a small Graph → DOTWriter → libgvc (parse, dot
// layout, SVG) → the SVG read back as XML. Built by scripts/fuzz.sh, never by `swift build`,
// together with the checks it runs, which the regression tests run too:
// Tests/DiploRenderingTests/DOTGraphvizFuzzCheck.swift (and Tests/TestSupport/SVG.swift and XML.swift, which read the SVG), and
// with ../shared/FuzzFinding.swift, which reports a finding.
//
// Input layout: byte 0 = option flags, byte 1 = relation, byte 2 = node kinds and diff marks;
// the rest is UTF-8 (invalid bytes become U+FFFD) split at NUL bytes into the fields
//   0 label A   1 label B   2 id key A   3 id key B   4 office title of A
//   5 evidence sentence     6 document name          7 graph title   8 alias of A
// (missing fields are empty). A finding is any problem the checks report: Graphviz does not
// parse the DOT, or warns; it does not lay it out and render it, or warns; the SVG is not
// well-formed XML; a node's <g> does not hold its label's lines, or its tooltip is not the
// text DOTWriter meant; the graph title's text is not in the SVG.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    runFuzzChecks(data, size, DOTGraphvizFuzzCheck.problems)
}
