import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `diplograph` executable, the way a user or a script would.
///
/// Finding the binary: SwiftPM builds the executable into the same directory as the test
/// bundle (`<scratch>/<triple>/<config>/`, whatever `--scratch-path` or `-c` says), because this
/// test target depends on it. On Linux the test bundle is the running executable, so the binary
/// is next to `/proc/self/exe`; on macOS it is next to the `.xctest` bundle. Setting
/// `DIPLOGRAPH_BINARY` overrides both (e.g. to test an installed binary).
enum Diplograph {
    /// The executable under test.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["DIPLOGRAPH_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        #if os(macOS)
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("diplograph")
        }
        #endif
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("diplograph")
    }()

    /// The package root (holding `Samples/` and `Graphs/`).
    static var packageRoot: URL { Fixtures.packageRoot }

    /// What one run produced.
    struct Result: Sendable {
        /// The exit status.
        var status: Int32
        /// Everything written to standard output.
        var stdout: Data
        /// Everything written to standard error, as text.
        var stderr: String
        /// Whether a signal ended the run (then `status` is the signal's number).
        var signalled = false

        /// Standard output as UTF-8 text.
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `diplograph` with `arguments`.
    ///
    /// Standard output and error go to files (no pipe can fill up and block); standard input
    /// is `stdin` when given, else empty.
    ///
    /// - Parameters:
    ///   - arguments: The arguments after the program name.
    ///   - stdin: Bytes to feed on standard input.
    ///   - directory: The working directory (the package root by default).
    ///   - user: Who runs it (see ``RunAs``).
    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, as user: RunAs = .invoker) throws -> Result {
        try launch(user.command + [binary.path] + arguments, stdin: stdin, in: directory)
    }

    /// Runs `script` with `bash -c`, with `$DIPLOGRAPH` naming the binary: for what only a shell
    /// can set up (`>&-`, `2>&-`, `< directory`, `<(cat a.txt)`, `ulimit`). Write
    /// `exec "$DIPLOGRAPH" …` so that the status (or the signal) is the binary's own.
    static func shell(_ script: String, stdin: Data? = nil, in directory: URL? = nil, as user: RunAs = .invoker) throws -> Result {
        try launch(user.command + ["/bin/bash", "-c", script], stdin: stdin, in: directory)
    }

    /// Runs `command` (a path and its arguments) with `DIPLOGRAPH` set to the binary.
    private static func launch(_ command: [String], stdin: Data?, in directory: URL?) throws -> Result {
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        let inURL = scratch.url.appendingPathComponent("stdin")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try (stdin ?? Data()).write(to: inURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = directory ?? packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(["DIPLOGRAPH": binary.path]) { $1 }
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let inHandle = try FileHandle(forReadingFrom: inURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
            try? inHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = inHandle
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: try Data(contentsOf: outURL),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal)
    }
}

/// Who runs the binary under test.
///
/// The issue asks for every kind of output target to be tested both as root and as a normal
/// user. As root, the tests run the binary as `nobody` (uid and gid 65534) through
/// `setpriv`; run by a normal user, the tests are already that user.
enum RunAs: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// Whoever runs the tests.
    case invoker
    /// A user without privileges: `nobody` when the tests run as root, else the invoker.
    case normalUser

    /// Whether the tests run as root (and so may `mknod`, and run the binary as `nobody`).
    static let isRoot = getuid() == 0

    /// The uid and gid the binary runs with.
    var ids: (user: UInt32, group: UInt32) {
        self == .normalUser && Self.isRoot ? (65534, 65534) : (getuid(), getgid())
    }

    /// Whether the binary runs as root.
    var isRoot: Bool { ids.user == 0 }

    /// What goes before the program in the command line.
    var command: [String] {
        guard self == .normalUser && Self.isRoot else { return [] }
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }

    /// Makes `path` belong to the user the binary runs as, so that it may write there.
    func own(_ path: URL) throws {
        guard chown(path.path, ids.user, ids.group) == 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path.path])
        }
    }

    var testDescription: String { self == .invoker ? "as \(Self.isRoot ? "root" : "the invoker")" : "as a normal user" }
}

/// A fresh, uniquely named directory under the system's temporary directory, removed when the
/// value is released. Every test makes its own, so tests can run in parallel.
final class TemporaryDirectory: Sendable {
    /// The directory.
    let url: URL

    /// Creates the directory.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("diplograph-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The URL of `name` inside the directory.
    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `contents` to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> URL {
        try write(name, Data(contents.utf8))
    }

    /// Writes `data` to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let target = file(name)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
        return target
    }

    /// The names of the entries in the directory, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}
