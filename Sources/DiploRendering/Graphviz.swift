internal import CGraphviz
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A handle on libgvc that lays out and renders DOT in-process, and owns its Graphviz context.
///
/// The only file of diplograph that touches the Graphviz C library. Like a database queue, the
/// handle serialises access itself: every call into Graphviz holds the handle's lock, so a
/// handle is safe to share between threads. libcgraph also keeps process-wide state (its error
/// callback and error count, the C library's `stderr` while messages are captured), so the
/// handles share a second, process-wide lock too: two handles never run Graphviz at once.
/// The handle's `GVC_t` context is created on first use, reused for every later call, and freed
/// with the handle. ``shared`` is a handle that lives for the whole process; make your own to
/// keep a context apart, or use any other ``DiagramRenderer`` where a fake will do.
///
/// Every call frees what it allocated (`gvFreeRenderData`, `gvFreeLayout`, `agclose`), whether it
/// succeeds or not. Messages Graphviz would print on standard error are captured instead: errors
/// are thrown as ``GraphvizError``, warnings returned in ``GraphvizRendering/warnings``.
///
/// The context finds its layout engines and renderers through Graphviz's plugin configuration
/// (`/usr/lib/<triple>/graphviz/config6a`, written by `libgvc6`'s post-install `dot -c`). Without
/// it every layout fails with "Layout type: … not recognized".
///
/// Graphviz's cairo and pango plugins, GLib and fontconfig print their own messages on the C
/// library's `stderr` ("graph is too large for cairo-renderer bitmaps", "Pango-CRITICAL **: …").
/// While Graphviz runs, `stderr` points at a stream that keeps what the rendering thread writes
/// (other threads' writes go on to file descriptor 2 as before), a GLib log handler does the same
/// for GLib's messages, and those messages join
/// Graphviz's: `cairo: …`, "failure to create cairo surface" and GLib's critical messages (the
/// picture is broken) as errors, everything else as warnings, without the process name, pid and
/// time GLib puts in front. An empty rendering is an error too.
public final class Graphviz: DiagramRenderer, Sendable {
    /// A handle for the whole process, for callers that need no handle of their own. Its
    /// context is never freed (freeing it at exit would race with threads still rendering).
    public static let shared = Graphviz()

    /// The handle's context, behind the handle's lock.
    private let context = Mutex(ContextState(pointer: nil))

    /// Creates a handle. Its Graphviz context is created by the first call that needs it.
    public init() {}

    deinit {
        context.withLock { state in
            guard let pointer = state.pointer else { return }
            Self.library.withLock { _ in _ = gvFreeContext(pointer) }
        }
    }

    /// Lays out `dot` with `engine` and renders it as `format`, and returns the bytes with the
    /// warnings Graphviz and its plugins reported.
    ///
    /// Safe to call from any thread; calls are serialised. The graph's name is kept (an anonymous
    /// graph is named `diplograph`) so that SVG output is the same for the same DOT. PDF output
    /// carries no creation date (``PDFDates``), so that it is reproducible.
    ///
    /// - Parameters:
    ///   - dot: DOT text, typically from ``DOTWriter``.
    ///   - format: A format Graphviz renders (``OutputFormat/isRenderedByGraphviz``).
    ///   - engine: The layout engine.
    ///   - aspectLimits: When given, a layout whose height-to-width ratio is outside these is
    ///     laid out again at the nearer limit (Graphviz's `ratio`, which stretches the layout).
    /// - Returns: The rendered bytes (UTF-8 text for SVG) and the warnings.
    /// - Throws: ``GraphvizError`` with the stage that failed and Graphviz's message.
    public func render(
        dot: String, format: OutputFormat, engine: LayoutEngine, aspectLimits: ClosedRange<Double>?
    ) throws(GraphvizError) -> GraphvizRendering {
        guard let graphvizFormat = format.graphvizFormat else {
            throw GraphvizError(stage: .render, message: "\(format.rawValue) is not rendered by Graphviz")
        }
        var rendering = try render(dot: dot, graphvizFormat: graphvizFormat, engine: engine.rawValue, aspectLimits: aspectLimits)
        if format == .pdf {
            // cairo dates the document; without the date the same graph gives the same bytes.
            rendering.bytes = PDFDates.removed(from: rendering.bytes)
        }
        return rendering
    }

