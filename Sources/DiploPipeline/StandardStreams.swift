import DiploExtraction
import Foundation

/// Standard input, output and error, read and written with POSIX calls whose every error is
/// handled: a directory on standard input, a full disk or a closed descriptor is one error
/// line and a non-zero exit, never a crash.
///
/// A reader that stops reading early (`diplograph … | head -c1`) ends the run quietly: `SIGPIPE`
/// is ignored, and the `EPIPE` that writing then gets is thrown as ``ReaderGone``: the command
/// line stops with status 141, the status a shell reports for a program killed by `SIGPIPE`,
/// and no message.
public enum StandardStreams {
    /// The reader of an output (standard output, or a pipe named by `--output`) has gone: the
    /// run should stop quietly with ``exitStatus``.
    public struct ReaderGone: Error, Equatable {
        /// The exit status of a run whose output was closed by its reader: 128 + `SIGPIPE`.
        public static let exitStatus: Int32 = 128 + 13
    }

    /// Makes the standard streams safe to use; call first thing.
    ///
    /// A standard descriptor that was closed at start (`>&-`, `2>&-`, `<&-`) is taken by
    /// `/dev/null` opened the wrong way round (read-only for output, write-only for input).
    /// Files opened later cannot land on it, so a graph never goes into a document opened as
    /// descriptor 1, and using the closed stream fails with `EBADF`: an error, not a crash.
    /// `SIGPIPE` and `SIGXFSZ` are ignored so that writes report `EPIPE` and `EFBIG` instead.
    public static func prepare() {
        for descriptor: Int32 in 0...2 where !System.isOpen(descriptor) {
            let flags = descriptor == 0 ? O_WRONLY : O_RDONLY
            guard let taken = try? System.openFile("/dev/null", flags) else { continue }
            if taken != descriptor { try? System.closeDescriptor(taken) }
        }
        System.ignore(SIGPIPE)
        System.ignore(SIGXFSZ)
    }

    /// Writes `bytes` to standard output (``current``'s).
    ///
    /// - Throws: ``ReaderGone`` when the reader has gone (see the type's summary); otherwise
    ///   ``PipelineError`` with the reason (`no space left on device`, a closed stream).
    public static func writeOutput(_ bytes: [UInt8]) throws {
        do throws(SystemError) {
            try System.writeAll(current.output, bytes)
        } catch {
            throw failure(writing: error, to: "standard output")
        }
    }

    /// What a failed write of an output (standard output, or a device or pipe named by
    /// `--output`) means for the run: a quiet stop when the reader has gone, else one error
    /// line naming `destination`.
    static func failure(writing error: SystemError, to destination: String) -> any Error {
        switch error.errno {
        case EPIPE: return ReaderGone()
        case EBADF: return PipelineError("cannot write to \(destination) (it is closed)")
        default: return PipelineError("cannot write to \(destination) (\(error.reason))")
        }
    }

    /// Writes `text` to standard error. When that fails (a closed or full standard error)
    /// there is nowhere left to say so; the exit status still tells.
    public static func writeError(_ text: String) {
        try? System.writeAll(current.error, Array(text.utf8))
    }

    /// Reads standard input to its end.
    ///
    /// - Throws: `DocumentError` for `-` when standard input cannot be read (a directory, a
    ///   closed descriptor), or holds more than a document may (4 GiB).
    static func readInput() throws -> [UInt8] {
        do throws(SystemError) {
            return try System.readAll(current.input, limit: Int(UInt32.max) - 1)
        } catch {
            throw DocumentError(path: DocumentSource.standardInputName, reason: .unreadable(inputReason(error)))
        }
    }

    /// Why standard input (or a file being read) could not be read, for a message.
    static func inputReason(_ error: SystemError) -> String {
        switch error.errno {
        case EISDIR: return "it is a directory"
        case EBADF: return "it is closed"
        case EFBIG: return "larger than 4 GiB"
        default: return error.reason
        }
    }
}
