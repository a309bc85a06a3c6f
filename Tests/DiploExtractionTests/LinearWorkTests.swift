import DiploGraph
import Foundation
import Testing
import TestSupport
@testable import DiploExtraction

/// Every stage does work in proportion to its input, on the inputs that used to take quadratic
/// time: each test counts the steps the stage's loops take (`WorkMeter`) on N and 2N repeats of a
/// piece of text, and expects the count to double, not to quadruple. Counting, not timing: the
/// figures are the same on any machine, however busy.
@Suite("Linear work")
struct LinearWorkTests {
    /// A doubling of the input at most this much more work passes; quadratic work would be 4.
    static let allowedGrowth = 2.3

    /// The steps `body` takes on `repeats` repeats of `unit` after `prefix`, and on twice as many.
    static func steps(_ prefix: String = "", _ unit: String, repeats: Int, _ body: (String) throws -> Void) rethrows -> (Int, Int) {
        let small = try WorkMeter.measure { try body(prefix + String(repeating: unit, count: repeats)) }
        let large = try WorkMeter.measure { try body(prefix + String(repeating: unit, count: 2 * repeats)) }
        return (small, large)
    }

    /// Expects the work to grow linearly, and the meter to have counted at least one step per repeat.
    static func expectLinear(_ counts: (small: Int, large: Int), repeats: Int, _ what: String) {
        #expect(counts.small >= repeats, "\(what): the meter counted only \(counts.small) steps")
        #expect(Double(counts.large) <= allowedGrowth * Double(counts.small),
                "\(what): \(counts.small) steps for \(repeats) repeats, \(counts.large) for \(2 * repeats)")
    }

    /// The steps of reading and extracting `text` as a document.
    static func extract(_ text: String, _ format: DocumentFormat) throws {
        _ = Extractor().extract(try DocumentReader.read(data: Data(text.utf8), name: "linear", format: format))
    }

    // MARK: Segmenting

    @Test("closing marks: a run of ) or ’ or quotes is read once, not once for each mark before its end",
          arguments: [")", "\u{2019}", "\u{201D}", "\"", "]"])
    func closingMarks(mark: String) {
        let counts = Self.steps("The talks ended.", mark, repeats: 4000) { _ = Segmenter.sentences(of: $0) }
        Self.expectLinear(counts, repeats: 4000, "run of \(mark)")
    }

    @Test("a sentence holds at most maxSentenceTokens tokens and maxSentenceBytes bytes, cut after a comma where it can")
    func longSentencesAreCut() {
        let text = String(repeating: "Norway met Kenya and Chile, ", count: 600) + "and Peru."
        let sentences = Segmenter.sentences(of: text)
        #expect(sentences.count > 1)
        for sentence in sentences {
            #expect(sentence.tokens.count <= Segmenter.maxSentenceTokens)
            #expect(sentence.range.count <= Segmenter.maxSentenceBytes)
        }
        for sentence in sentences.dropLast() { #expect(sentence.text.hasSuffix(","), "cut at \(sentence.text.suffix(20))") }
        // The sentences still hold every token, in order.
        #expect(sentences.flatMap(\.tokens) == Segmenter.tokenize(text))
        let letters = String(repeating: "x", count: 3 * Segmenter.maxSentenceBytes)
        let lone = Segmenter.sentences(of: "Talks went on \(letters) and on")
        #expect(lone.map(\.text) == ["Talks went on", letters, "and on"], "a token longer than the limit stands alone")
    }

    @Test("a line without a sentence end gives evidence of bounded length, and linear work")
    func lineWithoutSentenceEnd() throws {
        let unit = "Norway met Kenya and Chile urged Peru "
        let graph = Extractor().extract(try DocumentReader.read(data: Data(String(repeating: unit, count: 2000).utf8), name: "line"))
        let evidence = graph.nodes.flatMap(\.evidence) + graph.edges.flatMap(\.evidence)
        #expect(!evidence.isEmpty)
        #expect(evidence.allSatisfy { $0.sentence.utf8.count <= Segmenter.maxSentenceBytes && $0.end - $0.start <= Segmenter.maxSentenceBytes })
        Self.expectLinear(try Self.steps("", unit, repeats: 1500) { try Self.extract($0, .plainText) }, repeats: 1500, "one long line")
    }

    // MARK: Reading

    @Test("HTML: an unclosed < or <a is read once, not up to the end for each", arguments: ["<", "<a ", "<b", "</", "x < y ", "<header><h1>", "<header>"])
    func unclosedTags(unit: String) {
        let counts = Self.steps("<p>Norway met Kenya.</p>", unit, repeats: 20_000) { _ = MarkupStripper.html(Array($0.utf8)) }
        Self.expectLinear(counts, repeats: 20_000, "HTML \(unit)")
    }

    @Test("Markdown: brackets that open no link are read once", arguments: ["[", "[a](", "[a]", "![", "[a] (b) "])
    func unclosedLinks(unit: String) {
        let counts = Self.steps("Norway met Kenya ", unit, repeats: 20_000) { _ = MarkupStripper.markdown(Array($0.utf8)) }
        Self.expectLinear(counts, repeats: 20_000, "Markdown \(unit)")
    }

    @Test("reading and extracting unclosed markup stays linear", arguments: [("<a ", DocumentFormat.html), ("<", .html), ("[a](", .markdown)])
    func markupThroughTheExtractor(unit: String, format: DocumentFormat) throws {
        let counts = try Self.steps("Norway met Kenya. ", unit, repeats: 5000) { try Self.extract($0, format) }
        Self.expectLinear(counts, repeats: 5000, "\(format) \(unit)")
    }

    // MARK: Recognising and resolving

    /// Text that used to make one stage or another quadratic, and the piece repeated.
    static let hostileText: [(name: String, prefix: String, unit: String)] = [
        ("relative clauses", "Lee", ", who met Spain"),
        ("clauses joined by semicolons", "", "France met Spain and urged Italy to act; "),
        ("a list of states", "Talks with ", "France, "),
        ("states after a preposition", "Lee met them ", "in France, "),
        ("possessive pronouns", "Lee said ", "his talks with France and its alliance with Spain "),
        ("long runs of capitalised words", "", "President Aldous Brandt Clement Dufort, "),
        ("states in quotes", "", "\u{201C}France\u{201D} met Spain and "),
        ("reported speech", "", "France said Spain should act and "),
        ("agreements", "", "an agreement between France and Spain on trade, agreed to open a bus link and "),
        ("titles", "", "the president met the Kenyan prime minister and "),
    ]

    @Test("one long sentence of repeated constructions: linear work through the whole extractor",
          arguments: hostileText)
    func hostileSentences(_ text: (name: String, prefix: String, unit: String)) throws {
        let repeats = max(200, 24_000 / text.unit.utf8.count)
        let counts = try Self.steps(text.prefix, text.unit, repeats: repeats) { try Self.extract($0, .plainText) }
        Self.expectLinear(counts, repeats: repeats, text.name)
    }

    @Test("many people who share a surname: each new one is compared with those it can be, not every namesake")
    func namesakes() throws {
        var generator = NameGenerator()
        func text(_ count: Int) -> String {
            (0..<count).map { _ in "President \(generator.next()) Smith met Spain." }.joined(separator: " ")
        }
        let small = try WorkMeter.measure { try Self.extract(text(600), .plainText) }
        let large = try WorkMeter.measure { try Self.extract(text(1200), .plainText) }
        Self.expectLinear((small, large), repeats: 600, "namesakes")
    }

    @Test("one hyphenated token naming thousands of states is looked up once, not once per state")
    func hyphenatedStates() throws {
        let counts = try Self.steps("Lee Jae Myung met ", "China-UK-", repeats: 1000) { try Self.extract($0 + "France. Lee left.", .plainText) }
        Self.expectLinear(counts, repeats: 1000, "China-UK-…")
    }

    @Test("many presidents and many title mentions: each mention is resolved without reading every president")
    func presidentsAndTitles() throws {
        var generator = NameGenerator()
        func text(_ count: Int) -> String {
            (0..<count).map { _ in "President \(generator.next()) Aldane met Spain. The Kenyan president urged Chad." }
                .joined(separator: " ")
        }
        let small = try WorkMeter.measure { try Self.extract(text(500), .plainText) }
        let large = try WorkMeter.measure { try Self.extract(text(1000), .plainText) }
        Self.expectLinear((small, large), repeats: 500, "presidents and titles")
    }

    // MARK: Whole documents

    @Test("a generated news-like document, in paragraphs or on one line: reading and extraction are linear",
          arguments: ["paragraphs", "one line"])
    func generatedDocument(layout: String) throws {
        // The text BigInputTests gives the binary (which checks memory there): here the doubling
        // is counted, where that test used to time it.
        let make = layout == "paragraphs" ? BigInput.newsLike(bytes:) : BigInput.singleLine(bytes:)
        let bytes = 48 << 10
        func steps(_ size: Int) throws -> Int {
            let data = make(size)
            return try WorkMeter.measure { _ = Extractor().extract(try DocumentReader.read(data: data, name: "big.txt")) }
        }
        // Each paragraph of the generated text is under 200 bytes.
        Self.expectLinear((try steps(bytes), try steps(2 * bytes)), repeats: bytes / 200, "generated text, \(layout)")
    }

    // MARK: Relating

    @Test("the relation finder on one sentence of any length: linear, whatever the segmenter cuts",
          arguments: [", who met Spain", "; France met Spain", ", in Spain", " and his talks with Spain"])
    func relationFinderAlone(unit: String) {
        func steps(_ repeats: Int) -> Int {
            let tokens = Segmenter.tokenize("Lee" + String(repeating: unit, count: repeats))
            let actors: [ActorMention] = tokens.indices.compactMap { k in
                switch tokens[k].text {
                case "Lee": return ActorMention(tokens: k..<(k + 1), id: "leader:lee", code: "KOR", kind: .leader)
                case "Spain": return ActorMention(tokens: k..<(k + 1), id: "state:ESP", code: "ESP", kind: .state)
                case "France": return ActorMention(tokens: k..<(k + 1), id: "state:FRA", code: "FRA", kind: .state)
                default: return nil
                }
            }
            return WorkMeter.measure {
                _ = RelationFinder(tokens: tokens, actors: actors, agreements: [], context: DiscourseContext()).relations()
            }
        }
        Self.expectLinear((steps(3000), steps(6000)), repeats: 3000, "relation finder, \(unit)")
    }
}

/// Distinct made-up given names ("Abel", "Abem", …), in a fixed order.
private struct NameGenerator {
    private var count = 0

    mutating func next() -> String {
        defer { count += 1 }
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = count
        var name = ""
        for _ in 0..<4 {
            name.append(letters[n % 26])
            n /= 26
        }
        return "Q" + name
    }
}
