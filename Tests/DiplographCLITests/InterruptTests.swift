import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: SIGINT and SIGTERM during a run remove the temporary output file, keep the old
/// target and exit with 128 + the signal's number (issue 10, items 3 and 9).
@Suite("Signals")
struct InterruptTests {
    @Test("a signal while the input is read: exit 130 or 143, the old target kept", arguments: [SIGINT, SIGTERM])
    func whileReading(_ number: Int32) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("out.svg", "keep me")
        let run = try LiveRun(["extract", "-", "-o", "out.svg"], in: scratch.url)
        try run.waitUntil("the signal handlers are installed") { run.handles([SIGINT, SIGTERM]) }
        kill(run.pid, number)
        #expect(run.finish() == 128 + number)
        #expect(try String(contentsOf: scratch.file("out.svg"), encoding: .utf8) == "keep me")
        #expect(try scratch.contents() == ["out.svg"])
    }

    @Test("a signal while the output is written: the temporary file is removed, the old target kept",
          arguments: [SIGINT, SIGTERM])
    func whileWriting(_ number: Int32) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("out.jsonl", "keep me")
        // --jsonl writes each document's line into the temporary file as it is made; the run
        // then waits for the next record on the pipe.
        let run = try LiveRun(["extract", "--jsonl", "--stdin-lines", "record", "-o", "out.jsonl"], in: scratch.url)
        let record = try JSONSerialization.data(withJSONObject: ["name": "a.txt", "text": Fixtures.shortVisit])
        try run.send(String(decoding: record, as: UTF8.self) + "\n")
        let temporary = { () -> URL? in
            let names = (try? scratch.contents()) ?? []
            return names.first { $0.hasPrefix(".out.jsonl.") && $0.hasSuffix(".diplograph-tmp") }.map(scratch.file)
        }
        try run.waitUntil("the first line is in the temporary file") {
            guard let file = temporary() else { return false }
            return ((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0) > 0
        }
        #expect(run.handles([SIGINT, SIGTERM]))
        kill(run.pid, number)
        #expect(run.finish() == 128 + number)
        #expect(try String(contentsOf: scratch.file("out.jsonl"), encoding: .utf8) == "keep me")
        #expect(try scratch.contents() == ["out.jsonl"])
    }
}
