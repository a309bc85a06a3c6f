import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: what directory expansion reads, what it skips and says so (issue 10, item 9),
/// and `merge` input that is broken from its first line or never ends one.
@Suite("Directory expansion and merge input")
struct DirectoryExpansionTests {
    @Test("symlinked documents are read; dangling links, linked directories, FIFOs and unreadable subdirectories are each named once, then counted",
          arguments: RunAs.allCases)
    func skipsAreReported(_ user: RunAs) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("tree/a.txt", Fixtures.shortVisit)
        // Another story: the same one twice would be read once (a wire copy).
        try scratch.write("tree/locked/c.txt", "Chile's foreign minister visited Peru on Monday and met his counterpart in Lima.\n")
        try scratch.write("outside/b.txt", Fixtures.article())
        try scratch.write("outside/real/d.txt", Fixtures.shortVisit)
        let tree = scratch.file("tree")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("link.txt").path, withDestinationPath: "../outside/b.txt")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("dangling.txt").path, withDestinationPath: "nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("linkdir").path, withDestinationPath: "../outside/real")
        try FileNode.makeFIFO(tree.appendingPathComponent("pipe.txt"))
        try FileNode.setMode(tree.appendingPathComponent("locked"), 0)
        defer { try? FileNode.setMode(tree.appendingPathComponent("locked"), 0o755) }

        let result = try Diplograph.run(["extract", "tree", "-f", "json"], in: scratch.url, as: user)
        #expect(result.status == 0 && !result.signalled, "\(result.stderr)")
        // Root reads any directory; a normal user cannot read tree/locked.
        var documents = ["tree/a.txt", "tree/link.txt"]
        var warnings = [
            "tree/dangling.txt: skipped: a dangling symbolic link",
            "tree/linkdir: skipped: a symbolic link to a directory, not followed (name that directory to read it)",
            "tree/pipe.txt: skipped: not a regular file",
        ]
        if user.isRoot {
            documents.append("tree/locked/c.txt")
        } else {
            warnings.insert("tree/locked: skipped: cannot be read (permission denied)", at: 2)
        }
        warnings.append("tree: \(warnings.count) entries skipped")
        #expect(try GraphJSON(result.stdout).documents == documents)
        #expect(result.stderr == warnings.map { "diplograph: warning: \($0)\n" }.joined())
    }

    @Test("an unreadable directory is 'permission denied', not 'no documents'", arguments: [["extract"], ["report"], ["merge"]])
    func unreadableDirectory(_ command: [String]) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("locked/a.txt", Fixtures.shortVisit)
        try FileNode.setMode(scratch.file("locked"), 0)
        defer { try? FileNode.setMode(scratch.file("locked"), 0o755) }
        let result = try Diplograph.run(command + ["locked"], in: scratch.url, as: .normalUser)
        #expect(result.status == 1 && !result.signalled)
        #expect(result.stderr == "diplograph: error: locked: cannot be read (permission denied)\n")
    }

    @Test("merge: a broken first line is reported as file:1: at once, whatever follows",
          arguments: ["{\"nodes\":[}", "hello", "{\"nodes\": ["])
    func brokenFirstLine(_ first: String) throws {
        let scratch = try TemporaryDirectory()
        let fragment = try InProcess.run(["extract", "--jsonl", Fixtures.articlePath]).stdout
        try #require(!fragment.isEmpty)
        try scratch.write("parts.jsonl", Data((first + "\n").utf8) + fragment + fragment)
        let result = try Diplograph.run(["merge", "parts.jsonl"], in: scratch.url)
        #expect(result.status == 1 && !result.signalled)
        #expect(result.stderr.hasPrefix("diplograph: error: parts.jsonl:1: not a diplograph graph"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("merge - < endless zeros stops at the first chunk, with the line named")
    func endlessZeros() throws {
        // Count the bytes the run takes before it stops: the work done, not the time taken.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = Diplograph.binary
        process.arguments = ["merge", "-"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let writer = input.fileHandleForWriting.fileDescriptor
        let zeros = [UInt8](repeating: 0, count: 1 << 16)
        let cap = 64 << 20
        var written = 0
        while written < cap {
            let count = write(writer, zeros, zeros.count)
            if count <= 0 { break }
            written += count
        }
        try input.fileHandleForWriting.close()
        let message = String(decoding: try errors.fileHandleForReading.readToEnd() ?? Data(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1)
        #expect(message == "diplograph: error: -:1: not text (a NUL byte)\n")
        #expect(written < 4 << 20, "the run took \(written) bytes of zeros before stopping")
    }
}
