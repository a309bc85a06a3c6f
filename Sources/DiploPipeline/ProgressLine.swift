import Foundation
import Synchronization

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
    private let start = System.monotonicSeconds()
    /// The standard streams of the run, captured at the start: the line is drawn from worker
    /// threads, which do not see the task-local `StandardStreams.current`.
    private let streams: StandardStreams.Descriptors
    private let enabled: Bool
    private let state = Mutex(State())

    /// A progress line counting to `total` items called `noun`.
    init(total: Int, noun: String) {
        self.total = total
        self.noun = noun
        streams = StandardStreams.current
        enabled = System.isTerminal(streams.error)
    }

    /// Counts one more item of `bytes` bytes, and redraws the line when it is time.
    func advance(bytes: Int) {
        guard enabled else { return }
        let line: String? = state.withLock { state in
            state.done += 1
            state.bytes += bytes
            let elapsed = System.monotonicSeconds() - start
            guard elapsed > 1, elapsed - state.lastDrawn >= 0.25 || state.done == total else { return nil }
            state.lastDrawn = elapsed
            state.drawn = true
            let megabytes = String(format: "%.1f", Double(state.bytes) / 1_048_576)
            return "\rdiplograph: \(state.done) of \(total) \(noun) (\(megabytes) MB), \(Int(elapsed)) s"
        }
        if let line { write(line) }
    }

    /// Ends the line, if one was drawn.
    func finish() {
        let drawn = state.withLock { $0.drawn }
        if drawn { write("\n") }
    }

    /// Writes `text` to the run's standard error.
    private func write(_ text: String) {
        StandardStreams.$current.withValue(streams) { StandardStreams.writeError(text) }
    }
}
