import Testing
@testable import DiploExtraction

/// Page furniture beyond the single short line: sign-up blocks, teaser and link-list lines,
/// the page's asides, navigation, footers, forms and banner, and photo credits. Each class is
/// dropped and the news around it kept, with offsets that still point at the original bytes.
@Suite("Page furniture")
struct PageFurnitureTests {
    typealias R = ReadingSupport

    static let before = "Lima and Quito signed a border accord on Tuesday."
    static let after = "The accord takes effect next year, both foreign ministries said."

    /// The paragraphs of a plain-text document with `furniture` between two news paragraphs.
    static func paragraphs(around furniture: String) throws -> [String] {
        R.paragraphs(try R.read("\(before)\n\n\(furniture)\n\n\(after)\n", .plainText))
    }

    // MARK: Sign-up blocks

    @Test("sign-up blocks are dropped, short or long", arguments: [
        "Email Sign Up",
        "Sign Up",
        "Sign up for our newsletter",
        "Subscribe to The Daily Dispatch",
        "Get the latest headlines in your inbox",
        "Email Sign Up Sign up for our newsletters or alerts and get the biggest stories of the day from our correspondents around the world, every weekday morning.",
        "Get the latest news on the talks delivered straight to your inbox: sign up to our free daily briefing, and choose the alerts you want to receive from our desk.",
    ])
    func signUpBlocks(_ block: String) throws {
        #expect(try Self.paragraphs(around: block) == [Self.before, Self.after])
    }

    @Test("news about subscribing, alerts or e-mail is kept", arguments: [
        "States that subscribe to the treaty will receive early alerts of missile tests from the monitoring centre in Vienna, the agency said on Friday.",
        "The minister said she had learned of the expulsion by email and that her ministry would subscribe to the new reporting rules agreed in Geneva.",
    ])
    func signUpNewsKept(_ news: String) throws {
        #expect(try Self.paragraphs(around: news) == [Self.before, news, Self.after])
    }

    // MARK: Teasers and link lists

    @Test("teaser and link-list lines are dropped", arguments: [
        "More: Ankara hosts talks on grain corridor; Oslo names new envoy",
        "Related: Why the border accord matters.",
        "Read more",
        "Read More: Inside the negotiations that saved the pact.",
        "READ MORE: The long road to a border deal",
        "Click here to watch the signing ceremony.",
        "See also: Andean trade bloc weighs new members",
        "Recommended: Five things to know about the dispute",
        "- Related: Ecuador recalls its ambassador",
    ])
    func teasers(_ line: String) throws {
        #expect(try Self.paragraphs(around: line) == [Self.before, Self.after])
    }

    @Test("a teaser line inside a paragraph goes, and the lines around it stay")
    func teaserInsideParagraph() throws {
        let text = "The two presidents met at the border crossing.\nRelated: A timeline of the dispute.\nThey agreed to reopen three consulates.\n"
        let document = try R.read(text, .plainText)
        #expect(R.paragraphs(document) == ["The two presidents met at the border crossing.", "They agreed to reopen three consulates."])
        #expect(try R.original(of: "They agreed to reopen three consulates.", in: document) == "They agreed to reopen three consulates.")
    }

    @Test("news that merely contains 'more', 'related' or 'see' is kept", arguments: [
        "More than 200 diplomats attended the signing in Lima.",
        "More talks are planned for March, officials said.",
        "Related disputes over fishing rights were left for later.",
        "Readmission of migrants was also discussed at the meeting.",
        "Click-through rates were never the point, the envoy joked.",
        "Officials said the question now was simple:\nmore: or less, the envoy asked.",
        "See you in Quito, the president told his counterpart.",
    ])
    func lookalikeNewsKept(_ news: String) throws {
        let kept = try Self.paragraphs(around: news)
        #expect(kept.count == 3)
        #expect(kept[1] == R.folded(news))
    }

    // MARK: Photo credits

