import Foundation
import Testing
import TestSupport
@testable import DiploExtraction

/// The language check: English passes, whatever its subject or length; French, Spanish,
/// German, Portuguese and Italian text of 30 words or more is clearly not English; short text
/// is never judged.
@Suite("Language check")
struct LanguageCheckTests {
    static let packageRoot = Fixtures.packageRoot

    @Test("French, Spanish, German, Portuguese and Italian news is clearly not English", arguments: ForeignTexts.all.map(\.language))
    func foreign(language: String) throws {
        let text = try #require(ForeignTexts.all.first { $0.language == language }?.text)
        let verdict = LanguageCheck.judge(try ReadingSupport.read(text, .plainText).text)
        #expect(verdict.words >= LanguageCheck.minimumWords)
        #expect(verdict.isClearlyNotEnglish, "\(language): \(verdict.share)")
        // With room to spare: well under the threshold.
        #expect(verdict.share < LanguageCheck.threshold / 2, "\(language): \(verdict.share)")
    }

    @Test("every document of Samples/ is English, with room to spare")
    func samples() throws {
        let directory = Self.packageRoot.appendingPathComponent("Samples").path
        let paths = try DocumentReader.documentPaths(in: directory)
        #expect(paths.count >= 5)
        for path in paths {
            let verdict = LanguageCheck.judge(try DocumentReader.read(path: path).text)
            #expect(!verdict.isClearlyNotEnglish, "\(path)")
            #expect(verdict.share > LanguageCheck.threshold * 1.5, "\(path): \(verdict.share)")
        }
    }

    static let evalDirectory = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")

    @Test("the development set's articles and every PLOVER sentence are English",
          .enabled(if: FileManager.default.fileExists(atPath: LanguageCheckTests.evalDirectory.path), "../shared/eval is not here"))
    func evaluationTexts() throws {
        let dev = Self.evalDirectory.appendingPathComponent("dev")
        let articles = try FileManager.default.contentsOfDirectory(atPath: dev.path).filter { $0.hasSuffix(".txt") }
        #expect(!articles.isEmpty)
        for name in articles {
            let verdict = LanguageCheck.judge(try DocumentReader.read(path: dev.appendingPathComponent(name).path).text)
            #expect(!verdict.isClearlyNotEnglish, "\(name): \(verdict.share)")
        }
        let lines = try String(contentsOf: Self.evalDirectory.appendingPathComponent("plover/plover_gsr.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count > 100)
        for line in lines {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let sentence = try #require(record?["text"] as? String)
            #expect(!LanguageCheck.judge(sentence).isClearlyNotEnglish, "\(sentence)")
        }
    }

    @Test("English sentences of many kinds pass, long or short", arguments: [
        "Negotiators from Indonesia and Malaysia agreed on Friday to redraw a disputed maritime boundary in the Celebes Sea, ending two decades of quarrels over fishing grounds and oil blocks, officials in Jakarta said late on Friday.",
        "Tanks, artillery batteries, armoured personnel carriers, drones, radar stations, ammunition depots and fuel trucks: Ukrainian officials listed every piece of equipment they expect Western governments to deliver before winter arrives, city by city.",
        "Kenya Ethiopia Somalia Uganda Tanzania Rwanda Burundi Sudan Eritrea Djibouti",
    ])
    func english(text: String) {
        #expect(!LanguageCheck.judge(text).isClearlyNotEnglish, "\(LanguageCheck.judge(text))")
    }

    @Test("a short text is never judged, in any language")
    func short() {
        let verdict = LanguageCheck.judge(ForeignTexts.frenchHeadline)
        #expect(verdict.words < LanguageCheck.minimumWords)
        #expect(verdict.share < LanguageCheck.threshold)
        #expect(!verdict.isClearlyNotEnglish)
    }

    @Test("words are letters: digits, punctuation, curly quotes and no-break spaces separate them")
    func tokens() {
        let verdict = LanguageCheck.judge("“The” 42 of–AND\u{00A0}the, l'été 3rd")
        // The, of, AND, the, l, été, rd
        #expect(verdict.words == 7)
        #expect(verdict.functionWords == 4)
    }

    @Test("only the first wordsRead words are read")
    func bounded() {
        let english = String(repeating: "the ", count: LanguageCheck.wordsRead)
        let verdict = LanguageCheck.judge(english + String(repeating: "le ", count: 5 * LanguageCheck.wordsRead))
        #expect(verdict.words == LanguageCheck.wordsRead)
        #expect(!verdict.isClearlyNotEnglish)
    }
}
