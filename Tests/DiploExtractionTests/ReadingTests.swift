import Foundation
import Testing
@testable import DiploExtraction

/// Helpers shared by the reading tests.
enum ReadingSupport {
    static func read(_ text: String, _ format: DocumentFormat? = nil, name: String = "test") throws -> Document {
        try DocumentReader.read(data: Data(text.utf8), name: name, format: format)
    }

    /// The paragraphs of the cleaned text.
    static func paragraphs(_ document: Document) -> [String] {
        document.text.components(separatedBy: "\n\n")
    }

    /// The original bytes behind the cleaned byte range of `needle` (its first occurrence).
    static func original(of needle: String, in document: Document) throws -> String {
        let cleaned = Array(document.text.utf8)
        let target = Array(needle.utf8)
        let start = try #require(
            (0...(cleaned.count - target.count)).first { Array(cleaned[$0..<($0 + target.count)]) == target },
            "\(needle) not in cleaned text")
        let range = document.originalRange(of: start..<(start + target.count))
        let originalBytes = Array(document.original.utf8)
        #expect(range.lowerBound >= 0 && range.upperBound <= originalBytes.count)
        return String(decoding: originalBytes[range], as: UTF8.self)
    }

    /// White space folded to single spaces.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The reason of the `DocumentError` thrown by `body`, or nil.
    static func reason<Value>(_ body: () throws -> Value) -> DocumentError.Reason? {
        do {
            _ = try body()
            return nil
        } catch let error as DocumentError {
            return error.reason
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }
}

@Suite("Reading documents")
struct ReadingTests {
    typealias R = ReadingSupport

    // MARK: Plain text

