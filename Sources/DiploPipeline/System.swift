#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call that failed: which call, and the `errno` it left.
///
/// In the style of swift-nio's `IOError`: the call's name and the number travel together, and
/// the message is the system's own description of the number.
public struct SystemError: Error, Equatable, CustomStringConvertible {
    /// The call that failed, such as `open` or `write`.
    public var call: String
    /// The `errno` value the call left.
    public var errno: Int32

    /// The system's description of `errno` (`strerror`), starting lower-case so that it reads
    /// well inside a sentence: "no space left on device", "permission denied".
    public var reason: String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        var message = String(cString: text)
        // "No space left on device" → "no space left on device"; "I/O error" stays as it is.
        if let first = message.first, first.isUppercase,
           message.dropFirst().first.map({ !$0.isUppercase }) ?? true {
            message = first.lowercased() + message.dropFirst()
        }
        return message
    }

    /// `call: reason`, such as `open: permission denied`.
    public var description: String { "\(call): \(reason)" }
}

/// What kind of file a `stat` describes.
package enum FileKind: Equatable {
    case regular, directory, symbolicLink, characterDevice, blockDevice, fifo, socket, unknown

    /// The kind in `mode` (the `S_IFMT` bits of `st_mode`; POSIX gives them the same values on
    /// every system we build for).
    package init(mode: mode_t) {
        switch mode & 0o170000 {
        case 0o100000: self = .regular
        case 0o040000: self = .directory
        case 0o120000: self = .symbolicLink
        case 0o020000: self = .characterDevice
        case 0o060000: self = .blockDevice
        case 0o010000: self = .fifo
        case 0o140000: self = .socket
        default: self = .unknown
        }
    }
}