    @Test("lines that are only a photo credit are dropped", arguments: [
        "Photo: Jane Doe/Reuters",
        "(Photo by Ann Lee/AFP via Getty Images)",
        "Image copyright Getty Images",
        "Getty Images",
        "Jane Doe/AP",
        "Ann Lee / Reuters",
        "(AP Photo/John Roe)",
        "Credit: Pool via Reuters.",
    ])
    func creditLines(_ credit: String) throws {
        #expect(try Self.paragraphs(around: credit) == [Self.before, Self.after])
    }

    @Test("a credit line between two lines of prose goes; the offsets after it hold")
    func creditInsideParagraph() throws {
        let text = "Lima and Quito signed a border accord.\n(Photo by Ann Lee/AFP via Getty Images)\nThe ministers then met the press.\n"
        let document = try R.read(text, .plainText)
        #expect(R.paragraphs(document) == ["Lima and Quito signed a border accord.", "The ministers then met the press."])
        #expect(try R.original(of: "The ministers then met the press.", in: document) == "The ministers then met the press.")
    }

    @Test("a credit at the end of a caption is cut, the caption kept")
    func trailingCredit() throws {
        let source = "<figure><img src=\"a.jpg\"><figcaption>The two ministers shake hands in Lima. Photo: Jane Doe/Reuters</figcaption></figure><p>\(Self.after)</p>"
        let document = try R.read(source, .html)
        #expect(R.paragraphs(document) == ["The two ministers shake hands in Lima.", Self.after])
        #expect(try R.original(of: "shake hands in Lima.", in: document) == "shake hands in Lima.")
        let plain = try R.read("The envoys arrive in Quito on Monday (Ann Lee/AFP via Getty Images)\n", .plainText)
        #expect(plain.text == "The envoys arrive in Quito on Monday")
    }

    @Test("captions and sentences that name an agency are kept", arguments: [
        "Image: the two leaders at the border post of Huaquillas on Monday morning",
        "Reuters reported that the talks would resume.",
        "The talks, first reported by AFP, resumed on Monday.",
        "Photographers from Reuters and AP waited outside.",
    ])
    func captionsKept(_ news: String) throws {
        let kept = try Self.paragraphs(around: news)
        #expect(kept == [Self.before, news, Self.after])
    }

    // MARK: HTML elements

    @Test("HTML: aside, nav, footer and form are skipped with all they hold")
    func skippedElements() throws {
        let source = """
            <body><nav><a href="/">Home</a> <a href="/world">World news from Peru</a></nav>
            <article><p>\(Self.before)</p>
            <aside><h3>Chile and Bolivia</h3><p>Bolivia recalls envoy over gas row.</p></aside>
            <form action="/s"><label>Your email for Peru updates</label><input name="e"></form>
            <p>\(Self.after)</p></article>
            <footer><p>Quito Times Media Group, a company of the Andes.</p></footer></body>
            """
        let document = try R.read(source, .html)
        #expect(R.paragraphs(document) == [Self.before, Self.after])
        #expect(try R.original(of: Self.after, in: document) == Self.after)
    }

    @Test("HTML: the site's banner header is skipped; the story's header and a page headline are kept")
    func headers() throws {
        let banner = "<header><div class=\"logo\">Andes Daily</div><ul><li>World Politics</li></ul></header>"
        let story = "<article><header><h2>Border accord signed</h2><p>By Maria Example</p></header><p>\(Self.before)</p></article>"
        let document = try R.read("<body>\(banner)\(story)</body>", .html)
        #expect(R.paragraphs(document) == ["Border accord signed", "By Maria Example", Self.before])
        let headline = try R.read("<body><header><h1>Peru and Ecuador sign accord</h1></header><main><p>\(Self.before)</p></main></body>", .html)
        #expect(R.paragraphs(headline) == ["Peru and Ecuador sign accord", Self.before])
    }

    @Test("HTML: an unclosed header does not hide the text after it")
    func unclosedHeader() throws {
        let document = try R.read("<header><h1>Accord signed</h1><p>\(Self.before)</p>", .html)
        #expect(R.paragraphs(document) == ["Accord signed", Self.before])
    }
}
