import DiploGraph
import Foundation
import Testing
@testable import DiploExtraction

/// The date a document states: HTML metadata, Markdown front matter, a dateline; and what is
/// not a date.
@Suite("Document dates")
struct DocumentDateTests {
    static let body = "<p>The foreign ministers of Chile and Peru met in Lima to discuss fishing rights.</p>"

    static func date(_ text: String, _ format: DocumentFormat) throws -> String? {
        try ReadingSupport.read(text, format).date?.description
    }

    static func page(head: String = "", body: String = DocumentDateTests.body) -> String {
        "<html><head>\(head)</head><body>\(body)</body></html>"
    }

    @Test("HTML <meta> publication dates, in the names in use, the calendar date as written", arguments: [
        (#"<meta property="article:published_time" content="2019-05-04T10:00:00Z">"#, "2019-05-04"),
        (#"<META PROPERTY='og:published_time' CONTENT='2018-11-30T23:59:59-08:00'>"#, "2018-11-30"),
        (#"<meta name="pubdate" content="2020-01-15">"#, "2020-01-15"),
        (#"<meta name="DC.date" content=" 2017-07-07 ">"#, "2017-07-07"),
        (#"<meta itemprop="datePublished" content="2016-02-29T08:00">"#, "2016-02-29"),
        (#"<meta name=date content=2015-03-03>"#, "2015-03-03"),
    ])
    func meta(tag: String, expected: String) throws {
        #expect(try Self.date(Self.page(head: tag), .html) == expected)
    }

    @Test("a <meta> that names something else, or has no date in it, is passed over")
    func otherMeta() throws {
        let head = #"<meta name="description" content="2019-05-04 news"><meta property="article:published_time" content="soon"><meta name="date" content="2014-12-25">"#
        #expect(try Self.date(Self.page(head: head), .html) == "2014-12-25")
    }

    @Test("without a <meta> date, the first <time datetime>, then JSON-LD datePublished")
    func timeThenLinkedData() throws {
        let linkedData = #"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished" : "2021-09-10T06:00:00+09:00"}</script>"#
        let times = #"<p>Updated <time datetime="2022-04-01T12:00">April 1</time> and <time datetime="2022-05-01">May</time></p>"#
        #expect(try Self.date(Self.page(head: linkedData, body: times + Self.body), .html) == "2022-04-01")
        #expect(try Self.date(Self.page(head: linkedData), .html) == "2021-09-10")
        let meta = #"<meta property="article:published_time" content="2020-10-10">"#
        #expect(try Self.date(Self.page(head: linkedData + meta, body: times + Self.body), .html) == "2020-10-10")
    }

    @Test("JSON-LD in a script of another type is not read")
    func otherScript() throws {
        let script = #"<script>var x = {"datePublished": "2021-09-10"};</script>"#
        #expect(try Self.date(Self.page(head: script), .html) == nil)
    }

    @Test("Markdown front matter: date plain, quoted or a timestamp", arguments: [
        "date: 2021-03-04", "date: \"2021-03-04\"", "Date: '2021-03-04'", "date: 2021-03-04T09:30:00+01:00",
    ])
    func frontMatter(line: String) throws {
        let text = "---\ntitle: Talks in Lima\n\(line)\n---\n\n# Talks\n\nThe foreign ministers of Chile and Peru met in Lima.\n"
        #expect(try Self.date(text, .markdown) == "2021-03-04")
    }

    @Test("a front matter block that does not start the document is not front matter")
    func lateFrontMatter() throws {
        let text = "The foreign ministers met.\n\n---\ndate: 2021-03-04\n---\n"
        #expect(try Self.date(text, .markdown) == nil)
    }

    @Test("datelines with a year give their date", arguments: [
        ("LONDON, 3 December 2019 (AFP) — The prime minister met the president of Ghana.", "2019-12-03"),
        ("BEIJING, Oct 1, 2018 /Xinhua/ -- The premier received a delegation from Laos.", "2018-10-01"),
        ("Tuesday, March 5, 2024\n\nThe foreign ministers of Chile and Peru met in Lima.", "2024-03-05"),
        ("NAIROBI, Kenya, Sept. 14, 2023 (Reuters) - Kenya's president spoke to reporters.", "2023-09-14"),
        ("OTTAWA, sep 9, 2022 - Canada said it would send a trade mission.", "2022-09-09"),
        ("Talks in Lima\n\nLIMA, 12 Jan. 2020 - The ministers met on Sunday.", "2020-01-12"),
    ])
    func dateline(text: String, expected: String) throws {
        #expect(try Self.date(text, .plainText) == expected)
    }

    @Test("no date: a dateline without a year, a sentence that opens with a date, no date at all", arguments: [
        "WASHINGTON, Dec. 3 (Reuters) - The secretary of state met his counterpart from Brazil.",
        "On March 5, 2024, the foreign ministers of Chile and Peru met in Lima.",
        "The foreign ministers of Chile and Peru met in Lima on Tuesday.",
    ])
    func noDateline(text: String) throws {
        #expect(try Self.date(text, .plainText) == nil)
    }

    @Test("dates that do not exist are no dates", arguments: [
        ("LONDON, 30 February 2021 (AFP) - The ministers met.", DocumentFormat.plainText),
        (DocumentDateTests.page(head: #"<meta name="date" content="2021-02-30">"#), .html),
        ("---\ndate: 2021-13-01\n---\n\nThe ministers met in Lima.", .markdown),
    ])
    func impossibleDays(text: String, format: DocumentFormat) throws {
        #expect(try Self.date(text, format) == nil)
    }

    @Test("a dateline far into the document is not taken")
    func farDateline() throws {
        let filler = String(repeating: "The foreign ministers of Chile and Peru talked about fishing rights again. ", count: 8)
        let text = "\(filler)\n\nLIMA, 12 January 2020 - The ministers met on Sunday."
        #expect(text.utf8.count > Dateline.searchedBytes)
        #expect(try Self.date(text, .plainText) == nil)
        #expect(try Self.date("LIMA, 12 January 2020 - The ministers met on Sunday.\n\n\(filler)", .plainText) == "2020-01-12")
    }

    @Test("dated(_:) replaces the stated date")
    func dated() throws {
        let document = try ReadingSupport.read("LONDON, 3 December 2019 (AFP) — The ministers met.", .plainText)
        let day = Day(year: 2001, month: 1, day: 1)!
        #expect(document.dated(day).date == day)
        #expect(document.dated(nil).date == nil)
        #expect(document.dated(day).text == document.text)
    }

    @Test("the extracted graph records the document's date")
    func graphCarriesDate() throws {
        let text = "LONDON, 3 December 2019 (AFP) — Prime Minister Keir Starmer met President Emmanuel Macron in London."
        let graph = Extractor().extract(try ReadingSupport.read(text, .plainText, name: "a.txt"))
        #expect(graph.documents == ["a.txt"])
        #expect(graph.documentDates == ["a.txt": Day(year: 2019, month: 12, day: 3)!])
    }
}
