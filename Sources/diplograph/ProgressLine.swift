import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of progress on standard error for long runs: "diplograph: 1200 of 100000
/// documents (3.4 MB), 12 s". Shown only when standard error is a terminal and the run has
/// taken more than a second; redrawn at most four times a second, from any thread.
final class ProgressLine: Sendable {
    private struct State {
        var done = 0
        var bytes = 0
        var lastDrawn = 0.0
        var drawn = false
    }

    private let total: Int
    private let noun: String
    private let start = ProgressLine.now()
    private let enabled = isatty(STDERR_FILENO) != 0
    private let state = Mutex(State())

    /// A progress line counting to `total` items called `noun`.
    init(total: Int, noun: String) {
        self.total = total
        self.noun = noun
    }

    /// Counts one more item of `bytes` bytes, and redraws the line when it is time.
    func advance(bytes: Int) {
        guard enabled else { return }
        let line: String? = state.withLock { state in
            state.done += 1
            state.bytes += bytes
            let elapsed = Self.now() - start
            guard elapsed > 1, elapsed - state.lastDrawn >= 0.25 || state.done == total else { return nil }
            state.lastDrawn = elapsed
            state.drawn = true
            let megabytes = String(format: "%.1f", Double(state.bytes) / 1_048_576)
            return "\rdiplograph: \(state.done) of \(total) \(noun) (\(megabytes) MB), \(Int(elapsed)) s"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Ends the line, if one was drawn.
    func finish() {
        let drawn = state.withLock { $0.drawn }
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