/// Thin wrappers over the POSIX calls the command line makes. Each retries a call interrupted
/// by a signal (`EINTR`) and turns a failure into a ``SystemError`` naming the call, so that no
/// other file reads `errno` or imports the C library.
package enum System {
    /// Runs `body` until it does not fail with `EINTR`; a result of -1 becomes a ``SystemError``
    /// named `call`.
    @discardableResult
    package static func retrying<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SystemError) -> T {
        while true {
            let result = body()
            if result != -1 { return result }
            let number = errno
            if number != EINTR { throw SystemError(call: call, errno: number) }
        }
    }

    // MARK: Descriptors

    /// Opens `path` with `flags` (`O_CLOEXEC` is always added), creating it with `mode` (less
    /// the umask) when `flags` hold `O_CREAT`.
    package static func openFile(_ path: String, _ flags: Int32, mode: mode_t = 0o666) throws(SystemError) -> Int32 {
        try retrying("open") { open(path, flags | O_CLOEXEC, mode) }
    }

    /// Closes `descriptor`. Not retried on `EINTR`: Linux has closed it already, and a retry
    /// could close a descriptor another thread has just been given.
    package static func closeDescriptor(_ descriptor: Int32) throws(SystemError) {
        if close(descriptor) == -1 && errno != EINTR {
            throw SystemError(call: "close", errno: errno)
        }
    }

    /// A new descriptor for what `descriptor` refers to.
    package static func duplicate(_ descriptor: Int32) throws(SystemError) -> Int32 {
        try retrying("fcntl") { fcntl(descriptor, F_DUPFD_CLOEXEC, 3) }
    }

    /// Whether `descriptor` is open.
    package static func isOpen(_ descriptor: Int32) -> Bool {
        fcntl(descriptor, F_GETFD) != -1 || errno != EBADF
    }

    /// Whether `descriptor` is a terminal.
    package static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) != 0
    }

    /// Reads at most `buffer.count` bytes into `buffer`; 0 means the end of the input.
    package static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) throws(SystemError) -> Int {
        try retrying("read") { read(descriptor, buffer.baseAddress, buffer.count) }
    }

    /// Writes all of `bytes`, however many calls it takes.
    package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            offset += try retrying("write") {
                write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
        }
    }

    /// Writes all of `bytes`.
    package static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws(SystemError) {
        try bytes.withUnsafeBytes { raw in Result { () throws(SystemError) in try writeAll(descriptor, raw) } }.get()
    }

    /// Reads `descriptor` to its end, in chunks, so that pipes, terminals and `/proc` files
    /// (which say they are empty) are read whole.
    ///
    /// - Parameter limit: The most bytes to accept; past it the read stops with `EFBIG`.
    package static func readAll(_ descriptor: Int32, limit: Int = Int.max) throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        let info = try? status(of: descriptor)
        if let info, FileKind(mode: info.st_mode) == .regular, info.st_size > 0 {
            bytes.reserveCapacity(min(Int(info.st_size) + 1, limit))
        }
        while true {
            if try readSome(descriptor, appendingTo: &bytes, atMost: 1 << 16) == 0 { return bytes }
            if bytes.count > limit { throw SystemError(call: "read", errno: EFBIG) }
        }
    }

    /// Reads at most `count` bytes and appends them to `bytes`; 0 means the end of the input.
    package static func readSome(_ descriptor: Int32, appendingTo bytes: inout [UInt8], atMost count: Int) throws(SystemError) -> Int {
        let old = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        let result = bytes.withUnsafeMutableBytes { raw in
            Result { () throws(SystemError) in
                try readSome(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: raw[old...]))
            }
        }
        bytes.removeLast(count - ((try? result.get()) ?? 0))
        return try result.get()
    }

    /// Why reading a file of at most `limit` bytes failed, in a user's words: its size when
    /// it was too large (`EFBIG` from ``readFile(_:limit:)``), else the system's reason.
    package static func readProblem(_ error: SystemError, limit: Int) -> String {
        error.errno == EFBIG ? "larger than \(limit >> 20) MiB" : error.reason
    }

    /// Reads the file at `path` to its end (see ``readAll(_:limit:)``).
    package static func readFile(_ path: String, limit: Int = Int.max) throws(SystemError) -> [UInt8] {
        let descriptor = try openFile(path, O_RDONLY | O_NOCTTY)
        defer { try? closeDescriptor(descriptor) }
        return try readAll(descriptor, limit: limit)
    }

    /// The names in the directory at `path`, without `.` and `..`, in no particular order.
    package static func directoryEntries(_ path: String) throws(SystemError) -> [String] {
        guard let directory = opendir(path) else { throw SystemError(call: "opendir", errno: errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw SystemError(call: "readdir", errno: errno) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
    }

    /// Flushes `descriptor`'s data to the disk.
    package static func synchronize(_ descriptor: Int32) throws(SystemError) {
        try retrying("fsync") { fsync(descriptor) }
    }

    /// Sets the permission bits of the file open as `descriptor`.
    package static func changeMode(_ descriptor: Int32, _ mode: mode_t) throws(SystemError) {
        try retrying("fchmod") { fchmod(descriptor, mode) }
    }

    /// Sets the owner and group of the file open as `descriptor`.
    package static func changeOwner(_ descriptor: Int32, user: uid_t, group: gid_t) throws(SystemError) {
        try retrying("fchown") { fchown(descriptor, user, group) }
    }

    // MARK: Paths

    /// `stat` of `path`, following symbolic links.
    package static func status(_ path: String) throws(SystemError) -> stat {
        var info = stat()
        try retrying("stat") { stat(path, &info) }
        return info
    }

    /// `lstat` of `path`: a symbolic link is described, not followed.
    package static func linkStatus(_ path: String) throws(SystemError) -> stat {
        var info = stat()
        try retrying("lstat") { lstat(path, &info) }
        return info
    }

    /// `fstat` of `descriptor`.
    package static func status(of descriptor: Int32) throws(SystemError) -> stat {
        var info = stat()
        try retrying("fstat") { fstat(descriptor, &info) }
        return info
    }

    /// What the symbolic link at `path` points to, as written in the link.
    package static func linkDestination(_ path: String) throws(SystemError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = try retrying("readlink") { readlink(path, &buffer, buffer.count - 1) }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The canonical absolute path of `path`, every link resolved.
    package static func canonicalPath(_ path: String) throws(SystemError) -> String {
        guard let resolved = realpath(path, nil) else { throw SystemError(call: "realpath", errno: errno) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Renames `source` to `destination`, replacing it.
    package static func renameFile(_ source: String, to destination: String) throws(SystemError) {
        try retrying("rename") { rename(source, destination) }
    }

    /// Removes the file at `path`.
    package static func removeFile(_ path: String) throws(SystemError) {
        try retrying("unlink") { unlink(path) }
    }

    // MARK: Processes and signals

    /// This process's id.
    package static var processID: Int32 { getpid() }

    /// The effective user and group ids of this process.
    package static var effectiveIDs: (user: uid_t, group: gid_t) { (geteuid(), getegid()) }

    /// Whether process `pid` is gone (not merely someone else's).
    package static func processIsGone(_ pid: Int32) -> Bool {
        kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Ignores signal `number`, so that the calls it would interrupt fail with an error instead
    /// (`SIGPIPE` → `EPIPE`, `SIGXFSZ` → `EFBIG`).
    package static func ignore(_ number: Int32) {
        _ = signal(number, SIG_IGN)
    }

    /// The signals that ask a run to stop: `SIGINT` (control-C), `SIGTERM`, `SIGHUP`.
    package static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Unblocks `numbers` in this thread (and the threads it starts later). A process inherits
    /// its parent's signal mask; a parent that started it from a thread blocking `SIGINT` (a
    /// Dispatch worker does) would otherwise leave those signals pending for ever.
    package static func unblock(_ numbers: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for number in numbers { sigaddset(&set, number) }
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Makes `handler` the handler of `number`.
    package static func handle(_ number: Int32, with handler: @convention(c) (Int32) -> Void) {
        _ = signal(number, handler)
    }

    /// The longest path the system opens, in bytes, without its terminating NUL.
    package static let maximumPathLength = Int(PATH_MAX) - 1

    /// `unlink` of a C string: async-signal-safe, for signal handlers.
    package static func removeFileInHandler(_ path: UnsafePointer<CChar>) {
        _ = unlink(path)
    }

    /// Ends the process at once with `status`, running nothing else: async-signal-safe.
    package static func exitInHandler(_ status: Int32) -> Never {
        _exit(status)
    }

    // MARK: Child processes

    /// A pipe: a descriptor to read from and one to write to (both close on `exec`).
    package static func makePipe() throws(SystemError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        try retrying("pipe") { pipe(&ends) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Forks this process: 0 in the child, the child's id in the parent. The child has one
    /// thread, the caller's; it should do its work and end with ``exitChild(_:)``.
    package static func forkProcess() throws(SystemError) -> Int32 {
        try retrying("fork") { fork() }
    }

    /// Ends a forked child with `status` without running the parent's exit handlers or flushing
    /// its buffers, which belong to the parent.
    package static func exitChild(_ status: Int32) -> Never {
        _exit(status)
    }

    /// Makes a crash of this process quiet: the signals that mean a crash (`SIGSEGV`, `SIGBUS`,
    /// `SIGILL`, `SIGFPE`, `SIGABRT`, `SIGTRAP`) get their default action instead of the Swift
    /// runtime's backtracer, and descriptor 2 goes to `/dev/null`, with glibc told to write
    /// its fatal messages ("munmap_chunk(): invalid pointer") there rather than to the
    /// terminal. For a forked child whose results and warnings travel by pipe.
    package static func crashQuietly() {
        for number in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            _ = signal(number, SIG_DFL)
        }
        _ = setenv("LIBC_FATAL_STDERR_", "1", 1)
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 {
            _ = dup2(null, STDERR_FILENO)
            _ = close(null)
        }
    }

    /// How a child process ended.
    package enum ChildEnd: Equatable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal with this number killed it.
        case killed(Int32)
    }

    /// Waits for child `pid` to end.
    package static func waitForChild(_ pid: Int32) throws(SystemError) -> ChildEnd {
        var status: Int32 = 0
        try retrying("waitpid") { waitpid(pid, &status, 0) }
        // The W* macros are not imported into Swift; these are their POSIX definitions on Linux.
        let signalNumber = status & 0x7f
        if signalNumber == 0 { return .exited((status >> 8) & 0xff) }
        return .killed(signalNumber)
    }

    /// The system's name of signal `number`, such as "Segmentation fault".
    package static func signalName(_ number: Int32) -> String {
        strsignal(number).map { String(cString: $0) } ?? "signal \(number)"
    }

    /// Sleeps until a signal arrives.
    package static func waitForSignal() {
        _ = pause()
    }

    /// Seconds on a clock that never goes back.
    package static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
