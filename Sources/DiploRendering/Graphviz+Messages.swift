internal import CGraphviz
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

// Capturing what Graphviz, its plugins, GLib and fontconfig would print on standard error, so
// that ``Graphviz`` throws the errors and returns the warnings. The one other file that touches
// the Graphviz C library (its error callback, and the C library's `stderr` swapped by the shim).

extension Graphviz {
    /// Starts capturing: every message goes to ``capturedMessages``, the sticky error level is
    /// reset. Must be called with the process-wide lock held.
    static func beginCapture() {
        capturedMessages = ""
        _ = agseterr(AGWARN)
        _ = agseterrf(captureMessage)
        _ = agreseterrors()
        PluginOutput.start()
    }

    /// Ends capturing: throws the errors reported since ``beginCapture()`` as a ``GraphvizError``
    /// of `stage`, returns the warnings. Must be called with the process-wide lock held.
    static func endCapture(stage: GraphvizError.Stage) throws(GraphvizError) -> (warnings: [String], errors: [String]) {
        let failed = agreseterrors() > 0
        var report = CapturedMessages(capturedMessages)
        capturedMessages = ""
        report.add(pluginOutput: PluginOutput.stop())
        if failed || !report.errors.isEmpty {
            let message = report.errors.isEmpty ? "Graphviz reported an error" : report.errors.joined(separator: "\n")
            throw GraphvizError(stage: stage, message: message)
        }
        return (report.warnings, report.errors)
    }
}

/// The text Graphviz reported through ``captureMessage`` since the last `beginCapture()`.
/// A C callback cannot capture context, hence a global; it is only touched with
/// the process-wide lock held.
nonisolated(unsafe) private var capturedMessages = ""

/// The error callback given to `agseterrf`: appends Graphviz's message to ``capturedMessages``.
/// Graphviz calls it with "Error" or "Warning", then ": ", then the formatted message.
private let captureMessage: agusererrf = { message in
    if let message { capturedMessages += String(cString: message) }
    return 0
}

/// Graphviz's captured output split into messages by level.
struct CapturedMessages {
    var errors: [String] = []
    var warnings: [String] = []

    init(_ text: String) {
        enum Level { case error, warning }
        var current: (Level, String)?
        func flush() {
            guard let (level, message) = current else { return }
            let trimmed = message.trimmingWhitespace()
            if !trimmed.isEmpty {
                switch level {
                case .error: errors.append(trimmed)
                case .warning: warnings.append(trimmed)
                }
            }
            current = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error: ") {
                flush()
                current = (.error, String(line.dropFirst("Error: ".count)))
            } else if line.hasPrefix("Warning: ") {
                flush()
                current = (.warning, String(line.dropFirst("Warning: ".count)))
            } else if let (level, message) = current {
                current = (level, message + "\n" + line)
            } else {
                current = (.warning, String(line))
            }
        }
        flush()
    }
}

extension CapturedMessages {
    /// Adds the messages the plugins, GLib and fontconfig printed on `stderr`, a line each (GLib
    /// starts its messages with a blank line). Errors, because the picture is broken or missing:
    /// `cairo: …`, "failure to create cairo surface", and GLib's critical and error messages
    /// (`Pango-CRITICAL`: a check inside Pango failed, and text went undrawn). Everything else is a
    /// warning. GLib's "(process:1234): Pango-CRITICAL **: 13:01:15.052: " becomes
    /// "Pango-CRITICAL: ", and the plugins' "(null): " or "dot: " goes.
    mutating func add(pluginOutput text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let message = Self.withoutPrefixes(String(line)).trimmingWhitespace()
            if message.isEmpty { continue }
            let domain = message.prefix { $0 != ":" && $0 != " " }
            if message.hasPrefix("cairo: ") || message.contains("failure to create cairo surface")
                || domain.hasSuffix("-CRITICAL") || domain.hasSuffix("-ERROR") {
                errors.append(message)
            } else {
                warnings.append(message)
            }
        }
    }

    /// `line` without the process, pid and time GLib writes, or the command name the plugins write.
    static func withoutPrefixes(_ line: String) -> String {
        var rest = line[...]
        // "(process:1234): " or "(diplograph:1234): ", and the plugins' "(null): ".
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")"),
           rest[rest.index(after: close)...].hasPrefix(": ") {
            rest = rest[rest.index(close, offsetBy: 3)...]
        } else if rest.hasPrefix("dot: ") {
            rest = rest.dropFirst("dot: ".count)
        }
        // "Pango-CRITICAL **: 13:01:15.052: message" → "Pango-CRITICAL: message".
        if let stars = rest.range(of: " **: ") {
            let domain = rest[..<stars.lowerBound]
            var message = rest[stars.upperBound...]
            // The time, "13:01:15.052", then ": ".
            if let end = message.range(of: ": "),
               message[..<end.lowerBound].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }),
               message.distance(from: message.startIndex, to: end.lowerBound) >= 8 {
                message = message[end.upperBound...]
            }
            return "\(domain): \(message)"
        }
        return String(rest)
    }
}

/// The C library's `stderr`, pointed at a stream of ours while Graphviz runs (see
/// ``Graphviz``): what the rendering thread writes is kept, what any other thread writes
/// (a test runner's progress, another library's log) goes straight on to file descriptor 2.
/// ``start()`` and ``stop()`` are called with the process-wide lock held.
enum PluginOutput {
    /// `pthread_self()` of the thread whose writes are kept; 0 while nothing is captured.
    static let capturingThread = Atomic<UInt>(0)
    /// What the capturing thread wrote; only that thread touches it.
    nonisolated(unsafe) static var captured: [UInt8] = []
    /// The stream `stderr` points at while capturing: made once, never closed, because another
    /// thread may still hold it after `stderr` is given back.
    nonisolated(unsafe) static var stream: UnsafeMutablePointer<FILE>?
    /// The stream `stderr` pointed at before ``start()``.
    nonisolated(unsafe) static var previous: UnsafeMutablePointer<FILE>?

