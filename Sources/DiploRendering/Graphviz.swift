internal import CGraphviz
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A handle on libgvc that lays out and renders DOT in-process, and owns its Graphviz context.
///
/// The only type of diplograph that touches the Graphviz C library (this file, and its message
/// capture in `Graphviz+Messages.swift`). Like a database queue, the handle serialises access
/// itself: every call into Graphviz holds the handle's lock, so a handle is safe to share
/// between threads. libcgraph also keeps process-wide state (its error
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
