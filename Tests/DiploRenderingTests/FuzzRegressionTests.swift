import TestSupport
import Testing
@testable import DiploRendering

/// Inputs found by the `dot-graphviz` fuzz target (`Fuzz/README.md`), each libFuzzer's minimised
/// input kept byte for byte (base64), or rebuilt field by field in the fuzzer's input layout, and
/// fed through the same checks as the fuzzer
/// (``DOTGraphvizFuzzCheck``).
@Suite("Fuzz regressions: DOT through Graphviz")
struct DOTGraphvizFuzzRegressionTests {
    /// An input in the fuzzer's layout: option flags, relation 0, kinds 0, then the fields.
    static func input(flags: UInt8, fields: [String]) -> [UInt8] {
        [flags, 0, 0] + Array(fields.joined(separator: "\u{0}").utf8)
    }

    /// Two node ids that differ only by a control character ("leader:" and "leader:\u{1F}"):
    /// DOT quoting drops the control character, so both are written as `"leader:"`, Graphviz
    /// sees one node, and the first node's `<g>` is missing from the SVG.
    @Test("node ids that differ by a control character stay two nodes (fuzz crash 37bca77c)")
    func controlCharacterInNodeID() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "qQAAAAAAHwAF")
        #expect(problems.isEmpty, "\(problems)")
    }

    /// `&#0;` in a node id: Graphviz copies the node name into the SVG's `<title>` and comments
    /// without escaping an `&` that starts something entity-like, so the SVG holds a reference to
    /// U+0000 and is not well-formed XML.
    /// (Found as crash 6e5ebfa5, whose node id held `&#0;` among many other characters.)
    @Test("an entity-like node id keeps the SVG well-formed (fuzz crash 6e5ebfa5)")
    func characterReferenceInNodeID() {
        let problems = DOTGraphvizFuzzCheck.problems(Self.input(flags: 0x80, fields: ["A", "B", "&#0;", "b"]))
        #expect(problems.isEmpty, "\(problems)")
    }

    /// U+FFFF in a label: XML 1.0 forbids it, DOT quoting keeps it, Graphviz writes it into the
    /// SVG as it is: not well-formed XML.
    /// The exact bytes: crash 1fc25fe7 minimised to 6 bytes, label A = "\u{FFFF}".
    @Test("a noncharacter in a label keeps the SVG well-formed (fuzz crash 1fc25fe7)")
    func noncharacterInLabel() {
        let problems = DOTGraphvizFuzzCheck.problems(Self.input(flags: 0x80, fields: ["x\u{FFFF}y", "B", "a", "b"]))
        #expect(problems.isEmpty, "\(problems)")
        let minimised = DOTGraphvizFuzzCheck.problems(base64: "+fnv77+/")
        #expect(minimised.isEmpty, "\(minimised)")
    }

    /// A backslash in the title drawn by the legend (an HTML-like label): Graphviz applies its
    /// escString substitutions there too, so `\\` is drawn as `\` and `\G` as the graph name.
    /// The exact bytes: crash 1c063099 (30 bytes; title "\u{19}3\\\\55\rF0.…", drawn "3\55…").
    @Test("backslashes in the legend's title are drawn as written (fuzz crash 1c063099)")
    func backslashInLegendTitle() {
        let problems = DOTGraphvizFuzzCheck.problems(
            Self.input(flags: 0x02, fields: ["A", "B", "a", "b", "", "", "doc.txt", #"a\\b \G \N"#]))
        #expect(problems.isEmpty, "\(problems)")
        let found = DOTGraphvizFuzzCheck.problems(base64: "JmFtcDtGMC6UAAAAAAAAABkzXFw1NQ1GMC6UMw0N")
        #expect(found.isEmpty, "\(found)")
    }

    /// A state id with `&;` in it, drawn with clusters: the subgraph is still named
    /// `"cluster_" + state.id`, which Graphviz copies into the cluster's `<title>` unescaped, so
    /// the SVG is not well-formed ("&;" is a reference without a name). Minimised: flags 0x1F
    /// (clusters, legend), kinds leader → state, id key B = "&;".
    @Test("an entity-like state id keeps a cluster's SVG well-formed (fuzz crash 508aabd3)")
    func characterReferenceInClusterName() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "HwWUAAAAJjs=")
        #expect(problems.isEmpty, "\(problems)")
    }

    /// A tab in the legend's title: XML escaping keeps it, and Graphviz drops a tab inside an
    /// HTML-like label, so "rd\tend" is drawn "rdend" (a space everywhere else). Minimised: flags
    /// 0xFF (legend), title "\u{FFFD}\ti".
    /// A line of the legend's title that ends with "]": in an HTML-like label Graphviz 2.43 runs
    /// it into the next line ("]<br/>`" is drawn "]`"). The exact bytes: crash 9ef56f85 (158
    /// bytes, title "…]\n\n…`…"), found by the run after the DOT writer was rewritten; the old
    /// writer fails on it too.
    @Test("a title line that ends with ] is not run into the next (fuzz crash 9ef56f85)")
    func bracketEndsLegendTitleLine() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "RjAulAAAAAAAAAAZMw08LwoKCl0KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgpgCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKdGQ+DTU1DUYwLpQzDQ0=")
        #expect(problems.isEmpty, "\(problems)")
        let short = DOTGraphvizFuzzCheck.problems(
            Self.input(flags: 0x02, fields: ["A", "B", "a", "b", "", "", "doc.txt", "Talks [draft]\nnext line"]))
        #expect(short.isEmpty, "\(short)")
    }

    /// A CR LF in the legend's title: split into `Character`s, "\r\n" is one character, so the
    /// title was not broken there and "second\r\nthird" was drawn "secondthird". The exact
    /// bytes: crash bdb3936d (found in the same run as 9ef56f85).
    @Test("a CR LF in the legend's title breaks the line (fuzz crash bdb3936d)")
    func crlfInLegendTitle() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "BwkgIHNwYWMAAACgAAoNCQAgABtbMzFtcmVkG1swbQB0YWIJYW5kC3Zlcmlyc3TMgQcgbGluZQpzZWNvbmQNCnRoaXJkREZLYWlTaG8tU0IJZW5kACAgdHdvICBzcGFjZXMgIAB0aWNhbAxmZWVkABFkb2MKLnR0dHhAaXRsZQp3aXRoCmxpbmVzAH/ChQ==")
        #expect(problems.isEmpty, "\(problems)")
        #expect(DOTWriter.titleLines("a\r\nb\u{2028}c\nd") == ["a\r", "b", "c", "d"])
    }

    @Test("a tab in the legend's title is drawn as a space (fuzz crash 3fc9d770)")
    func tabInLegendTitle() {
        let problems = DOTGraphvizFuzzCheck.problems(base64: "////AAAAAAAA9Qlp")
        #expect(problems.isEmpty, "\(problems)")
    }
}
