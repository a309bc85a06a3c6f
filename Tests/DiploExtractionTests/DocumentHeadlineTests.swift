import DiploGraph
import Foundation
import Testing
@testable import DiploExtraction

/// A document's headline: HTML metadata, title and heading; Markdown front matter and headings;
/// a plain text's first line when it reads as a headline, and not when it is a sentence.
@Suite("Document headlines")
struct DocumentHeadlineTests {
    static let paragraph = "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss fishing rights."

    static func headline(_ text: String, _ format: DocumentFormat) throws -> String? {
        try ReadingSupport.read(text, format).title
    }

    static func page(head: String = "", body: String = "<p>\(DocumentHeadlineTests.paragraph)</p>") -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    // MARK: HTML

    @Test("HTML: og:title before <title> before the first <h1>")
    func htmlOrder() throws {
        let og = #"<meta property="og:title" content="Chile and Peru settle fishing dispute">"#
        let title = "<title>Lima talks end in agreement | Andes Daily</title>"
        let h1 = "<h1>Ministers agree on fishing quotas</h1><p>\(Self.paragraph)</p>"
        #expect(try Self.headline(Self.page(head: title + og, body: h1), .html) == "Chile and Peru settle fishing dispute")
        #expect(try Self.headline(Self.page(head: title, body: h1), .html) == "Lima talks end in agreement")
        #expect(try Self.headline(Self.page(body: h1), .html) == "Ministers agree on fishing quotas")
        #expect(try Self.headline(Self.page(), .html) == nil)
    }

    @Test("HTML: a <title> too short for a headline (a site's name) gives way to the first <h1>")
    func siteNameTitle() throws {
        let h1 = "<h1>Ministers agree on fishing quotas</h1><p>\(Self.paragraph)</p>"
        #expect(try Self.headline(Self.page(head: "<title>Andes Daily</title>", body: h1), .html) == "Ministers agree on fishing quotas")
        #expect(try Self.headline(Self.page(head: "<title>Andes Daily</title>"), .html) == "Andes Daily")
    }

    @Test("HTML <title>: entities decoded, a site's name cut off its end when enough is left", arguments: [
        ("Peru&rsquo;s minister visits Santiago &amp; Valparaíso | The Andes Daily", "Peru\u{2019}s minister visits Santiago & Valparaíso"),
        ("Chile and Peru agree fishing quotas - Americas - Daily Courier", "Chile and Peru agree fishing quotas"),
        ("Chile and Peru agree fishing quotas — Courier", "Chile and Peru agree fishing quotas"),
        ("Fishing talks off - minister", "Fishing talks off - minister"),
        ("Chile and Peru agree fishing quotas in Lima | A very long name for a news site here", "Chile and Peru agree fishing quotas in Lima | A very long name for a news site here"),
        ("  Chile\n  and Peru   meet ", "Chile and Peru meet"),
    ])
    func pageTitle(written: String, expected: String) throws {
        #expect(try Self.headline(Self.page(head: "<title>\(written)</title>"), .html) == expected)
    }

    @Test("HTML <h1>: tags inside dropped, line breaks as spaces")
    func headingMarkup() throws {
        let body = #"<h1 class="headline"><a href="/x">Chile <em>and</em> Peru</a><br>agree on&nbsp;fish</h1><p>text</p>"#
        #expect(try Self.headline(Self.page(body: body), .html) == "Chile and Peru agree on fish")
    }

    @Test("HTML: an icon's <title> in inline SVG, a script's and a comment's text are not the page's title")
    func notTitles() throws {
        let head = #"<script>document.write("<title>Written by script</title>")</script><!-- <title>Old title</title> -->"#
        let body = #"<svg viewBox="0 0 10 10"><title>Share icon</title></svg><h1>Ministers meet in Lima</h1><p>text</p>"#
        #expect(try Self.headline(Self.page(head: head, body: body), .html) == "Ministers meet in Lima")
    }

    @Test("HTML: an empty og:title or <title> gives way to the next source")
    func emptySources() throws {
        let head = #"<meta property="og:title" content="  "><title> </title>"#
        #expect(try Self.headline(Self.page(head: head, body: "<h1>Ministers meet in Lima</h1>"), .html) == "Ministers meet in Lima")
    }

    // MARK: Markdown