    @Test("plain text: paragraphs at blank lines, wrapped lines joined, white space folded")
    func plainText() throws {
        let text = "Seoul and Beijing   held talks on Monday\nabout trade and the border, officials said.\n\n\n  The talks  went well.\n"
        let document = try R.read(text, .plainText, name: "story.txt")
        #expect(document.name == "story.txt")
        #expect(document.format == .plainText)
        #expect(document.original == text)
        #expect(R.paragraphs(document) == [
            "Seoul and Beijing held talks on Monday about trade and the border, officials said.",
            "The talks went well.",
        ])
    }

    @Test("plain text: a short line without end punctuation stands as its own paragraph")
    func headlineLine() throws {
        let document = try R.read("Leaders Meet In Hanoi\nThe two presidents met in Hanoi on Friday.\n", .plainText)
        #expect(R.paragraphs(document) == ["Leaders Meet In Hanoi", "The two presidents met in Hanoi on Friday."])
    }

    @Test("a UTF-8 byte order mark is dropped")
    func utf8BOM() throws {
        let document = try DocumentReader.read(data: Data([0xEF, 0xBB, 0xBF] + Array("Oslo hosted the talks.".utf8)), name: "bom.txt", format: .plainText)
        #expect(document.text == "Oslo hosted the talks.")
    }

    @Test("UTF-16 with a byte order mark decodes", arguments: [true, false])
    func utf16(littleEndian: Bool) throws {
        let text = "Ankara and Athens signed a pact on migration.\n\nErdoğan’s envoy welcomed it."
        let body = try #require(text.data(using: littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        let bom: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let document = try DocumentReader.read(data: Data(bom) + body, name: "utf16.txt", format: .plainText)
        #expect(document.original == text)
        #expect(R.paragraphs(document) == ["Ankara and Athens signed a pact on migration.", "Erdoğan’s envoy welcomed it."])
        #expect(try R.original(of: "Erdoğan’s envoy", in: document) == "Erdoğan’s envoy")
    }

    @Test("invalid UTF-8 is replaced, and the document says so; valid text, a BOM and UTF-16 are not flagged",
          arguments: [
            ([0x4C, 0x69, 0x6D, 0x61, 0x20, 0xFF, 0x20, 0x68, 0x6F, 0x73, 0x74, 0x65, 0x64, 0x2E], true),  // a stray byte
            ([0x4C, 0x69, 0x6D, 0x61, 0x20, 0xC0, 0xAE, 0x2E], true),  // an overlong form
            ([0x4C, 0x69, 0x6D, 0x61, 0x20, 0xED, 0xA0, 0x80, 0x2E], true),  // a surrogate
            (Array("Lima hosted the summit.".utf8), false),
            ([0xEF, 0xBB, 0xBF] + Array("Lima hosted the summit.".utf8), false),
            ([0xFF, 0xFE] + Array("Lima".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, false),
          ] as [([UInt8], Bool)])
    func invalidUTF8IsFlagged(bytes: [UInt8], replaced: Bool) throws {
        let document = try DocumentReader.read(data: Data(bytes), name: "lima.txt", format: .plainText)
        #expect(document.replacedInvalidUTF8 == replaced)
        #expect(document.original.contains("\u{FFFD}") == replaced)
        #expect(document.dated(nil).replacedInvalidUTF8 == replaced, "a dated copy keeps the flag")
    }

    // MARK: Markdown

    @Test("Markdown: headings, emphasis, links, images, lists and code fences are reduced to text")
    func markdown() throws {
        let source = """
            # Summit in *Hanoi*

            The [Vietnamese](https://example.org/vn) president met **Lao** leaders_ on `Tuesday`.
            ![a photo](https://example.org/photo.jpg)

            ```swift
            let secret = "code that is not news"
            ```

            - First point of the joint statement.
            1. Second point, in a numbered list.

            > A quoted line from the ministry.

            ---
            The snake_case word stays.
            """
        let document = try R.read(source, .markdown)
        #expect(document.format == .markdown)
        let paragraphs = R.paragraphs(document)
        #expect(paragraphs.first == "Summit in Hanoi")
        #expect(paragraphs.contains("The Vietnamese president met Lao leaders on Tuesday."))
        #expect(paragraphs.contains("First point of the joint statement. Second point, in a numbered list."))
        #expect(paragraphs.contains("A quoted line from the ministry."))
        #expect(paragraphs.contains("The snake_case word stays."))
        for gone in ["#", "*", "`", "](", "https://", "photo", "secret", "code that", "---", "> "] {
            #expect(!document.text.contains(gone), "\(gone) left in \(document.text)")
        }
    }

    @Test("Markdown: cleaned ranges map back to the original bytes")
    func markdownOffsets() throws {
        let document = try R.read("## Talks\n\nThe **Kenyan** envoy visited [Kampala](http://x.org/k) today.\n", .markdown)
        #expect(try R.original(of: "Kenyan", in: document) == "Kenyan")
        #expect(try R.original(of: "Kampala", in: document) == "Kampala")
        #expect(try R.original(of: "Kenyan envoy", in: document) == "Kenyan** envoy")
        #expect(try R.original(of: "Talks", in: document) == "Talks")
    }

    // MARK: HTML

    @Test("HTML: scripts, styles and the head skipped, entities decoded, block tags make paragraphs")
    func html() throws {
        let source = """
            <!DOCTYPE html><html><head><title>Page title</title><style>p { color: red; }</style></head>
            <body><script>var talks = "Moscow met Kyiv";</script>
            <h1>Talks &amp; trade</h1><p>Canada&#39;s minister met her Mexican counterpart &mdash; twice.</p>
            <div>Ottawa&nbsp;and Mexico City <b>agreed</b> on&#x20;tariffs.<br>A second line.</div>
            <!-- a comment that says Beijing -->
            <p>Tom &lt;&gt; Jerry &unknown; &copy</p>
            </body></html>
            """
        let document = try R.read(source, .html)
        #expect(document.format == .html)
        #expect(R.paragraphs(document) == [
            "Talks & trade",
            "Canada's minister met her Mexican counterpart \u{2014} twice.",
            "Ottawa and Mexico City agreed on tariffs.",
            "A second line.",
            "Tom <> Jerry &unknown; &copy",
        ])
        for gone in ["color", "var talks", "Moscow", "Page title", "Beijing", "&amp;", "&#39;", "<b>", "<p>"] {
            #expect(!document.text.contains(gone), "\(gone) left in \(document.text)")
        }
    }

    @Test("HTML: every named reference of HTML 4 is decoded, in names of any language")
    func namedReferences() throws {
        let source = "<p>Prime Minister Jonas Gahr St&oslash;re met &Aring;sa Lindh&aring;gen and Ant&oacute;nio Cost&atilde; in Reykjav&iacute;k; &Theta; &sum; &EACUTE; &eth;.</p>"
        let document = try R.read(source, .html)
        #expect(document.text == "Prime Minister Jonas Gahr Støre met Åsa Lindhågen and António Costã in Reykjavík; Θ ∑ é ð.")
        #expect(HTMLEntities.html4.count == 252)
    }

    @Test("Front matter is data about the document, not text", arguments: [DocumentFormat.markdown, .plainText])
    func frontMatterIsNotText(_ format: DocumentFormat) throws {
        let source = "---\ntitle: Chile and Peru sign a fisheries pact\ndate: 2026-02-03\n---\n\nChile and Peru signed a fisheries pact on Tuesday.\n"
        let document = try R.read(source, format)
        #expect(document.text == "Chile and Peru signed a fisheries pact on Tuesday.")
        #expect(document.title == "Chile and Peru sign a fisheries pact")
        #expect(try R.original(of: "signed a fisheries pact", in: document) == "signed a fisheries pact")
        // A rule that opens a text without closing a block is text.
        #expect(try R.read("---\nChile and Peru signed a pact.\n", format).text.contains("Chile and Peru signed a pact."))
    }

    @Test("HTML is sniffed when no format is given; plain text otherwise")
    func sniffing() throws {
        #expect(try R.read("<p>Rome welcomed the envoy.</p>").format == .html)
        #expect(try R.read("<p>Rome welcomed the envoy.</p>").text == "Rome welcomed the envoy.")
        #expect(try R.read("Rome welcomed the envoy.").format == .plainText)
        #expect(DocumentFormat(pathExtension: "HTM") == .html)
        #expect(DocumentFormat(pathExtension: "md") == .markdown)
        #expect(DocumentFormat(pathExtension: "txt") == .plainText)
        #expect(DocumentFormat(pathExtension: "pdf") == nil)
    }

    @Test("HTML: cleaned ranges map back to the original bytes, entities included")
    func htmlOffsets() throws {
        let source = "<html><body><p>Kenya &amp; Uganda <i>signed</i> a deal.</p></body></html>"
        let document = try R.read(source, .html)
        #expect(document.text == "Kenya & Uganda signed a deal.")
        #expect(try R.original(of: "Kenya & Uganda", in: document) == "Kenya &amp; Uganda")
        #expect(try R.original(of: "signed a deal.", in: document) == "signed</i> a deal.")
        let ampersand = try R.original(of: "&", in: document)
        #expect(ampersand == "&amp;")
    }

    @Test("HTML: a range that ends on a decoded entity covers the whole entity")
    func htmlOffsetsEndingOnEntity() throws {
        let source = "<p>The envoy said \u{201C}yes.&rdquo; Then she left &mdash;</p>"
        let document = try R.read(source, .html)
        #expect(document.text == "The envoy said \u{201C}yes.\u{201D} Then she left \u{2014}")
        let quote = try R.original(of: "yes.\u{201D}", in: document)
        let dash = try R.original(of: "left \u{2014}", in: document)
        #expect(quote == "yes.&rdquo;")
        #expect(dash == "left &mdash;")
    }

    // MARK: Page furniture and duplicates

    @Test("page furniture is dropped", arguments: [
        "Leave a Comment",
        "Your email address will not be published. Required fields are marked *",
        "Scroll to Top",
        "Share this:",
        "Share on Facebook",
        "Share on X",
        "Share",
        "Posted in World News",
        "Subscribe to our newsletter",
        "Copyright © 2026 Example Media. All rights reserved.",
    ])
    func furniture(_ line: String) throws {
        let text = "Lima and Quito signed a border accord on Tuesday.\n\n\(line)\n\nThe accord takes effect next year.\n"
        let document = try R.read(text, .plainText)
        #expect(R.paragraphs(document) == ["Lima and Quito signed a border accord on Tuesday.", "The accord takes effect next year."])
    }

    @Test("a long paragraph that mentions sharing or comments is news, not furniture")
    func longParagraphKept() throws {
        let text = "The ministers said they would share intelligence and leave a comment period open for industry groups before the new customs rules take effect across the region next spring."
        #expect(try R.read(text, .plainText).text == text)
    }

    @Test("a document of nothing but furniture is empty")
    func onlyFurniture() {
        #expect(R.reason { try R.read("Leave a Comment\n\nScroll to Top\n", .plainText) } == .empty)
    }

    @Test("exact duplicate paragraphs are dropped, the first kept")
    func duplicates() throws {
        let text = "Hanoi hosted the summit.\n\nThe leaders met twice.\n\nHanoi   hosted the summit.\n\nThey parted on good terms.\n"
        let document = try R.read(text, .plainText)
        #expect(R.paragraphs(document) == ["Hanoi hosted the summit.", "The leaders met twice.", "They parted on good terms."])
        // The kept copy is the first one.
        #expect(document.originalRange(of: 0..<5) == 0..<5)
    }

    // MARK: Offsets

    @Test("originalRange maps every sentence of a messy plain-text document back to its bytes")
    func plainOffsets() throws {
        let text = "  Headline Of The Day\n\nÉlysée officials   said on Tuesday that the\nFrench president would visit Algiers.\n\nLeave a Comment\n\nThe visit — the first in years — was welcomed.\n"
        let document = try R.read(text, .plainText)
        for paragraph in R.paragraphs(document) {
            let original = try R.original(of: paragraph, in: document)
            #expect(R.folded(original) == paragraph)
        }
        #expect(try R.original(of: "Élysée officials said on Tuesday that the French", in: document) == "Élysée officials   said on Tuesday that the\nFrench")
        #expect(try R.original(of: "—", in: document) == "—")
    }

    @Test("an empty or out-of-range request maps to an empty or clamped range")
    func offsetEdges() throws {
        let document = try R.read("Peru.", .plainText)
        #expect(document.originalRange(of: 2..<2).isEmpty)
        #expect(document.originalRange(of: 0..<50) == 0..<5)
    }

    // MARK: Errors

    @Test("binary data is not text", arguments: [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        Array("Seoul said\u{0}yes".utf8),
        [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11],
    ] as [[UInt8]])
    func binary(_ bytes: [UInt8]) {
        let reason = R.reason { try DocumentReader.read(data: Data(bytes), name: "image.png", format: nil) }
        #expect(reason == .notText)
    }

    @Test("empty and white-space-only documents are empty", arguments: ["", " ", "\n\n\t  \r\n", "\u{00A0}\u{00A0}"])
    func empty(_ text: String) {
        #expect(R.reason { try R.read(text, .plainText) } == .empty)
    }

    @Test("markup with no text is empty")
    func emptyMarkup() {
        #expect(R.reason { try R.read("<html><script>x()</script><p> </p></html>", .html) } == .empty)
        #expect(R.reason { try R.read("```\ncode only\n```\n", .markdown) } == .empty)
    }

    @Test("error messages name the path and say what to do")
    func messages() {
        #expect(DocumentError(path: "a.bin", reason: .notText).description == "a.bin: not a text document (binary content)")
        #expect(DocumentError(path: "e.txt", reason: .empty).description.hasPrefix("e.txt: "))
        #expect(DocumentError(path: "dir", reason: .noDocuments).description.contains(".txt, .md or .html"))
    }

    @Test("reading a missing file or a directory by path fails with the right reason")
    func readPath() throws {
        let directory = try TemporaryDirectory()
        #expect(R.reason { try DocumentReader.read(path: directory.path + "/missing.txt") } == .notFound)
        if case .unreadable = R.reason({ try DocumentReader.read(path: directory.path) }) {} else {
            Issue.record("a directory read as a file should be unreadable")
        }
        try directory.write("story.md", "# Title\n\nBern and Vienna **agreed** on rail links.\n")
        let document = try DocumentReader.read(path: directory.path + "/story.md")
        #expect(document.format == .markdown)
        #expect(document.name == directory.path + "/story.md")
        #expect(R.paragraphs(document) == ["Title", "Bern and Vienna agreed on rail links."])
    }

    // MARK: Directories

    @Test("documentPaths lists .txt, .md and .html files, sorted, recursively, skipping others")
    func documentPaths() throws {
        let directory = try TemporaryDirectory()
        for name in ["b.md", "a.txt", "c.html", "sub/d.txt", "sub/e.htm", "notes.json", "image.png", "sub/x.pdf", ".hidden.txt", "README"] {
            try directory.write(name, "Oslo hosted talks.")
        }
        let paths = try DocumentReader.documentPaths(in: directory.path)
        let expected = ["a.txt", "b.md", "c.html", "sub/d.txt", "sub/e.htm"].map { directory.path + "/" + $0 }
        #expect(paths == expected)
        #expect(try DocumentReader.documentPaths(in: directory.path + "/") == expected)
    }

    @Test("listDocuments follows links to documents and names each link it leaves out, with the reason")
    func listDocumentsReportsSkips() throws {
        let directory = try TemporaryDirectory()
        try directory.write("tree/a.txt", "Oslo hosted talks.")
        try directory.write("outside/b.md", "Bern hosted talks.")
        try directory.write("outside/real/c.txt", "Rome hosted talks.")
        let tree = directory.path + "/tree"
        try FileManager.default.createSymbolicLink(atPath: tree + "/link.md", withDestinationPath: "../outside/b.md")
        try FileManager.default.createSymbolicLink(atPath: tree + "/dangling.txt", withDestinationPath: "nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: tree + "/dangling.png", withDestinationPath: "nowhere.png")
        try FileManager.default.createSymbolicLink(atPath: tree + "/real", withDestinationPath: "../outside/real")
        let listing = try DocumentReader.listDocuments(in: tree)
        #expect(listing.paths == [tree + "/a.txt", tree + "/link.md"])
        #expect(listing.skipped.map(\.description) == [
            tree + "/dangling.txt: skipped: a dangling symbolic link",
            tree + "/real: skipped: a symbolic link to a directory, not followed (name that directory to read it)",
        ])
        #expect(R.reason { try DocumentReader.listDocuments(in: directory.path + "/missing") } == .notFound)
    }

    @Test("contents(ofFile:) reads a pipe to its end, and refuses endless binary input at once")
    func contentsOfPipes() throws {
        let status = try DocumentReader.contents(ofFile: "/proc/self/status")
        #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"), "a /proc file says it is empty and is read all the same")
        #expect(R.reason { try DocumentReader.contents(ofFile: "/dev/zero") } == .notText)
    }

    @Test("a directory without documents is an error", arguments: [false, true])
    func noDocuments(withOtherFiles: Bool) throws {
        let directory = try TemporaryDirectory()
        if withOtherFiles {
            try directory.write("data.csv", "a,b")
            try directory.write("sub/photo.jpg", "jpeg")
        }
        do {
            let paths = try DocumentReader.documentPaths(in: directory.path)
            Issue.record("expected .noDocuments, got \(paths)")
        } catch let error as DocumentError {
            #expect(error.reason == .noDocuments)
            #expect(error.path == directory.path)
        }
    }
}

/// A fresh directory under the system's temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory().appending("diplograph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ relativePath: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
