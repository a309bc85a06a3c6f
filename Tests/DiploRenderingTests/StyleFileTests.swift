import DiploGraph
import Foundation
import TestSupport
import Testing
@testable import DiploRendering

@Suite("Style files")
struct StyleFileTests {
    static func load(_ json: String) throws -> Style {
        try Style.load(json: Data(json.utf8), file: "style.json")
    }

    @Test("a file that overrides one colour changes that colour only")
    func overrideOne() throws {
        let style = try Self.load(##"{"state": {"fillColor": "#ffe0e0"}}"##)
        var expected = Style.default
        expected.state.fillColor = "#ffe0e0"
        #expect(style == expected)
        let dot = DOTWriter(style: style).write(Fixtures.graph)
        #expect(dot.contains(##"class="state", label="South Korea", shape="box", fillcolor="#ffe0e0""##))
    }

    @Test("load(from:) reads a file; edge font colour follows the colour unless given")
    func fromFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-style-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(#"{"fontName": "DejaVu Sans", "nodeFontSize": 12, "conflictEdge": {"color": "purple"}, "leader": {"shape": "octagon"}}"#.utf8).write(to: url)
        let style = try Style.load(from: url)
        #expect(style.fontName == "DejaVu Sans" && style.nodeFontSize == 12)
        #expect(style.conflictEdge == Style.EdgeStyle(color: "purple", fontColor: "purple", lineStyle: "solid"))
        #expect(style.leader.shape == "octagon" && style.leader.fillColor == Style.default.leader.fillColor)
    }

    @Test("an unknown key is rejected, naming the key and the known ones")
    func unknownKey() {
        #expect(throws: StyleFileError.self) { try Self.load(#"{"colour": "red"}"#) }
        do {
            _ = try Self.load(##"{"leader": {"fillColour": "#ffffff"}}"##)
            Issue.record("expected an error")
        } catch let error as StyleFileError {
            #expect(error.file == "style.json")
            #expect(error.key == "leader.fillColour")
            #expect(error.problem.contains("unknown key") && error.problem.contains("fillColor"))
            #expect(error.description.hasPrefix("style.json: leader.fillColour: unknown key"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("wrong types, bad shapes and line styles, bad sizes and bad JSON name the problem", arguments: [
        (#"{"nodeFontSize": "big"}"#, "nodeFontSize"),
        (#"{"state": {"shape": "blob"}}"#, "state.shape"),
        (#"{"structuralEdge": {"lineStyle": "wavy"}}"#, "structuralEdge.lineStyle"),
        (#"{"edgeFontSize": 0}"#, "edgeFontSize"),
        (#"{"minimumPenWidth": 3, "maximumPenWidth": 2}"#, "maximumPenWidth"),
        (#"{"state": 3}"#, "state"),
        (#"[1, 2]"#, ""),
        (#"{"state": }"#, ""),
    ])
    func problems(_ json: String, _ key: String) {
        do {
            _ = try Self.load(json)
            Issue.record("expected an error for \(json)")
        } catch let error as StyleFileError {
            #expect(error.key == key, "\(error)")
            #expect(!error.problem.isEmpty)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("an unreadable file is a StyleFileError")
    func missingFile() {
        #expect(throws: StyleFileError.self) {
            try Style.load(from: URL(fileURLWithPath: "/nonexistent/style.json"))
        }
    }

    @Test("encoding the default style gives a complete file that loads back to the default")
    func roundTrip() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Style.default)
        #expect(try Style.load(json: data) == .default)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.count == Style.CodingKeys.allCases.count)
        #expect(try Self.load("{}") == .default)
    }
}
