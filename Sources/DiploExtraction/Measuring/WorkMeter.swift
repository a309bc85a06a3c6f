import Synchronization

/// Counts the steps the extraction's loops take, so that tests can check that the work grows
/// linearly with the input by counting it: on a shared machine, time does not tell.
///
/// A stage counts its steps (tokens or bytes visited, candidates compared) in a local variable
/// and reports the total once, with ``record(_:)``. Nobody measures in a normal run, and a
/// report then costs one atomic read. A test measures a call with ``measure(_:)``.
final class WorkMeter: Sendable {
    /// The meter of the current task, when a test measures.
    @TaskLocal static var current: WorkMeter?

    /// How many measurements are running, in any task: while none is, reports are dropped
    /// without looking for the current task's meter.
    private static let running = Atomic<Int>(0)

    private let total = Atomic<Int>(0)

    /// The steps recorded so far.
    var steps: Int { total.load(ordering: .relaxed) }

    /// Adds `steps` to the current meter, if there is one.
    static func record(_ steps: Int) {
        guard running.load(ordering: .relaxed) > 0 else { return }
        current?.total.add(steps, ordering: .relaxed)
    }

    /// The steps that `body` records.
    static func measure(_ body: () throws -> Void) rethrows -> Int {
        let meter = WorkMeter()
        running.add(1, ordering: .relaxed)
        defer { running.subtract(1, ordering: .relaxed) }
        try $current.withValue(meter) { try body() }
        return meter.steps
    }
}