    /// Parses `dot` without laying it out, to check it.
    ///
    /// - Parameter dot: DOT text.
    /// - Returns: The warnings Graphviz reported while parsing.
    /// - Throws: ``GraphvizError`` (stage `parse`) if the text does not parse.
    public func check(dot: String) throws(GraphvizError) -> [String] {
        try withContext { (_) throws(GraphvizError) -> [String] in
            defer { PluginOutput.stop() }
            Self.beginCapture()
            let graph = try Self.parse(dot)
            agclose(graph)
            return try Self.endCapture(stage: .parse).warnings
        }
    }

    /// The version of the linked Graphviz library, such as `2.43.0`; `unknown` when the
    /// context cannot be created.
    public var version: String {
        // `try?` flattens the optional: nil when there is no context or no version string.
        let version = try? withContext { gvc -> String? in gvcVersion(gvc).map { String(cString: $0) } }
        return version ?? "unknown"
    }

    // MARK: - The context, behind the locks

    /// The lazily created context. `GVC_t` is opaque in the public headers.
    struct ContextState: ~Copyable {
        var pointer: OpaquePointer?

        /// The context, created on first use.
        mutating func gvc() throws(GraphvizError) -> OpaquePointer {
            if let pointer { return pointer }
            guard let created = gvContext() else {
                throw GraphvizError(stage: .layout, message: "gvContext() failed to create a Graphviz context")
            }
            pointer = created
            return created
        }
    }

    /// Guards libcgraph's process-wide state, whichever handle calls: its error callback and
    /// count, ``capturedMessages`` and ``PluginOutput``. Always taken inside a handle's lock.
    private static let library = Mutex(())

