import Foundation
import TestSupport
import Testing

/// End-to-end: `extract --jsonl` (the map step) and `merge` (the reduce step) split the work
/// the way distributed engines expect, and give exactly the graph one `extract` gives.
@Suite("Past one machine: --jsonl and merge")
struct MapReduceTests {
    /// The sample documents, by their paths relative to the package root.
    static var samplePaths: [String] { Fixtures.sampleNames().map { "Samples/\($0)" } }

    /// `extract --jsonl` of `paths`: its lines.
    static func fragments(_ paths: [String]) throws -> [String] {
        let result = try InProcess.run(["extract", "--jsonl"] + paths)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test("--jsonl writes one compact line per document, in input order, the same every time")
    func oneLinePerDocument() throws {
        let paths = Self.samplePaths
        let lines = try Self.fragments(paths)
        #expect(lines.count == paths.count)
        for (line, path) in zip(lines, paths) {
            #expect(!line.contains("\n") && !line.isEmpty)
            let graph = try GraphJSON(Data(line.utf8))
            #expect(graph.documents == [path])
        }
        #expect(try Self.fragments(paths) == lines, "deterministic")
        // Each line is the document's own graph: the same as extracting it alone.
        let alone = try InProcess.run(["extract", paths[0], "-f", "json"])
        let mergedAlone = try InProcess.run(["merge", "-"], stdin: Data((lines[0] + "\n").utf8))
        expectIdentical(mergedAlone.stdout, alone.stdout)
    }

    @Test("merge of the fragments equals extract of the documents, byte for byte, in every format",
          arguments: ["json", "dot", "graphml", "csv"])
    func mergeEqualsExtract(_ format: String) throws {
        let lines = try Self.fragments(Self.samplePaths)
        let scratch = try TemporaryDirectory()
        try scratch.write("fragments.jsonl", lines.joined(separator: "\n") + "\n")
        let merged = try InProcess.run(["merge", scratch.file("fragments.jsonl").path, "-f", format])
        let extracted = try InProcess.run(["extract"] + Self.samplePaths + ["-f", format])
        #expect(merged.status == 0 && extracted.status == 0, "\(merged.stderr)")
        expectIdentical(merged.stdout, extracted.stdout)
    }

    @Test("merge is associative and order-independent: any grouping, any order, the same bytes")
    func associativeAndCommutative() throws {
        let lines = try Self.fragments(Self.samplePaths)
        #expect(lines.count == 5)
        let scratch = try TemporaryDirectory()
        func mergeJSONL(_ parts: [String], _ name: String) throws -> URL {
            let input = scratch.file(name + ".in")
            try Data((parts.joined(separator: "\n") + "\n").utf8).write(to: input)
            let result = try InProcess.run(["merge", "--jsonl", input.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdoutText.filter { $0 == "\n" }.count == 1, "one line")
            return try scratch.write(name, result.stdout)
        }
        func final(_ files: [URL]) throws -> Data {
            let result = try InProcess.run(["merge"] + files.map(\.path) + ["-f", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
        let reference = try final([try mergeJSONL(lines, "all")])
        // Groups {0,1} {2,3,4}; {4,0} {2} {3,1}; and every fragment alone, in reverse.
        let a = try mergeJSONL([lines[0], lines[1]], "a")
        let b = try mergeJSONL([lines[2], lines[3], lines[4]], "b")
        let c = try mergeJSONL([lines[4], lines[0]], "c")
        let d = try mergeJSONL([lines[2]], "d")
        let e = try mergeJSONL([lines[3], lines[1]], "e")
        let singles = try lines.indices.reversed().map { try mergeJSONL([lines[$0]], "s\($0)") }
        try expectIdentical(final([a, b]), reference)
        try expectIdentical(final([b, a]), reference)
        try expectIdentical(final([c, d, e]), reference)
        try expectIdentical(final([e, c, d]), reference)
        try expectIdentical(final(singles), reference)
        // A tree: ((a + d) as a part) + (c + e as a part): overlapping parts (fragments seen twice).
        let ad = try mergeJSONL([String(decoding: try Data(contentsOf: a), as: UTF8.self).trimmingCharacters(in: .newlines),
                                 String(decoding: try Data(contentsOf: d), as: UTF8.self).trimmingCharacters(in: .newlines)], "ad")
        try expectIdentical(final([ad, b]), reference)
        // Merging a graph with itself changes nothing (idempotent), pretty or compact.
        let pretty = try scratch.write("reference.json", reference)
        try expectIdentical(final([pretty, a, pretty]), reference)
        // And equals one extract of all the documents.
        try expectIdentical(InProcess.run(["extract"] + Self.samplePaths + ["-f", "json"]).stdout, reference)
    }

    @Test("map with xargs -P 2, shuffle with sort, reduce with merge: the contract holds (scripts/map-reduce.sh)")
    func xargsAndSort() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["scripts/map-reduce.sh", "Samples"]
        process.currentDirectoryURL = Diplograph.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["DIPLOGRAPH"] = Diplograph.binary.path
        process.environment = environment
        let scratch = try TemporaryDirectory()
        let log = try scratch.write("log", Data())
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let output = try String(contentsOf: log, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("byte for byte"), "\(output)")
    }

    @Test("--stdin-lines: paths, or document records, one per line")
    func stdinLines() throws {
        let paths = Array(Self.samplePaths.prefix(3))
        let expected = try Self.fragments(paths)
        let byPath = try InProcess.run(["extract", "--jsonl", "--stdin-lines", "path"],
                                        stdin: Data((paths.joined(separator: "\n") + "\n").utf8))
        #expect(byPath.status == 0, "\(byPath.stderr)")
        expectIdentical(byPath.stdoutText, expected.joined(separator: "\n") + "\n")

        var records = ""
        for path in paths {
            let text = String(decoding: try Data(contentsOf: Diplograph.packageRoot.appendingPathComponent(path)), as: UTF8.self)
            let record = try JSONSerialization.data(withJSONObject: ["name": path, "text": text], options: [.sortedKeys, .withoutEscapingSlashes])
            records += String(decoding: record, as: UTF8.self) + "\n"
        }
        let byRecord = try InProcess.run(["extract", "--jsonl", "--stdin-lines", "record"], stdin: Data(records.utf8))
        #expect(byRecord.status == 0, "\(byRecord.stderr)")
        expectIdentical(byRecord.stdoutText, expected.joined(separator: "\n") + "\n")

        let bad = try InProcess.run(["extract", "--jsonl", "--stdin-lines", "record"], stdin: Data("{\"name\": \"a\"}\n".utf8))
        #expect(bad.status == 1)
        #expect(bad.stderr == "diplograph: error: -:1: not a document record: expected {\"name\": \"…\", \"text\": \"…\"} on one line\n")
    }

    @Test("merge tolerates Hadoop's trailing tabs and blank lines; no input is the empty graph")
    func hadoopShapedInput() throws {
        let lines = try Self.fragments(Array(Self.samplePaths.prefix(2)))
        let shaped = "\n" + lines.map { $0 + "\t" }.joined(separator: "\r\n\n") + "\n\n"
        let merged = try InProcess.run(["merge", "-", "-f", "json"], stdin: Data(shaped.utf8))
        let extracted = try InProcess.run(["extract"] + Array(Self.samplePaths.prefix(2)) + ["-f", "json"])
        #expect(merged.status == 0, "\(merged.stderr)")
        expectIdentical(merged.stdout, extracted.stdout)
        let empty = try InProcess.run(["merge", "-", "--jsonl"], stdin: Data())
        #expect(empty.status == 0)
        #expect(empty.stdoutText == "{\"documents\":[],\"edges\":[],\"nodes\":[]}\n")
    }

    /// Ways `merge` and `--jsonl` go wrong: one line on stderr naming the file (and line).
    static let failures: [(name: String, arguments: [String], stdin: String, mentions: String)] = [
        ("missing file", ["merge", "missing.jsonl"], "", "missing.jsonl: no such file"),
        ("a fragment line that is not a graph", ["merge", "-"], "{\"documents\":[],\"edges\":[],\"nodes\":[]}\n{\"nodes\":[{\"id\":\"x\"}]}\n", "-:2: not a diplograph graph"),
        ("a file that is not JSON", ["merge", "-"], "hello\n", "-:1: not a diplograph graph"),
        ("--jsonl with --format", ["extract", "--jsonl", Fixtures.articlePath, "-f", "svg"], "", "--jsonl"),
        ("--jsonl with a filter", ["extract", "--jsonl", Fixtures.articlePath, "--kinds", "state"], "", "merge"),
        ("--stdin-lines without --jsonl", ["extract", "--stdin-lines", "path"], "", "--stdin-lines"),
        ("merge --jsonl with --format", ["merge", "--jsonl", "-", "-f", "svg"], "", "--jsonl"),
    ]

    @Test("merge and --jsonl errors are one line", arguments: failures.map(\.name))
    func errors(_ name: String) throws {
        let failure = try #require(Self.failures.first { $0.name == name })
        let result = try InProcess.run(failure.arguments, stdin: Data(failure.stdin.utf8))
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("diplograph: error: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(failure.mentions), "\(result.stderr)")
    }
}
