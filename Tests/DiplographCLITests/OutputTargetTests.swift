import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: `--output` writes each kind of target in its own right way (issue 10, items 1, 2
/// and 9), run as root and as a normal user. Device nodes are made with `mknod` in the test's
/// own directory; the real `/dev` is never named.
@Suite("Output targets")
struct OutputTargetTests {
    /// A kind of target and what must happen to it.
    enum Target: String, CaseIterable, Sendable {
        case fifo = "a FIFO gets the graph through, and stays a FIFO"
        case linkChain = "a chain of symbolic links: the final file is replaced, the links stay links"
        case danglingLink = "a link to a missing file creates that file, and stays a link"
        case descriptorLink = "a link to /proc/self/fd/1 writes to standard output, and stays a link"
        case directory = "a directory is one error line and stays as it was"
        case socket = "a socket (which Linux cannot open by path) is one error line and stays a socket"
        case keptModeAndOwner = "a 0600 file keeps its mode and owner"
        case writeFailure = "a write that fails (file size limit) keeps the old file and leaves no temporary file"
        case perDocument = "--per-document writes through the same writer: links stay links, modes are kept"
    }

    @Test("each kind of output target, as the invoker", arguments: Target.allCases)
    func asInvoker(_ target: Target) throws {
        try check(target, as: .invoker)
    }

    @Test("each kind of output target, as a normal user", arguments: Target.allCases)
    func asNormalUser(_ target: Target) throws {
        try check(target, as: .normalUser)
    }

    @Test("a character device is written straight through and stays a device; /dev/full is one error line",
          .enabled(if: RunAs.isRoot, "mknod needs root"), arguments: RunAs.allCases)
    func characterDevices(_ user: RunAs) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.shortVisit)
        // Like /dev: owned by root, not writable by a normal user.
        let devices = scratch.file("dev")
        try FileManager.default.createDirectory(at: devices, withIntermediateDirectories: false)
        try FileNode.makeMemoryDevice(devices.appendingPathComponent("null"), minor: 3)
        try FileNode.makeMemoryDevice(devices.appendingPathComponent("full"), minor: 7)

        let null = try Diplograph.run(["extract", "a.txt", "-o", "dev/null"], in: scratch.url, as: user)
        #expect(null.status == 0 && !null.signalled, "\(null.stderr)")
        #expect(null.stderr.isEmpty && null.stdout.isEmpty)
        #expect(FileNode.kind(devices.appendingPathComponent("null")) == "character device")

        let full = try Diplograph.run(["extract", "a.txt", "-o", "dev/full"], in: scratch.url, as: user)
        #expect(full.status == 1 && !full.signalled)
        #expect(full.stderr == "diplograph: error: dev/full: cannot write the output (no space left on device)\n")
        #expect(FileNode.kind(devices.appendingPathComponent("full")) == "character device")
        #expect(try FileManager.default.contentsOfDirectory(atPath: devices.path).sorted() == ["full", "null"])
        #expect(try scratch.contents() == ["a.txt", "dev"])
    }

    // MARK: The checks

    private func check(_ target: Target, as user: RunAs) throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("a.txt", Fixtures.shortVisit)
        try user.own(scratch.url)
        let expected = try Diplograph.run(["extract", "a.txt"], in: scratch.url).stdout
        try #require(!expected.isEmpty)
        let run = { (arguments: [String]) in try Diplograph.run(arguments, in: scratch.url, as: user) }

        switch target {
        case .fifo:
            let fifo = scratch.file("out.dot")
            try FileNode.makeFIFO(fifo)
            let spare = try TemporaryDirectory()
            let reader = try FIFOReader(fifo, spare: spare.file("fifo"))
            let result = try run(["extract", "a.txt", "-o", "out.dot"])
            let received = reader.finish()
            #expect(result.status == 0 && !result.signalled, "\(result.stderr)")
            #expect(received == expected, "the reader got \(received.count) of \(expected.count) bytes")
            #expect(FileNode.kind(fifo) == "fifo")
            #expect(try scratch.contents() == ["a.txt", "out.dot"])

        case .linkChain:
            let real = scratch.file("real")
            try FileManager.default.createDirectory(at: real, withIntermediateDirectories: false)
            try user.own(real)
            try user.own(try scratch.write("real/graph.dot", "old"))
            try FileManager.default.createSymbolicLink(atPath: scratch.file("link1.dot").path, withDestinationPath: "real/graph.dot")
            try FileManager.default.createSymbolicLink(atPath: scratch.file("out.dot").path, withDestinationPath: "link1.dot")
            let result = try run(["extract", "a.txt", "-o", "out.dot"])
            #expect(result.status == 0 && !result.signalled, "\(result.stderr)")
            #expect(FileNode.kind(scratch.file("out.dot")) == "link")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.file("out.dot").path) == "link1.dot")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.file("link1.dot").path) == "real/graph.dot")
            try expectIdentical(Data(contentsOf: scratch.file("real/graph.dot")), expected)
            #expect(try scratch.contents() == ["a.txt", "link1.dot", "out.dot", "real"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: real.path) == ["graph.dot"])

        case .danglingLink:
            try FileManager.default.createSymbolicLink(atPath: scratch.file("out.dot").path, withDestinationPath: "made.dot")
            let result = try run(["extract", "a.txt", "-o", "out.dot"])
            #expect(result.status == 0 && !result.signalled, "\(result.stderr)")
            #expect(FileNode.kind(scratch.file("out.dot")) == "link")
            #expect(FileNode.kind(scratch.file("made.dot")) == "regular")
            #expect((try? Data(contentsOf: scratch.file("made.dot"))) == expected)
            #expect(try scratch.contents() == ["a.txt", "made.dot", "out.dot"])

        case .descriptorLink:
            try FileManager.default.createSymbolicLink(atPath: scratch.file("stdout").path, withDestinationPath: "/proc/self/fd/1")
            let result = try run(["extract", "a.txt", "-o", "stdout"])
            #expect(result.status == 0 && !result.signalled, "\(result.stderr)")
            expectIdentical(result.stdout, expected)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.file("stdout").path) == "/proc/self/fd/1")
            #expect(try scratch.contents() == ["a.txt", "stdout"])

        case .directory:
            try FileManager.default.createDirectory(at: scratch.file("out.dot"), withIntermediateDirectories: false)
            let result = try run(["extract", "a.txt", "-o", "out.dot"])
            #expect(result.status == 1 && !result.signalled)
            #expect(result.stderr == "diplograph: error: out.dot: cannot write the output (it is a directory)\n")
            #expect(FileNode.kind(scratch.file("out.dot")) == "directory")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("out.dot").path).isEmpty)

        case .socket:
            let descriptor = try FileNode.makeSocket(scratch.file("out.sock"))
            defer { close(descriptor) }
            let result = try run(["extract", "a.txt", "-f", "dot", "-o", "out.sock"])
            #expect(result.status == 1 && !result.signalled)
            #expect(result.stderr == "diplograph: error: out.sock: cannot write the output (it is a socket or a device with nothing behind it)\n")
            #expect(FileNode.kind(scratch.file("out.sock")) == "socket")
            #expect(try scratch.contents() == ["a.txt", "out.sock"])

        case .keptModeAndOwner:
            // Root overwrites a file of someone else's; a normal user one of their own.
            let owner: (user: UInt32, group: UInt32) = user.isRoot ? (65534, 65534) : user.ids
            let file = try scratch.write("out.dot", "old")
            try FileNode.setMode(file, 0o600)
            #expect(chown(file.path, owner.user, owner.group) == 0)
            let result = try run(["extract", "a.txt", "-o", "out.dot"])
            #expect(result.status == 0 && !result.signalled, "\(result.stderr)")
            #expect(try Data(contentsOf: file) == expected)
            let after = try #require(FileNode.ownership(file))
            #expect(after.mode == 0o600)
            #expect(after.user == owner.user && after.group == owner.group)

        case .writeFailure:
            // A file size limit makes the write fail part-way, as a full disk does.
            try #require(expected.count > 2048)
            let file = try scratch.write("out.dot", "keep me")
            try user.own(file)
            let result = try Diplograph.shell(
                "ulimit -f 2; exec \"$DIPLOGRAPH\" extract a.txt -o out.dot", in: scratch.url, as: user)
            #expect(result.status == 1 && !result.signalled, "\(result.stderr)")
            #expect(result.stderr == "diplograph: error: out.dot: cannot write the output (file too large)\n")
            #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
            #expect(try scratch.contents() == ["a.txt", "out.dot"])

        case .perDocument:
            try scratch.write("docs/a.txt", Fixtures.shortVisit)
            try scratch.write("docs/b.txt", Fixtures.article())
            let out = scratch.file("out"), kept = scratch.file("kept")
            for directory in [out, kept] {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
                try user.own(directory)
            }
            try user.own(try scratch.write("kept/a.dot", "old"))
            try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("a.dot").path, withDestinationPath: "../kept/a.dot")
            let b = try scratch.write("out/b.dot", "old")
            try user.own(b)
            try FileNode.setMode(b, 0o600)
            let result = try run(["extract", "docs", "--per-document", "--output-dir", "out", "-f", "dot"])
            #expect(result.status == 0 && !result.signalled, "\(result.stderr)")
            #expect(FileNode.kind(out.appendingPathComponent("a.dot")) == "link")
            let alone = try Diplograph.run(["extract", "docs/a.txt", "-f", "dot"], in: scratch.url).stdout
            #expect(try Data(contentsOf: kept.appendingPathComponent("a.dot")) == alone)
            #expect(FileNode.ownership(b)?.mode == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.dot", "b.dot"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: kept.path) == ["a.dot"])
        }
    }
}