    /// Keeps what this thread writes on `stderr` from now on, unless it already does.
    static func start() {
        guard capturingThread.load(ordering: .acquiring) == 0 else { return }
        GLibMessages.installHandler()
        if stream == nil {
            let functions = diplograph_cookie_functions_t(read: nil, write: pluginOutputWrite, seek: nil, close: nil)
            stream = diplograph_fopencookie(nil, "w", functions)
            // Unbuffered: every write reaches the write function at once, on the writer's thread.
            if let stream { setvbuf(stream, nil, _IONBF, 0) }
        }
        guard let stream else { return }  // no memory for a stream: messages go where they always went
        captured = []
        capturingThread.store(UInt(pthread_self()), ordering: .releasing)
        previous = diplograph_exchange_stderr(stream)
    }

    /// Gives `stderr` back and returns what was kept since ``start()``; empty when not capturing.
    @discardableResult
    static func stop() -> String {
        guard capturingThread.load(ordering: .acquiring) != 0 else { return "" }
        _ = diplograph_exchange_stderr(previous)
        capturingThread.store(0, ordering: .releasing)
        defer { captured = [] }
        return String(decoding: captured, as: UTF8.self)
    }
}

/// GLib's messages (Pango's among them). GLib does not print them on a stream without a file
/// descriptor, such as ``PluginOutput``'s: it falls back to writing on file descriptor 2. So a
/// default log handler of ours (`g_log_set_default_handler`, looked up in the GLib that the
/// pango plugin loads) keeps the capturing thread's messages as "Domain-LEVEL: message" lines
/// and hands every other message to the handler it replaced. Debug and info messages of the
/// capturing thread are dropped, as GLib's own handler drops them by default.
private enum GLibMessages {
    /// `GLogFunc`: domain, level flags, message, user data.
    typealias LogFunction = @convention(c) (UnsafePointer<CChar>?, UInt32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void
    /// `g_log_set_default_handler`.
    typealias SetDefaultHandler = @convention(c) (LogFunction?, UnsafeMutableRawPointer?) -> LogFunction?

    /// Whether the handler is in place (or GLib cannot be found, so that there is nothing to do).
    nonisolated(unsafe) static var isInstalled = false
    /// The address of the handler other threads' messages go to: GLib's own default handler
    /// until ours is in place, then the one ours replaced (read by any thread, hence atomic).
    static let previous = Atomic<UInt>(0)

    /// Puts the handler in place, once; called with the process-wide lock held.
    static func installHandler() {
        guard !isInstalled else { return }
        isInstalled = true
        // The GLib the pango plugin links (loaded here if the plugin is not loaded yet).
        guard let glib = dlopen("libglib-2.0.so.0", RTLD_LAZY),
              let symbol = dlsym(glib, "g_log_set_default_handler") else { return }
        if let glibDefault = dlsym(glib, "g_log_default_handler") {
            previous.store(UInt(bitPattern: glibDefault), ordering: .releasing)
        }
        let setDefaultHandler = unsafeBitCast(symbol, to: SetDefaultHandler.self)
        if let replaced = setDefaultHandler(handleMessage, nil) {
            previous.store(unsafeBitCast(replaced, to: UInt.self), ordering: .releasing)
        }
    }

    /// The handler other threads' messages go to, if any.
    static var previousHandler: LogFunction? {
        let address = previous.load(ordering: .acquiring)
        return address == 0 ? nil : unsafeBitCast(address, to: LogFunction.self)
    }

    /// GLib's level flags, and the names GLib prints for them.
    private static let levels: [(flag: UInt32, name: String)] = [
        (1 << 2, "ERROR"), (1 << 3, "CRITICAL"), (1 << 4, "WARNING"), (1 << 5, "Message"), (1 << 6, "INFO"), (1 << 7, "DEBUG"),
    ]

    /// The handler: see ``GLibMessages``.
    private static let handleMessage: LogFunction = { domain, level, message, userData in
        guard UInt(pthread_self()) == PluginOutput.capturingThread.load(ordering: .acquiring) else {
            GLibMessages.previousHandler?(domain, level, message, userData)
            return
        }
        var name = "LOG"
        if let known = GLibMessages.levels.first(where: { level & $0.flag != 0 }) { name = known.name }
        if name == "INFO" || name == "DEBUG" { return }
        let domainText: String = domain.map { String(cString: $0) } ?? "GLib"
        let text: String = message.map { String(cString: $0) } ?? ""
        PluginOutput.captured.append(contentsOf: Array("\(domainText)-\(name): \(text)\n".utf8))
    }
}

/// The write function of ``PluginOutput``'s stream: keeps the capturing thread's bytes, writes
/// everyone else's to file descriptor 2.
private let pluginOutputWrite: diplograph_cookie_write_t = { _, buffer, size in
    guard let buffer, size > 0 else { return 0 }
    if UInt(pthread_self()) == PluginOutput.capturingThread.load(ordering: .acquiring) {
        buffer.withMemoryRebound(to: UInt8.self, capacity: size) { bytes in
            PluginOutput.captured.append(contentsOf: UnsafeBufferPointer(start: bytes, count: size))
        }
    } else {
        var written = 0
        while written < size {
            let result = write(2, buffer + written, size - written)
            if result <= 0 { break }  // standard error closed or full: the message is lost, as it would be
            written += result
        }
    }
    return size
}

private extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