    /// Runs `body` with the handle's context (created if need be), holding the handle's lock
    /// and the process-wide one.
    private func withContext<Result: Sendable>(
        _ body: (OpaquePointer) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> Result {
        try context.withLock { (state: inout ContextState) throws(GraphvizError) -> Result in
            try Self.library.withLock { (_: inout Void) throws(GraphvizError) -> Result in
                try body(state.gvc())
            }
        }
    }

    /// The `ratio` (height / width) to lay `graph` out again with when its layout's bounding box
    /// (`bb`, which `gvLayout` sets, title and legend included) is outside `limits`: the nearer
    /// limit. `nil` when it is within them, or has no area.
    private static func outsideAspect(_ graph: UnsafeMutablePointer<Agraph_t>, limits: ClosedRange<Double>) -> Double? {
        let box = "bb".withCString { name in agget(graph, UnsafeMutablePointer(mutating: name)).map { String(cString: $0) } }
        guard let box else { return nil }
        let numbers = box.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { Double($0) }
        guard numbers.count == 4 else { return nil }
        let (width, height) = (numbers[2] - numbers[0], numbers[3] - numbers[1])
        guard width > 0, height > 0 else { return nil }
        let ratio = height / width
        if ratio < limits.lowerBound { return limits.lowerBound }
        if ratio > limits.upperBound { return limits.upperBound }
        return nil
    }

    /// Renders `dot` as Graphviz's format `graphvizFormat`, laid out by `engine`.
    private func render(
        dot: String, graphvizFormat: String, engine: String, aspectLimits: ClosedRange<Double>?
    ) throws(GraphvizError) -> GraphvizRendering {
        try withContext { (gvc: OpaquePointer) throws(GraphvizError) -> GraphvizRendering in
            defer { PluginOutput.stop() }
            let clock = ContinuousClock()
            var timings = GraphvizTimings()
            func seconds(_ duration: Duration) -> Double {
                Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            }
            var mark = clock.now
            Self.beginCapture()
            let graph = try Self.parse(dot)
            defer { agclose(graph) }
            timings.parse = seconds(clock.now - mark)
            var warnings = try Self.endCapture(stage: .parse).warnings

            if engine == LayoutEngine.twopi.rawValue { Self.routeTwopiEdgesReproducibly(graph) }

            /// Lays `graph` out, adding its time and warnings to the rendering's.
            func layOut() throws(GraphvizError) {
                Self.beginCapture()
                let start = clock.now
                let status = gvLayout(gvc, graph, engine)
                timings.layout += seconds(clock.now - start)
                warnings += try Self.endCapture(stage: .layout).warnings
                if status != 0 {
                    throw GraphvizError(stage: .layout, message: "gvLayout failed for engine \(engine)")
                }
            }
            defer { gvFreeLayout(gvc, graph) }
            try layOut()
            if let aspectLimits, let ratio = Self.outsideAspect(graph, limits: aspectLimits) {
                // Laid out again, scaled by Graphviz to the nearer limit (`ratio` only stretches).
                Self.setAttribute(UnsafeMutableRawPointer(graph), "ratio", String(ratio))
                gvFreeLayout(gvc, graph)
                try layOut()
            }

            Self.beginCapture()
            var data: UnsafeMutablePointer<CChar>?
            mark = clock.now
            let (status, length) = Self.renderData(gvRenderData, gvc, graph, graphvizFormat, &data)
            timings.render = seconds(clock.now - mark)
            defer { if let data { gvFreeRenderData(data) } }
            let renderReport = try Self.endCapture(stage: .render)
            warnings += renderReport.warnings
            guard status == 0, let data else {
                throw GraphvizError(stage: .render, message: "gvRenderData failed for format \(graphvizFormat)")
            }
            guard length > 0 else {
                throw GraphvizError(stage: .render, message: "Graphviz rendered nothing for format \(graphvizFormat)")
            }
            let bytes = UnsafeRawBufferPointer(start: data, count: length)
            return GraphvizRendering(bytes: Array(bytes), warnings: warnings, timings: timings)
        }
    }

    /// Parses `dot` with `agmemread`. Must be called with the process-wide lock held and capture begun.
    private static func parse(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        if dot.utf8.contains(0) {
            _ = try? endCapture(stage: .parse)
            throw GraphvizError(stage: .parse, message: "the DOT text contains a NUL character")
        }
        guard let graph = agmemread(dot) else {
            // Throws Graphviz's message if it reported one; otherwise say what we know.
            _ = try endCapture(stage: .parse)
            throw GraphvizError(stage: .parse, message: "agmemread returned no graph")
        }
        if agerrors() > 0 {
            // For example a bad HTML label: the graph is returned but the parse failed.
            agclose(graph)
            _ = try endCapture(stage: .parse)
        }
        return try namedIfAnonymous(graph, dot: dot)
    }

    /// An anonymous graph (`digraph { … }`) parsed again as a graph named `diplograph`: Graphviz
    /// names anonymous graphs `%<counter>` with a counter shared by the whole process, which would
    /// make the SVG title differ from call to call. The public headers offer no `agrename`, so
    /// the text is read into a graph opened under a fixed name with `agconcat`.
    private static func namedIfAnonymous(
        _ graph: UnsafeMutablePointer<Agraph_t>, dot: String
    ) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        guard let name = agnameof(UnsafeMutableRawPointer(graph)),
              name.pointee == CChar(UInt8(ascii: "%")) else { return graph }
        // Directed or not, strict or not: as the text said.
        let description = graph.pointee.desc
        // The library's own memory and id disciplines, as agmemread used them.
        let base = graph.pointee.clos.pointee.disc
        agclose(graph)
        var io = Agiodisc_t(afread: readLine, putstr: base.io.pointee.putstr, flush: base.io.pointee.flush)
        return try withUnsafeMutablePointer(to: &io) { (ioPointer) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> in
            var discipline = Agdisc_t(mem: base.mem, id: base.id, io: ioPointer)
            let named = "diplograph".withCString { newName in
                agopen(UnsafeMutablePointer(mutating: newName), description, &discipline)
            }
            guard let named else {
                throw GraphvizError(stage: .parse, message: "agopen failed")
            }
            var utf8 = Array(dot.utf8)
            let result = utf8.withUnsafeMutableBufferPointer { buffer in
                var reader = MemoryReader(base: buffer.baseAddress, count: buffer.count, offset: 0)
                return withUnsafeMutablePointer(to: &reader) { readerPointer in
                    agconcat(named, UnsafeMutableRawPointer(readerPointer), &discipline)
                }
            }
            // Afterwards the graph must not read again: point its discipline back at the library's.
            named.pointee.clos.pointee.disc.io = base.io
            if result == nil || agerrors() > 0 {
                agclose(named)
                _ = try endCapture(stage: .parse)
                throw GraphvizError(stage: .parse, message: "agconcat returned no graph")
            }
            return named
        }
    }

