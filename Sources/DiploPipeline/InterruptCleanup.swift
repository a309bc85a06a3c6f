import Synchronization

/// What `SIGINT`, `SIGTERM` and `SIGHUP` do: remove the temporary output file being written, if
/// any, and exit with 128 + the signal's number (130, 143, 129), leaving the old target as it
/// was.
///
/// The handler may only make async-signal-safe calls, so it allocates nothing and takes no lock:
/// the temporary file's path is copied beforehand into a buffer allocated at start, and a state
/// word says whether the buffer holds a path to remove. The writer arms it once the path is in
/// the buffer and disarms it before the file is renamed or removed; if the handler is already
/// removing the file, the writer waits for the exit instead of touching the buffer.
public enum InterruptCleanup {
    /// Installs the handler. Call once, at start, before any temporary file exists.
    public static func install() {
        installed.store(true, ordering: .releasing)
        // Globals are initialised lazily; touch them here so the handler never does.
        _ = state.load(ordering: .relaxed)
        _ = buffer
        for number in System.stopSignals {
            System.handle(number, with: handleSignal)
        }
        System.unblock(System.stopSignals)
    }

    /// From now on a signal removes `path` (a temporary file about to be created).
    ///
    /// A path too long for the buffer cannot be created either (`ENAMETOOLONG`); it is simply
    /// not registered. Without ``install()`` (a command line run inside another process, such as
    /// a test) there is no handler to tell, and several runs may write at once: nothing is
    /// registered.
    static func arm(_ path: String) {
        guard installed.load(ordering: .acquiring) else { return }
        disarm()
        let bytes = Array(path.utf8)
        guard bytes.count < capacity, !bytes.contains(0) else { return }
        bytes.withUnsafeBufferPointer { source in
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress!, byteCount: bytes.count)
        }
        buffer[bytes.count] = 0
        state.store(State.armed, ordering: .releasing)
    }

    /// From now on a signal removes nothing. If a signal is removing the file right now, this
    /// waits for the process to end.
    static func disarm() {
        while true {
            let (exchanged, current) = state.compareExchange(
                expected: State.armed, desired: State.idle, ordering: .acquiringAndReleasing)
            if exchanged || current == State.idle { return }
            // State.cleaning: the handler is removing the file and exits next.
            System.waitForSignal()
        }
    }

    /// The values of ``state``.
    private enum State {
        static let idle = 0
        static let armed = 1
        static let cleaning = 2
    }

    /// Room for the longest path and its terminating NUL.
    private static let capacity = System.maximumPathLength + 1
    private nonisolated(unsafe) static let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    private static let state = Atomic<Int>(State.idle)
    /// Whether ``install()`` was called.
    private static let installed = Atomic<Bool>(false)

    /// The handler: only `unlink` and `_exit`, both async-signal-safe, and atomics.
    private static let handleSignal: @convention(c) (Int32) -> Void = { number in
        let (exchanged, current) = state.compareExchange(
            expected: State.armed, desired: State.cleaning, ordering: .acquiringAndReleasing)
        if exchanged {
            System.removeFileInHandler(buffer)
        } else if current == State.cleaning {
            // Another thread's handler is removing the file; it exits when done.
            return
        }
        System.exitInHandler(128 + number)
    }
}