    @Test("Markdown: the front matter's title before the first heading")
    func frontMatter() throws {
        let text = "---\ndate: 2021-03-04\ntitle: \"Chile and Peru settle fishing dispute\"\n---\n\n# Talks in Lima\n\n\(Self.paragraph)\n"
        #expect(try Self.headline(text, .markdown) == "Chile and Peru settle fishing dispute")
    }

    @Test("Markdown: the first level-1 heading, inline markup stripped, not one inside a code fence", arguments: [
        "# **Chile** and [Peru](https://example.org/peru) meet #\n\n\(paragraph)\n",
        "```\n# not a heading\n```\n\nChile and Peru meet\n===\n\n\(paragraph)\n",
        "![map](map.png)\n\n## Chile and Peru meet\n\n\(paragraph)\n",
    ])
    func markdownHeading(text: String) throws {
        #expect(try Self.headline(text, .markdown) == "Chile and Peru meet")
    }

    @Test("Markdown without headings: a first sentence is no headline")
    func markdownSentence() throws {
        #expect(try Self.headline("\(Self.paragraph)\n\nMore text follows here.\n", .markdown) == nil)
    }

    // MARK: Plain text

    @Test("plain text: a first line that reads as a headline", arguments: [
        ("Chile and Peru settle fishing dispute\n\n\(paragraph)\n", "Chile and Peru settle fishing dispute"),
        ("\n\n  Will Peru sign the fishing pact?  \n\(paragraph)\n", "Will Peru sign the fishing pact?"),
        ("Peru 'ready to talk' - Chile\n\n\(paragraph)\n", "Peru 'ready to talk' - Chile"),
        ("Advertisement\n\nChile and Peru settle fishing dispute\n\n\(paragraph)\n", "Chile and Peru settle fishing dispute"),
        ("---\ntitle: Fishing talks in Lima\n---\nChile and Peru meet\n\n\(paragraph)\n", "Fishing talks in Lima"),
    ])
    func plainHeadline(text: String, expected: String) throws {
        #expect(try Self.headline(text, .plainText) == expected)
    }

    @Test("plain text: no headline when the first line is a sentence, a dateline, a byline or too long", arguments: [
        "\(paragraph)\n\nThe talks will resume next month.\n",
        "Chile and Peru met in Lima.\n\n\(paragraph)\n",
        "The ministers said:\n\(paragraph)\n",
        "LIMA, 4 March 2021 (Wire) — Ministers met\n\n\(paragraph)\n",
        "LIMA, Tuesday\n\n\(paragraph)\n",
        "By Ana Torres and Luis Vega\n\n\(paragraph)\n",
        "Updated 4 March 2021 10:00 GMT\n\n\(paragraph)\n",
        "See https://example.org for the full text of the fishing agreement\n\n\(paragraph)\n",
        String(repeating: "fishing talks and ", count: 9) + "more talks\n\n\(paragraph)\n",
        "Lima\n\n\(paragraph)\n",
    ])
    func noPlainHeadline(text: String) throws {
        #expect(try Self.headline(text, .plainText) == nil)
    }

    @Test("plain text: a line said twice at the top is display text: the headline, without its full stop")
    func repeatedDisplayLine() throws {
        let display = "Peru's president wants Chile's help to end the fishing dispute."
        let text = "\(display)\n\n\(display)\n\n\(Self.paragraph)\n"
        #expect(try Self.headline(text, .plainText) == "Peru's president wants Chile's help to end the fishing dispute")
        // Said once, it is the story's first sentence.
        #expect(try Self.headline("\(display)\n\n\(Self.paragraph)\n", .plainText) == nil)
    }

    @Test("a document keeps its headline when a date is set")
    func datedKeepsTitle() throws {
        let document = try ReadingSupport.read("Chile and Peru meet\n\n\(Self.paragraph)\n", .plainText)
        #expect(document.dated(Day(year: 2021, month: 3, day: 4)).title == "Chile and Peru meet")
    }

    @Test("the extracted graph records the document's headline")
    func graphCarriesTitle() throws {
        let text = "Chile and Peru settle fishing dispute\n\n\(Self.paragraph)\n"
        let graph = Extractor().extract(try ReadingSupport.read(text, .plainText, name: "a.txt"))
        #expect(graph.documentTitles == ["a.txt": "Chile and Peru settle fishing dispute"])
        let untitled = Extractor().extract(try ReadingSupport.read(Self.paragraph, .plainText, name: "b.txt"))
        #expect(untitled.documentTitles.isEmpty)
    }
}
