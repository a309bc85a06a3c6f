import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

/// Style values are checked against what Graphviz draws safely before they reach libgvc: a
/// colour `red;` crashed libgvc, and a font name went into the SVG's `font-family` unescaped.
@Suite("Style validation")
struct StyleValidationTests {
    static func load(_ json: String) throws -> Style {
        try Style.load(json: Data(json.utf8), file: "style.json")
    }

    /// The key named by the error `json` gives, or `nil` if it loads.
    static func rejectedKey(_ json: String) -> String? {
        do {
            _ = try load(json)
            return nil
        } catch let error as StyleFileError {
            return error.key
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test("bad colours are refused, naming the key", arguments: [
        (#"{"state": {"fillColor": "red;"}}"#, "state.fillColor"),
        (#"{"leader": {"color": "red:blue"}}"#, "leader.color"),
        (#"{"agreement": {"fontColor": "red;0.3:blue"}}"#, "agreement.fontColor"),
        (##"{"organization": {"fillColor": "#12345"}}"##, "organization.fillColor"),
        (##"{"state": {"color": "#gg0000"}}"##, "state.color"),
        (##"{"state": {"color": "#abc"}}"##, "state.color"),
        (#"{"conflictEdge": {"color": "/accent3/1"}}"#, "conflictEdge.color"),
        (#"{"interactionEdge": {"fontColor": "0.5 0.5 0.5"}}"#, "interactionEdge.fontColor"),
        (#"{"addedColor": ""}"#, "addedColor"),
        (#"{"removedColor": "notacolour"}"#, "removedColor"),
        (#"{"changedColor": "red\"/><script>"}"#, "changedColor"),
    ])
    func badColours(_ json: String, _ key: String) {
        #expect(Self.rejectedKey(json) == key)
    }

    @Test("colours Graphviz knows are accepted: #rrggbb, #rrggbbaa and X11 names in any case")
    func goodColours() throws {
        let style = try Self.load(##"{"state": {"fillColor": "#AbCdEf", "color": "#abcdef80", "fontColor": "Navy"}, "addedColor": "gray50", "removedColor": "transparent", "changedColor": "LightGoldenrodYellow"}"##)
        #expect(style.state.fillColor == "#AbCdEf" && style.changedColor == "LightGoldenrodYellow")
    }

    @Test("every colour name on the list is one the linked Graphviz knows")
    func colourListMatchesGraphviz() throws {
        let names = StyleValues.colorNames.sorted()
        #expect(names.count > 600)
        var dot = "digraph {\n"
        for (n, name) in names.enumerated() { dot += "  n\(n) [color=\"\(name)\", fillcolor=\"\(name.uppercased())\", style=filled];\n" }
        dot += "}\n"
        let rendering = try Graphviz.shared.render(dot: dot, format: .svg)
        #expect(rendering.warnings.isEmpty, "\(rendering.warnings.prefix(5))")
    }

    @Test("shapes and line styles outside Graphviz's safe lists are refused", arguments: [
        (#"{"leader": {"shape": "record"}}"#, "leader.shape"),
        (#"{"state": {"shape": "Mrecord"}}"#, "state.shape"),
        (#"{"state": {"shape": "epsf"}}"#, "state.shape"),
        (#"{"structuralEdge": {"lineStyle": "invis"}}"#, "structuralEdge.lineStyle"),
        (#"{"conflictEdge": {"lineStyle": "dashed,filled"}}"#, "conflictEdge.lineStyle"),
    ])
    func badShapesAndLines(_ json: String, _ key: String) {
        #expect(Self.rejectedKey(json) == key)
    }

    @Test("font names: letters, digits, spaces, '-' and ',' only", arguments: [
        #"Helvetica\"/><script>alert(1)</script><text x=\""#,
        "Helvetica;", "Arial\u{0}", "Sans\nSerif", "Times & Co", "'Quoted'", "", "   ", "12",
        String(repeating: "a", count: 101),
    ])
    func badFontNames(_ name: String) throws {
        let json = String(data: try JSONSerialization.data(withJSONObject: ["fontName": name]), encoding: .utf8) ?? ""
        #expect(Self.rejectedKey(json) == "fontName", "\(String(reflecting: name))")
    }

    @Test("safe font names are accepted")
    func goodFontNames() throws {
        for name in ["DejaVu Sans", "Helvetica-Bold", "Noto Sans,Arial", "Source Han Sans 2", "Ünïcode Sans", "文泉驿正黑"] {
            let json = String(data: try JSONSerialization.data(withJSONObject: ["fontName": name]), encoding: .utf8) ?? ""
            #expect(try Self.load(json).fontName == name)
        }
    }

    @Test("numbers out of their documented range are refused", arguments: [
        (#"{"nodeFontSize": 201}"#, "nodeFontSize"),
        (#"{"edgeFontSize": 0}"#, "edgeFontSize"),
        (#"{"titleFontSize": -3}"#, "titleFontSize"),
        (#"{"wrapWidth": 1001}"#, "wrapWidth"),
        (#"{"wrapWidth": -1}"#, "wrapWidth"),
        (#"{"minimumPenWidth": 0.05}"#, "minimumPenWidth"),
        (#"{"maximumPenWidth": 25}"#, "maximumPenWidth"),
        (#"{"minimumPenWidth": 3, "maximumPenWidth": 2}"#, "maximumPenWidth"),
        (#"{"tooltipEvidenceLimit": 101}"#, "tooltipEvidenceLimit"),
        (#"{"tooltipSentenceLength": 3001}"#, "tooltipSentenceLength"),
        (#"{"tooltipSentenceLength": 1}"#, "tooltipSentenceLength"),
    ])
    func numbersOutOfRange(_ json: String, _ key: String) {
        #expect(Self.rejectedKey(json) == key)
    }

    @Test("the ends of every range are accepted")
    func rangeEnds() throws {
        let low = try Self.load(#"{"nodeFontSize": 1, "edgeFontSize": 1, "titleFontSize": 1, "wrapWidth": 0, "minimumPenWidth": 0.1, "maximumPenWidth": 0.1, "tooltipEvidenceLimit": 0, "tooltipSentenceLength": 2}"#)
        #expect(low.nodeFontSize == 1 && low.minimumPenWidth == 0.1)
        let high = try Self.load(#"{"nodeFontSize": 200, "edgeFontSize": 200, "titleFontSize": 200, "wrapWidth": 1000, "minimumPenWidth": 20, "maximumPenWidth": 20, "tooltipEvidenceLimit": 100, "tooltipSentenceLength": 3000}"#)
        #expect(high.wrapWidth == 1000 && high.maximumPenWidth == 20)
    }

    @Test("a bad value is one error line naming the file and the key, the value shown short")
    func oneLine() {
        do {
            _ = try Self.load(#"{"fontName": "Helvetica\"/><script>alert(1)</script><text x=\"\n\n\n\n"}"#)
            Issue.record("expected an error")
        } catch let error as StyleFileError {
            #expect(error.description.hasPrefix("style.json: fontName: not a safe font name"))
            #expect(!error.description.contains("\n"))
            #expect(!error.description.contains("<text x="), "the value is cut to 40 characters in the message")
            #expect(error.description.contains("<te…\""))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a style built in code is checked before Graphviz sees it, in every laid-out format and the report")
    func styleInCode() {
        var crash = Style.default
        crash.state.fillColor = "red;"
        var injection = Style.default
        injection.fontName = #"Helvetica"/><script>alert(1)</script><text x=""#
        for style in [crash, injection] {
            for format in [OutputFormat.svg, .png, .pdf] {
                #expect(throws: StyleFileError.self) {
                    try GraphWriter().write(Fixtures.graph, as: format, options: RenderOptions(style: style)).bytes
                }
            }
            #expect(throws: StyleFileError.self) { try HTMLReport.render(Fixtures.graph, options: RenderOptions(style: style)) }
        }
    }

    @Test("the default style passes its own checks, and encodes to a file that loads")
    func defaultPasses() throws {
        try Style.default.validate()
        #expect(try Style.load(json: JSONEncoder().encode(Style.default)) == .default)
    }
}
