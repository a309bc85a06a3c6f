import DiploGraph
import TestSupport
import Testing
@testable import DiploRendering

@Suite("CSV writer")
struct CSVWriterTests {
    @Test("header, one row per edge in edge order, CRLF line ends")
    func shape() {
        let csv = CSVWriter.write(Fixtures.graph)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "source,source_label,relation,plover,target,target_label,count,documents,first_sentence")
        #expect(lines.last == "")
        #expect(lines.count == Fixtures.edges.count + 2)
        #expect(lines.contains("state:CHN,China,met,CONSULT,state:KOR,South Korea,5,1,\"They met, part 0.\""))
        #expect(lines.contains("leader:lee-jae-myung,Lee Jae Myung,leads,,state:KOR,South Korea,0,0,"))
        #expect(csv == CSVWriter.write(Fixtures.graph))
    }

    @Test("fields with commas and quotes are quoted, quotes doubled (RFC 4180); line breaks become spaces")
    func quoting() {
        #expect(CSVWriter.field("plain text") == "plain text")
        #expect(CSVWriter.field("a, b") == "\"a, b\"")
        #expect(CSVWriter.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "two lines")
        #expect(CSVWriter.field("cr\rhere") == "cr here")
        #expect(CSVWriter.field("crlf\r\nhere, too") == "\"crlf here, too\"")
        #expect(CSVWriter.field("") == "")

        let sentence = "He said \"no, never\", then left."
        let graph = Graph(
            nodes: [Node(id: "state:AAA", kind: .state, label: "A, the \"first\"", code: "AAA"),
                    Node(id: "state:BBB", kind: .state, label: "B", code: "BBB")],
            edges: [Edge(source: "state:AAA", target: "state:BBB", relation: .rejected,
                         evidence: [Evidence(document: "d", start: 0, end: 10, sentence: sentence)])])
        let rows = Self.parse(CSVWriter.write(graph))
        #expect(rows.count == 2)
        #expect(rows[1] == ["state:AAA", "A, the \"first\"", "rejected", "REJECT", "state:BBB", "B", "1", "1", sentence])
    }

    @Test("no raw control byte reaches the CSV: every control character in a field becomes a space")
    func noControlBytes() {
        let values: [UInt32] = Array(0x00..<0x20) + [0x7F] + Array(0x80...0x9F) + [0x2028, 0x2029]
        let controls: [Unicode.Scalar] = values.compactMap(Unicode.Scalar.init)
        let hostile = "a" + String(String.UnicodeScalarView(controls)) + "\u{1B}[31mred\u{1B}[0m z"
        let graph = Graph(
            nodes: [Node(id: "state:AAA", kind: .state, label: hostile, code: "AAA"),
                    Node(id: "state:BBB", kind: .state, label: "B", code: "BBB")],
            edges: [Edge(source: "state:AAA", target: "state:BBB", relation: .met,
                         evidence: [Evidence(document: "d", start: 0, end: 1, sentence: hostile)])])
        let csv = CSVWriter.write(graph)
        // The only control characters are the CR LF that end each record.
        let records = csv.components(separatedBy: "\r\n")
        #expect(records.count == 3 && records.last == "")
        for record in records {
            let bad = record.unicodeScalars.filter { scalar in
                scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
            }
            #expect(bad.isEmpty)
        }
        let rows = Self.parse(csv)
        #expect(rows[1][1] == "a" + String(repeating: " ", count: controls.count) + " [31mred [0m z")
    }

    @Test("a diff graph gets change and previous_count columns")
    func diffColumns() {
        var new = Fixtures.graph
        new.add(Edge(source: "state:PRK", target: "state:KOR", relation: .rejected,
                     evidence: [Fixtures.evidence("North Korea rejected talks.", at: 5)]))
        let rows = Self.parse(CSVWriter.write(Graph.diff(old: Fixtures.graph, new: new)))
        #expect(rows[0].suffix(2) == ["change", "previous_count"])
        let rejected = rows.first { $0[2] == "rejected" }
        #expect(rejected?[3] == "REJECT")
        #expect(rejected?.suffix(2) == ["changed", "0"])
        #expect(rows.first { $0[2] == "met" }?.suffix(2) == ["", ""])
    }

    /// A small RFC 4180 reader, to check that the text reads back.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
