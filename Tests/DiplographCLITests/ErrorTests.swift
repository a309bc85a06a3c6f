import Foundation
import TestSupport
import Testing

/// End-to-end: bad input gets one line on standard error, a non-zero exit, and no output file.
@Suite("Errors")
struct ErrorTests {
    /// A way to go wrong: how to set it up, and what the message must mention.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Prepares the scratch directory and returns the arguments (before `--output`).
        var arguments: @Sendable (TemporaryDirectory) throws -> [String]
        /// Text the error line must contain.
        var mentions: String
        /// The output file name to pass with `--output`.
        var output = "out.svg"

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "missing file", arguments: { _ in ["extract", "no-such-file.txt"] },
             mentions: "no-such-file.txt"),
        Case(name: "unreadable file", arguments: { scratch in
            ["extract", try unreadablePath(in: scratch)]
        }, mentions: "cannot be read"),
        Case(name: "not text", arguments: { scratch in
            try scratch.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE, 0]))
            return ["extract", "image.txt"]
        }, mentions: "not a text document"),
        Case(name: "empty document", arguments: { scratch in
            try scratch.write("empty.txt", "")
            return ["extract", "empty.txt"]
        }, mentions: "empty"),
        Case(name: "blank document", arguments: { scratch in
            try scratch.write("blank.md", "  \n\n\t \n")
            return ["extract", "blank.md"]
        }, mentions: "empty"),
        Case(name: "directory without documents", arguments: { scratch in
            try scratch.write("data/table.csv", "a,b\n")
            return ["extract", "data"]
        }, mentions: "no .txt, .md or .html"),
        Case(name: "one bad document among good ones", arguments: { scratch in
            try scratch.write("good.txt", Fixtures.shortVisit)
            return ["extract", "good.txt", "missing.txt"]
        }, mentions: "missing.txt"),
        Case(name: "unknown format", arguments: { scratch in
            try scratch.write("a.txt", Fixtures.shortVisit)
            return ["extract", "a.txt", "--format", "xml"]
        }, mentions: "xml"),
        Case(name: "unknown engine", arguments: { scratch in
            try scratch.write("a.txt", Fixtures.shortVisit)
            return ["extract", "a.txt", "-f", "svg", "--engine", "spring"]
        }, mentions: "spring"),
        Case(name: "unknown output extension", arguments: { scratch in
            try scratch.write("a.txt", Fixtures.shortVisit)
            return ["extract", "a.txt"]
        }, mentions: ".xyz", output: "out.xyz"),
        Case(name: "unknown option", arguments: { scratch in
            try scratch.write("a.txt", Fixtures.shortVisit)
            return ["extract", "a.txt", "--colour", "red"]
        }, mentions: "--colour"),
        Case(name: "standard input named twice", arguments: { _ in ["extract", "-", "-"] },
             mentions: "standard input"),
        Case(name: "empty standard input", arguments: { _ in ["extract"] }, mentions: "empty"),
    ]

    @Test("Bad input: one error line, non-zero exit, no output file", arguments: cases)
    func badInput(_ failure: Case) throws {
        let scratch = try TemporaryDirectory()
        let before = try scratch.contents()
        let arguments = try failure.arguments(scratch) + ["--output", scratch.file(failure.output).path]
        let setUp = try scratch.contents()
        let result = try Diplograph.run(arguments, in: scratch.url)

        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "exactly one line on stderr, got: \(result.stderr)")
        #expect(result.stderr.hasPrefix("diplograph: error: "), "got: \(result.stderr)")
        #expect(result.stderr.contains(failure.mentions), "got: \(result.stderr)")
        #expect(try scratch.contents() == setUp, "a failed run leaves no file behind")
        _ = before
    }

    @Test("A failed run leaves an existing output file untouched")
    func existingOutputUntouched() throws {
        let scratch = try TemporaryDirectory()
        let target = try scratch.write("graph.svg", "keep me")
        let result = try Diplograph.run(["extract", "missing.txt", "-o", target.path], in: scratch.url)
        #expect(result.status != 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
        #expect(try scratch.contents() == ["graph.svg"])
    }

    @Test("An output path in a missing directory is one clear error")
    func outputDirectoryMissing() throws {
        let scratch = try TemporaryDirectory()
        let target = scratch.file("nowhere/graph.json")
        let result = try InProcess.run(["extract", Fixtures.articlePath, "-o", target.path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("diplograph: error: "))
        #expect(result.stderr.split(separator: "\n").count == 1, "got: \(result.stderr)")
        #expect(try scratch.contents().isEmpty)
    }

    /// A path that exists but cannot be read: a file without read permission, or — as root,
    /// who may read anything — `/proc/self/mem`, whose first page fails with an I/O error.
    static func unreadablePath(in scratch: TemporaryDirectory) throws -> String {
        if getuid() != 0 {
            let file = try scratch.write("secret.txt", Fixtures.shortVisit)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
            return file.path
        }
        return "/proc/self/mem"
    }
}
