#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension StandardStreams {
    /// The descriptors that stand for standard input, output and error.
    ///
    /// The command line uses ``process`` (0, 1 and 2). A caller that runs a command line inside
    /// its own process (a test) binds ``current`` to descriptors of its own (files it reads
    /// afterwards), so that several runs can go on at once without sharing the process's streams.
    public struct Descriptors: Sendable, Equatable {
        /// What standard input is read from.
        public var input: Int32
        /// What standard output is written to.
        public var output: Int32
        /// What standard error is written to.
        public var error: Int32

        /// The process's own standard streams.
        public static let process = Descriptors(input: STDIN_FILENO, output: STDOUT_FILENO, error: STDERR_FILENO)

        /// Descriptors `input`, `output` and `error` standing for the standard streams.
        public init(input: Int32, output: Int32, error: Int32) {
            self.input = input
            self.output = output
            self.error = error
        }

        /// The descriptor that stands for the process's descriptor `number`: this value's
        /// input, output or error for 0, 1 or 2, so that `--output /dev/stdout` follows the
        /// standard output in use; any other number is itself.
        public func standing(for number: Int32) -> Int32 {
            switch number {
            case STDIN_FILENO: input
            case STDOUT_FILENO: output
            case STDERR_FILENO: error
            default: number
            }
        }
    }

    /// The standard streams of the current task (or thread): the process's own unless bound with
    /// `StandardStreams.$current.withValue(…)`.
    ///
    /// Task-local values do not reach threads started outside Swift concurrency (the workers of
    /// `DispatchQueue.concurrentPerform`): code that hands work to such threads reads this
    /// value first and binds it again on each of them.
    @TaskLocal public static var current = Descriptors.process
}