    /// twopi's spline router (`splines=true`, `spline` or `polyline`) gives coordinates that differ
    /// in the last digit from one call to the next within a process (Graphviz 2.4x; the `dot`
    /// binary shows it too when given the same file twice). Its `curved` router does not, so
    /// twopi's edges are routed `curved` instead. Must be called with the process-wide lock held.
    private static func routeTwopiEdgesReproducibly(_ graph: UnsafeMutablePointer<Agraph_t>) {
        let object = UnsafeMutableRawPointer(graph)
        let current = "splines".withCString { name in
            agget(object, UnsafeMutablePointer(mutating: name)).map { String(cString: $0) }
        }
        guard let current, ["true", "yes", "spline", "polyline"].contains(current.lowercased()) else { return }
        setAttribute(object, "splines", "curved")
    }

    /// Sets the attribute `name` of a graph, node or edge of libcgraph to `value` (declaring it,
    /// with an empty default, when the graph has no such attribute yet). The C strings live only
    /// for the call, as `agsafeset` copies them.
    private static func setAttribute(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        name.withCString { name in
            value.withCString { value in
                "".withCString { empty in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: name),
                                  UnsafeMutablePointer(mutating: value), UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    /// Calls `gvRenderData` whatever the type of its length parameter: `unsigned int *` before
    /// Graphviz 14, `size_t *` since. Overload resolution picks the matching helper.
    private static func renderData(
        _ function: (OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
                     UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<UInt32>?) -> Int32,
        _ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: String,
        _ result: inout UnsafeMutablePointer<CChar>?
    ) -> (Int32, Int) {
        var length: UInt32 = 0
        let status = function(gvc, graph, format, &result, &length)
        return (status, Int(length))
    }

    /// See the `UInt32` overload.
    private static func renderData(
        _ function: (OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
                     UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Int>?) -> Int32,
        _ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, _ format: String,
        _ result: inout UnsafeMutablePointer<CChar>?
    ) -> (Int32, Int) {
        var length = 0
        let status = function(gvc, graph, format, &result, &length)
        return (status, length)
    }

    // MARK: - Capturing Graphviz's messages

    /// Starts capturing: every message goes to ``capturedMessages``, the sticky error level is
    /// reset. Must be called with the process-wide lock held.
    private static func beginCapture() {
        capturedMessages = ""
        _ = agseterr(AGWARN)
        _ = agseterrf(captureMessage)
        _ = agreseterrors()
        PluginOutput.start()
    }

    /// Ends capturing: throws the errors reported since ``beginCapture()`` as a ``GraphvizError``
    /// of `stage`, returns the warnings. Must be called with the process-wide lock held.
    private static func endCapture(stage: GraphvizError.Stage) throws(GraphvizError) -> (warnings: [String], errors: [String]) {
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

/// The text `agconcat` reads, through ``readLine``.
private struct MemoryReader {
    var base: UnsafeMutablePointer<UInt8>?
    var count: Int
    var offset: Int
}

/// The `afread` of the memory discipline: copies the next line (or as much of it as fits) of the
/// ``MemoryReader`` `channel` into `buffer`, as Graphviz's own `memiofread` does.
private let readLine: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32 = {
    channel, buffer, size in
    guard let channel, let buffer, size > 0 else { return 0 }
    let reader = channel.assumingMemoryBound(to: MemoryReader.self)
    guard let base = reader.pointee.base, reader.pointee.offset < reader.pointee.count else { return 0 }
    var copied = 0
    while copied < Int(size) && reader.pointee.offset < reader.pointee.count {
        let byte = base[reader.pointee.offset]
        buffer[copied] = CChar(bitPattern: byte)
        copied += 1
        reader.pointee.offset += 1
        if byte == UInt8(ascii: "\n") { break }
    }
    return Int32(copied)
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
private enum PluginOutput {
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
