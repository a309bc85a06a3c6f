/// Runs work that may crash the process (Graphviz's layout and rendering) in a forked child, so
/// that a crash inside the C library becomes an error the command line reports in one line
/// instead of a signal that kills the run.
///
/// Graphviz 2.42, the version Debian ships, has known crashes in its spline router: a dense
/// graph laid out by `neato`, `fdp` or `circo` with curved edges can end in `SIGSEGV` or
/// `SIGABRT` (heap corruption in `Pshortestpath`), with `dot -Tsvg` as with the library. No
/// check of the input can rule them out, so the work runs where a crash cannot take the
/// command down: the child inherits the graph (fork copies the process), renders it and sends
/// the bytes back through a pipe; the parent reads them and learns how the child ended.
///
/// The child has a single thread, the caller's. The command line forks only after extraction,
/// when its worker threads are idle, and the child calls nothing but the renderer and
/// `write`. A crash in the child is quiet (no backtrace on standard error).
enum CrashContainment {
    /// The work crashed: the child was killed by a signal.
    struct Crash: Error, Equatable {
        /// The signal's number.
        var signal: Int32
        /// The system's name of the signal, such as "Segmentation fault".
        var name: String { System.signalName(signal) }
    }

    /// Whether work runs in a child process; bound to `false` by a caller that runs a command line
    /// inside a process of many threads (a test), where a child could inherit a lock another
    /// thread holds and hang. The work then runs on the caller's thread, and a crash takes the
    /// whole process down.
    @TaskLocal static var forks = true

    /// The first byte of what the child sends: the rest is the parts of the result, each
    /// behind its length, or an error's message.
    private enum Outcome: UInt8 {
        case parts = 0
        case error = 1
    }

    /// Runs `body` in a child process (unless ``forks`` is `false`) and returns the parts it returned (for example the
    /// drawing and the warnings Graphviz gave).
    ///
    /// - Throws: ``Crash`` when the child was killed by a signal; a `PipelineError` with the
    ///   message of the error `body` threw (errors cannot cross the process boundary as
    ///   values); `SystemError` when the child could not be started or heard from.
    static func run(_ body: () throws -> [[UInt8]]) throws -> [[UInt8]] {
        guard forks else { return try body() }
        let channel = try System.makePipe()
        let pid: Int32
        do {
            pid = try System.forkProcess()
        } catch {
            try? System.closeDescriptor(channel.read)
            try? System.closeDescriptor(channel.write)
            throw error
        }
        if pid == 0 {
            try? System.closeDescriptor(channel.read)
            System.crashQuietly()
            var message: [UInt8]
            do {
                message = [Outcome.parts.rawValue]
                for part in try body() { message += frame(part) }
            } catch {
                message = [Outcome.error.rawValue] + Array(String(describing: error).utf8)
            }
            let sent = (try? System.writeAll(channel.write, message)) != nil
            System.exitChild(sent ? 0 : 1)
        }
        try? System.closeDescriptor(channel.write)
        // Read to the end before waiting: a result larger than the pipe's buffer would
        // otherwise leave the child blocked in write and the parent in waitpid.
        let received = Result { () throws(SystemError) in try System.readAll(channel.read) }
        try? System.closeDescriptor(channel.read)
        let end = try System.waitForChild(pid)
        if case .killed(let signal) = end { throw Crash(signal: signal) }
        let message = try received.get()
        guard end == .exited(0), let first = message.first, let outcome = Outcome(rawValue: first) else {
            throw PipelineError("the rendering process ended without a result (\(end))")
        }
        switch outcome {
        case .parts:
            guard let parts = unframe(message.dropFirst()) else {
                throw PipelineError("the rendering process sent a truncated result")
            }
            return parts
        case .error:
            throw PipelineError(String(decoding: message.dropFirst(), as: UTF8.self))
        }
    }

    /// `part` behind its length, as eight little-endian bytes.
    private static func frame(_ part: [UInt8]) -> [UInt8] {
        withUnsafeBytes(of: UInt64(part.count).littleEndian, Array.init) + part
    }

    /// The parts `frame` wrote one after another, or `nil` when the bytes end inside one.
    private static func unframe(_ bytes: ArraySlice<UInt8>) -> [[UInt8]]? {
        var parts: [[UInt8]] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes.endIndex - index >= 8 else { return nil }
            let count = bytes[index..<index + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            index += 8
            guard count <= UInt64(bytes.endIndex - index) else { return nil }
            parts.append(Array(bytes[index..<index + Int(count)]))
            index += Int(count)
        }
        return parts
    }
}
