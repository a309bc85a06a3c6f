import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A run of `diplograph` the test talks to while it runs: its standard input is a pipe the test
/// holds open (so the run waits for more), and the test can signal it.
final class LiveRun {
    private let process = Process()
    private let input = Pipe()

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// Starts `diplograph` with `arguments` in `directory`; standard output and error are
    /// discarded.
    init(_ arguments: [String], in directory: URL) throws {
        process.executableURL = Diplograph.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill(pid, SIGKILL) }
        try? input.fileHandleForWriting.close()
    }

    /// Writes `text` to the run's standard input.
    func send(_ text: String) throws {
        try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    }

    /// Waits until `condition` holds, checking every 10 ms for at most `limit` seconds: a
    /// guard against hanging, not a measure of speed.
    ///
    /// - Throws: When the time is up, or the run ended first.
    func waitUntil(_ what: String, limit: Double = 60, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(limit)
        while try !condition() {
            guard process.isRunning else { throw LiveRunError("the run ended before \(what)") }
            guard Date() < deadline else { throw LiveRunError("\(what) did not happen within \(Int(limit)) s") }
            usleep(10_000)
        }
    }

    /// Whether the run has installed a handler for each of `signals` (`SigCgt` in
    /// `/proc/<pid>/status`).
    func handles(_ signals: [Int32]) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
              let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        return signals.allSatisfy { mask & (1 << UInt64($0 - 1)) != 0 }
    }

    /// Closes standard input and waits for the end; returns the exit status, or `nil` when a
    /// signal ended the run.
    func finish() -> Int32? {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : nil
    }
}

/// A live run that did not do what the test waited for.
struct LiveRunError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
