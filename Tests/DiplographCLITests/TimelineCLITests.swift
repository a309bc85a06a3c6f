import Foundation
import TestSupport
import Testing

/// `diplograph report` of dated documents: dated evidence rows, and a timeline when the
/// relations were read on two days or more, whose busiest pair a browser selects.
@Suite("report timeline, end to end")
struct TimelineCLITests {
    static func report(_ arguments: [String], in directory: TemporaryDirectory) throws -> String {
        let result = try Diplograph.run(["report"] + arguments, in: directory.url)
        try #require(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdoutText
    }

    @Test("two dated documents give dated evidence rows and a timeline; one gives no timeline")
    func presentAndAbsent() throws {
        let directory = try SeenDaysCLITests.corpus()
        let both = try Self.report(["a.txt", "b.md"], in: directory)
        #expect(both.contains(#"<section id="timeline""#))
        #expect(both.contains("Timeline: relations per week"))
        #expect(both.contains(#"a.txt, <time datetime="2023-02-02">2023-02-02</time>, bytes "#))
        #expect(both.contains(#"<td class="seen">2023-02-02 – 2023-04-28</td>"#))
        #expect(both.contains(#"<g class="pair" id="pair__leader:william-ruto__leader:yoweri-museveni""#))

        let one = try Self.report(["a.txt"], in: directory)
        #expect(!one.contains(#"id="timeline""#))
        #expect(one.contains(#"<time datetime="2023-02-02">"#))
        let undated = try InProcess.run(["report", Fixtures.articlePath])
        #expect(undated.status == 0)
        #expect(!undated.stdoutText.contains(#"id="timeline""#) && !undated.stdoutText.contains("<time"))
    }

    @Test("In headless Chromium a timeline pair's line selects the pair's relations",
          .enabled(if: Prerequisite.shouldRun(Prerequisite.hasExecutable("chromium")),
                   "chromium is not installed (scripts/ensure-chromium.sh installs it; .ci/run does)"))
    func browserSelectsPair() throws {
        let directory = try SeenDaysCLITests.corpus()
        let report = directory.file("report.html")
        let made = try Diplograph.run(["report", "a.txt", "b.md", "-o", report.path], in: directory.url)
        try #require(made.status == 0, "stderr: \(made.stderr)")
        let result = try BrowserCheck.run(report, in: directory)
        #expect(result.status == 0, "scripts/browser-test.sh failed:\n\(result.output)")
        #expect(result.output.contains("ok: the script selects a timeline pair's line"), "\(result.output)")
    }
}
