import Foundation
import TestSupport
import Testing

/// End-to-end: the same story in two files of a corpus is counted once, with a note naming the
/// file left out (issue 12, item 9); two stories that only share a paragraph are both read.
@Suite("Wire copies")
struct WireCopyTests {
    /// The body of an invented wire story, about 150 words.
    static let body = """
        The foreign ministers of Norway and Kenya met in Nairobi on Thursday and signed an \
        agreement on renewable energy research. Norway pledged to fund two solar projects in the \
        Rift Valley, and Kenya welcomed the offer, officials from both ministries said. The \
        ministers also discussed shipping in the Indian Ocean and the security of fishing fleets \
        off the Somali coast, a concern both governments have raised at the United Nations.

        The agreement sets up a joint commission that will meet twice a year, alternating between \
        Oslo and Nairobi, to review the projects and to report to both parliaments. Kenya's \
        minister said the deal would bring power to thousands of rural homes, while Norway's \
        minister said it showed what long partnerships could achieve. Talks on a wider trade \
        accord are expected to start next spring.
        """

    static let first = "Norway and Kenya sign energy pact\n\n\(body)\n"
    static let copy = "Kenya, Norway agree on solar research\n\n\(body)\n\nReporting by Ann Example; editing by Tom Sample\n"
    /// Another story that quotes the first paragraph of the body and goes on elsewhere.
    static let other = """
        Nordic aid under review

        \(body.components(separatedBy: "\n\n")[0])

        In Stockholm, Sweden's prime minister met the president of Finland on Friday to discuss \
        Arctic defence. Finland urged Sweden to raise its spending on northern bases, and the two \
        leaders agreed to hold joint exercises in the spring. Denmark criticized the plan as too \
        costly, its defence ministry said in a statement on Saturday.

        """

    @Test("two copies under different headlines: one document's graph, and a note naming the copy")
    func copyCountedOnce() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Self.first)
        try scratch.write("b.txt", Self.copy)
        let alone = try Diplograph.run(["extract", "a.txt", "-f", "json"], in: scratch.url)
        let both = try Diplograph.run(["extract", "a.txt", "b.txt", "-f", "json"], in: scratch.url)
        #expect(alone.status == 0 && both.status == 0, "\(both.stderr)")
        // The counts are not doubled: the graph is the first document's alone.
        expectIdentical(both.stdout, alone.stdout)
        #expect(try GraphJSON(both.stdout).evidenceDocuments == ["a.txt"])
        #expect(both.stderr == "diplograph: note: skipped b.txt: the same story as a.txt\n")

        // In the other order the other copy is kept; in a directory, the first by path.
        let reversed = try Diplograph.run(["extract", "b.txt", "a.txt", "-f", "json"], in: scratch.url)
        #expect(reversed.stderr == "diplograph: note: skipped a.txt: the same story as b.txt\n")
        #expect(try GraphJSON(reversed.stdout).evidenceDocuments == ["b.txt"])
        let report = try Diplograph.run(["report", ".", "-o", "r.html"], in: scratch.url)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("diplograph: note: skipped ./b.txt: the same story as ./a.txt\n"))
    }

    @Test("many copies read in parallel: the same graph and the same notes, in input order, every run")
    func deterministic() throws {
        let scratch = try TemporaryDirectory()
        let stories = [Self.first, Self.copy, Self.other]
        for index in 0..<12 {
            try scratch.write(String(format: "d%02d.txt", index), stories[index % 3])
        }
        var expected = ""
        for index in 1..<12 where index != 2 {
            let original = index % 3 == 2 ? "d02" : "d00"
            expected += String(format: "diplograph: note: skipped ./d%02d.txt: the same story as ./\(original).txt\n", index)
        }
        let runs = try (0..<3).map { _ in try Diplograph.run(["extract", ".", "-f", "json"], in: scratch.url) }
        for run in runs {
            #expect(run.status == 0)
            #expect(run.stderr == expected)
            expectIdentical(run.stdout, runs[0].stdout)
        }
        #expect(try GraphJSON(runs[0].stdout).evidenceDocuments == ["./d00.txt", "./d02.txt"])
    }

    @Test("two different stories that share a paragraph are both read")
    func sharedParagraphKept() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Self.first)
        try scratch.write("c.txt", Self.other)
        let result = try Diplograph.run(["extract", "a.txt", "c.txt", "-f", "json"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(try GraphJSON(result.stdout).evidenceDocuments == ["a.txt", "c.txt"])
    }

    @Test("--jsonl maps every document, copies included: each line is one document's graph")
    func jsonlKeepsCopies() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Self.first)
        try scratch.write("b.txt", Self.copy)
        let result = try Diplograph.run(["extract", "--jsonl", "a.txt", "b.txt"], in: scratch.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdoutText.split(separator: "\n").count == 2)
        #expect(result.stderr.isEmpty)
    }
}
