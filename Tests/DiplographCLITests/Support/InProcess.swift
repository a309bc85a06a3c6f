@testable import diplograph
@testable import DiploPipeline
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs a `diplograph` command line inside the test process, through the command types
/// (`Diplograph.run(arguments:)`, which parses with `parseAsRoot`), with the same ``Diplograph/Result``
/// as a launch of the binary: converting a test is changing `Diplograph.run(` to `InProcess.run(`.
///
/// Standard input, output and error are files of the run's own, bound as
/// `StandardStreams.current` for the run, so that runs in parallel tests do not mix.
///
/// Graphviz draws (SVG, PNG, PDF, reports) on the test's thread, not in a child process
/// (`CrashContainment.forks` is `false`): a fork of this many-threaded process could inherit a
/// lock another test's thread holds and hang, where the binary forks with its workers idle. A
/// Graphviz crash would take the test process down, so what may crash Graphviz
/// (GraphvizCrashTests) stays on the binary.
///
/// Also on the binary (``Diplograph/run(_:stdin:in:as:)``): what only a process shows (exit by
/// signal, closed or odd descriptors, `SIGPIPE`, running as another user, help text whose width
/// follows the terminal), runs in another working directory (`in:`), the goldens, and a few
/// smoke tests per subcommand.
enum InProcess {
    /// Runs `diplograph` with `arguments` inside this process; relative paths are relative to
    /// the package root, as for the binary.
    ///
    /// - Parameters:
    ///   - arguments: The arguments after the program name.
    ///   - stdin: Bytes to feed on standard input (empty by default).
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Diplograph.Result {
        try workingDirectory.get()
        let scratch = try TemporaryDirectory()
        let input = try scratch.write("stdin", stdin ?? Data())
        let output = try scratch.write("stdout", Data())
        let error = try scratch.write("stderr", Data())
        let streams = StandardStreams.Descriptors(
            input: try open(input, O_RDONLY), output: try open(output, O_WRONLY), error: try open(error, O_WRONLY))
        defer { for descriptor in [streams.input, streams.output, streams.error] { close(descriptor) } }
        let status = CrashContainment.$forks.withValue(false) {
            StandardStreams.$current.withValue(streams) {
                diplograph.Diplograph.run(arguments: arguments)
            }
        }
        return Diplograph.Result(
            status: status,
            stdout: try Data(contentsOf: output),
            stderr: String(decoding: try Data(contentsOf: error), as: UTF8.self))
    }

    /// Opens `file` with `flags`, closed on `exec` so that binaries other tests launch do not
    /// inherit it.
    private static func open(_ file: URL, _ flags: Int32) throws -> Int32 {
        let descriptor = Glibc.open(file.path, flags | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: file.path]) }
        return descriptor
    }

    /// Makes the package root the working directory, once, so that relative paths in the
    /// arguments mean what they mean to the binary, which the tests start there. `swift test`
    /// already runs in the package root, so normally nothing changes; the working directory is
    /// never changed per run (it is process-wide, and tests run in parallel).
    private static let workingDirectory: Result<Void, CocoaError> = {
        let root = Diplograph.packageRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        guard current != root else { return .success(()) }
        return chdir(root) == 0 ? .success(()) : .failure(CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root]))
    }()
}
