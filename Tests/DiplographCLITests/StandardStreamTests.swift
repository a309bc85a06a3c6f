import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: standard streams that misbehave give one error line and an exit status, never
/// a crash (issue 10, item 6), and pipes are read like files (item 9).
@Suite("Standard streams")
struct StandardStreamTests {
    /// Every command line that reads standard input.
    static let readersOfStandardInput: [[String]] = [
        ["extract"], ["extract", "-"], ["report", "-"], ["render", "-"], ["diff", "-", "a.txt"], ["merge", "-"],
    ]

    @Test("standard input that is a directory is one error line", arguments: readersOfStandardInput)
    func standardInputIsADirectory(_ arguments: [String]) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.shortVisit)
        try FileManager.default.createDirectory(at: scratch.file("somedir"), withIntermediateDirectories: false)
        let result = try Diplograph.shell("exec \"$DIPLOGRAPH\" \(arguments.joined(separator: " ")) < somedir", in: scratch.url)
        #expect(!result.signalled, "crashed with signal \(result.status)")
        #expect(result.status == 1)
        #expect(result.stderr == "diplograph: error: -: cannot be read (it is a directory)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test("a full standard output is one error line and exit 1")
    func fullStandardOutput() throws {
        // The shell opens /dev/full for the binary, which never learns its path: nothing can
        // replace the device.
        let result = try Diplograph.shell("exec \"$DIPLOGRAPH\" \(Fixtures.articlePath) -f json > /dev/full")
        #expect(!result.signalled, "crashed with signal \(result.status)")
        #expect(result.status == 1)
        #expect(result.stderr == "diplograph: error: cannot write to standard output (no space left on device)\n")
    }

    @Test("--help and --version to a closed or full standard output: one error line and exit 1, not a silent success",
          arguments: [("--help", ">&-", "it is closed"), ("--version", ">&-", "it is closed"),
                      ("help extract", "> /dev/full", "no space left on device")])
    func helpToBrokenStandardOutput(arguments: String, redirection: String, reason: String) throws {
        let result = try Diplograph.shell("exec \"$DIPLOGRAPH\" \(arguments) \(redirection)")
        #expect(!result.signalled, "crashed with signal \(result.status)")
        #expect(result.status == 1)
        #expect(result.stderr == "diplograph: error: cannot write to standard output (\(reason))\n")
    }

    @Test("a closed standard output is one error line and exit 1")
    func closedStandardOutput() throws {
        let result = try Diplograph.shell("exec \"$DIPLOGRAPH\" \(Fixtures.articlePath) >&-")
        #expect(!result.signalled, "crashed with signal \(result.status)")
        #expect(result.status == 1)
        #expect(result.stderr == "diplograph: error: cannot write to standard output (it is closed)\n")
    }

    @Test("a closed standard error: a failure still exits non-zero, a success still writes its output")
    func closedStandardError() throws {
        let failure = try Diplograph.shell("exec \"$DIPLOGRAPH\" no-such-file.txt 2>&-")
        #expect(!failure.signalled, "crashed with signal \(failure.status)")
        #expect(failure.status == 1)
        let success = try Diplograph.shell("exec \"$DIPLOGRAPH\" \(Fixtures.articlePath) -f json 2>&-")
        #expect(!success.signalled && success.status == 0)
        #expect(try GraphJSON(success.stdout).nodeIDs.contains("state:KOR"))
    }

    @Test("a closed standard input is one error line, never a document read in its place")
    func closedStandardInput() throws {
        let result = try Diplograph.shell("exec \"$DIPLOGRAPH\" extract - <&-")
        #expect(!result.signalled && result.status == 1)
        #expect(result.stderr == "diplograph: error: -: cannot be read (it is closed)\n")
    }

    @Test("a reader that stops early ends the run quietly with status 141")
    func readerStopsEarly() throws {
        // The samples' graph is larger than a pipe holds, so the run is still writing when the
        // reader goes.
        let process = Process()
        process.executableURL = Diplograph.binary
        process.arguments = ["extract", "Samples", "-f", "json"]
        process.currentDirectoryURL = Diplograph.packageRoot
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let first = try output.fileHandleForReading.read(upToCount: 1)
        try output.fileHandleForReading.close()
        let message = try errors.fileHandleForReading.readToEnd() ?? Data()
        process.waitUntilExit()
        #expect(first?.count == 1)
        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect(process.terminationStatus == 141)
        #expect(message.isEmpty, "\(String(decoding: message, as: UTF8.self))")
    }

    @Test("a pipe named as a path is read: <(cat a.txt), /dev/stdin, for documents and graph JSON")
    func pipesAreRead() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.article())
        let direct = try Diplograph.run(["extract", "a.txt", "-f", "json", "-o", "g.json"], in: scratch.url)
        #expect(direct.status == 0)
        let expected = try GraphJSON(Data(contentsOf: scratch.file("g.json")))
        let scripts = [
            "exec \"$DIPLOGRAPH\" extract <(cat a.txt) -f json",
            "cat a.txt | \"$DIPLOGRAPH\" extract /dev/stdin -f json",
            "exec \"$DIPLOGRAPH\" render <(cat g.json) -f json",
            "exec \"$DIPLOGRAPH\" merge <(cat g.json) -f json",
            "exec \"$DIPLOGRAPH\" diff g.json /dev/stdin -f json < a.txt",
        ]
        for script in scripts {
            let result = try Diplograph.shell(script, in: scratch.url)
            #expect(result.status == 0 && !result.signalled, "\(script): \(result.stderr)")
            let graph = try GraphJSON(result.stdout)
            #expect(graph.nodeIDs == expected.nodeIDs, "\(script)")
            #expect(graph.edgeKeys == expected.edgeKeys, "\(script)")
        }
    }

    @Test("a style file named as a pipe is read, and a directory or a missing style file gets the system's words")
    func styleFilesFromPipes() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.article())
        try scratch.write("pink.json", ##"{"state": {"fillColor": "#ffe0e0"}}"##)
        try FileManager.default.createDirectory(at: scratch.file("styles"), withIntermediateDirectories: true)
        let piped = try Diplograph.shell("exec \"$DIPLOGRAPH\" extract a.txt -f dot --style <(cat pink.json)", in: scratch.url)
        #expect(piped.status == 0 && !piped.signalled, "\(piped.stderr)")
        #expect(piped.stdoutText.contains("#ffe0e0"), "the piped style was not applied")
        let directory = try Diplograph.run(["extract", "a.txt", "-f", "dot", "--style", "styles"], in: scratch.url)
        #expect(directory.status == 1)
        #expect(directory.stderr == "diplograph: error: styles: not a usable style file (is a directory)\n")
        let missing = try Diplograph.run(["extract", "a.txt", "-f", "dot", "--style", "nope.json"], in: scratch.url)
        #expect(missing.status == 1)
        #expect(missing.stderr == "diplograph: error: nope.json: not a usable style file (no such file or directory)\n")
    }
}
