internal import CGraphviz
import Synchronization

/// Lays out and renders DOT with libgvc, in-process.
///
/// The only file of diplograph that touches the Graphviz C library. libcgraph and libgvc keep
/// global state and are not thread-safe, so one process-wide lock serialises every Graphviz call;
/// one `GVC_t` context is created on first use and reused for the life of the process.
/// Every call frees what it allocated (`gvFreeRenderData`, `gvFreeLayout`, `agclose`), whether it
/// succeeds or not. Messages Graphviz would print on standard error are captured instead: errors
/// are thrown as ``GraphvizError``, warnings returned in ``GraphvizRendering/warnings``.
///
/// The context finds its layout engines and renderers through Graphviz's plugin configuration
/// (`/usr/lib/<triple>/graphviz/config6a`, written by `libgvc6`'s post-install `dot -c`). Without
/// it every layout fails with "Layout type: … not recognized".
public enum GraphvizRenderer {
    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// Safe to call from any thread; calls are serialised. The graph's name is kept (an anonymous
    /// graph is named `diplograph`) so that SVG output is the same for the same DOT.
    ///
    /// - Parameters:
    ///   - dot: DOT text, typically from ``DOTWriter``.
    ///   - format: A format Graphviz renders (``OutputFormat/isRenderedByGraphviz``).
    ///   - engine: The layout engine.
    /// - Returns: The rendered bytes (UTF-8 text for SVG).
    /// - Throws: ``GraphvizError`` with the stage that failed and Graphviz's message.
    public static func render(dot: String, format: OutputFormat, engine: LayoutEngine = .dot) throws -> [UInt8] {
        try renderReportingWarnings(dot: dot, format: format, engine: engine).bytes
    }

    /// Like ``render(dot:format:engine:)``, and also returns the warnings Graphviz reported.
    ///
    /// - Parameters:
    ///   - dot: DOT text.
    ///   - format: A format Graphviz renders.
    ///   - engine: The layout engine.
    /// - Returns: The bytes and the warnings.
    /// - Throws: ``GraphvizError`` with the stage that failed and Graphviz's message.
    public static func renderReportingWarnings(
        dot: String, format: OutputFormat, engine: LayoutEngine = .dot
    ) throws -> GraphvizRendering {
        guard let graphvizFormat = format.graphvizFormat else {
            throw GraphvizError(stage: .render, message: "\(format.rawValue) is not rendered by Graphviz")
        }
        return try render(dot: dot, graphvizFormat: graphvizFormat, engine: engine.rawValue)
    }

    /// Parses `dot` without laying it out, to check it.
    ///
    /// - Parameter dot: DOT text.
    /// - Returns: The warnings Graphviz reported while parsing.
    /// - Throws: ``GraphvizError`` (stage `parse`) if the text does not parse.
    public static func check(dot: String) throws -> [String] {
        try context.withLock { (state: inout ContextState) throws(GraphvizError) -> [String] in
            _ = try state.gvc()
            beginCapture()
            let graph = try parse(dot)
            agclose(graph)
            return try endCapture(stage: .parse).warnings
        }
    }

    /// The version of the linked Graphviz library, such as `2.43.0`.
    public static var graphvizVersion: String {
        context.withLock { state -> String in
            guard let gvc = try? state.gvc(), let version = gvcVersion(gvc) else { return "unknown" }
            return String(cString: version)
        }
    }

    // MARK: - The one context, behind the one lock

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

    /// Guards every Graphviz call, the context and ``capturedMessages``. The context lives for the
    /// whole process (freeing it at exit would race with other threads still rendering).
    private static let context = Mutex(ContextState(pointer: nil))

    private static func render(dot: String, graphvizFormat: String, engine: String) throws -> GraphvizRendering {
        try context.withLock { (state: inout ContextState) throws(GraphvizError) -> GraphvizRendering in
            let gvc = try state.gvc()
            let clock = ContinuousClock()
            var timings = GraphvizTimings()
            func seconds(_ duration: Duration) -> Double {
                Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            }
            var mark = clock.now
            beginCapture()
            let graph = try parse(dot)
            defer { agclose(graph) }
            timings.parse = seconds(clock.now - mark)
            var warnings = try endCapture(stage: .parse).warnings

            if engine == LayoutEngine.twopi.rawValue { routeTwopiEdgesReproducibly(graph) }

            beginCapture()
            mark = clock.now
            let laidOut = gvLayout(gvc, graph, engine)
            timings.layout = seconds(clock.now - mark)
            defer { gvFreeLayout(gvc, graph) }
            let layoutReport = try endCapture(stage: .layout)
            warnings += layoutReport.warnings
            if laidOut != 0 {
                throw GraphvizError(stage: .layout, message: "gvLayout failed for engine \(engine)")
            }

            beginCapture()
            var data: UnsafeMutablePointer<CChar>?
            mark = clock.now
            let (status, length) = renderData(gvRenderData, gvc, graph, graphvizFormat, &data)
            timings.render = seconds(clock.now - mark)
            defer { if let data { gvFreeRenderData(data) } }
            let renderReport = try endCapture(stage: .render)
            warnings += renderReport.warnings
            guard status == 0, let data else {
                throw GraphvizError(stage: .render, message: "gvRenderData failed for format \(graphvizFormat)")
            }
            let bytes = UnsafeRawBufferPointer(start: data, count: length)
            return GraphvizRendering(bytes: Array(bytes), warnings: warnings, timings: timings)
        }
    }

    /// Parses `dot` with `agmemread`. Must be called with the lock held and capture begun.
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
    /// twopi's edges are routed `curved` instead. Must be called with the lock held.
    private static func routeTwopiEdgesReproducibly(_ graph: UnsafeMutablePointer<Agraph_t>) {
        let object = UnsafeMutableRawPointer(graph)
        let current = "splines".withCString { name in
            agget(object, UnsafeMutablePointer(mutating: name)).map { String(cString: $0) }
        }
        guard let current, ["true", "yes", "spline", "polyline"].contains(current.lowercased()) else { return }
        "splines".withCString { name in
            "curved".withCString { value in
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
    /// reset. Must be called with the lock held.
    private static func beginCapture() {
        capturedMessages = ""
        _ = agseterr(AGWARN)
        _ = agseterrf(captureMessage)
        _ = agreseterrors()
    }

    /// Ends capturing: throws the errors reported since ``beginCapture()`` as a ``GraphvizError``
    /// of `stage`, returns the warnings. Must be called with the lock held.
    private static func endCapture(stage: GraphvizError.Stage) throws(GraphvizError) -> (warnings: [String], errors: [String]) {
        let failed = agreseterrors() > 0
        let report = CapturedMessages(capturedMessages)
        capturedMessages = ""
        if failed || !report.errors.isEmpty {
            let message = report.errors.isEmpty ? "Graphviz reported an error" : report.errors.joined(separator: "\n")
            throw GraphvizError(stage: stage, message: message)
        }
        return (report.warnings, report.errors)
    }
}

/// What Graphviz produced: the bytes, and the warnings it reported on the way.
public struct GraphvizRendering: Hashable, Sendable {
    /// The rendered output (UTF-8 text for SVG).
    public var bytes: [UInt8]
    /// Warnings Graphviz reported while parsing, laying out and rendering, without the
    /// `Warning: ` prefix. Empty for DOT written by ``DOTWriter``.
    public var warnings: [String]
    /// How long Graphviz itself took, stage by stage (for benchmarks; not part of equality).
    public var timings: GraphvizTimings

    /// Creates a rendering.
    public init(bytes: [UInt8], warnings: [String], timings: GraphvizTimings = GraphvizTimings()) {
        self.bytes = bytes
        self.warnings = warnings
        self.timings = timings
    }

    public static func == (lhs: GraphvizRendering, rhs: GraphvizRendering) -> Bool {
        lhs.bytes == rhs.bytes && lhs.warnings == rhs.warnings
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
        hasher.combine(warnings)
    }
}

/// Seconds spent inside Graphviz per stage of one rendering, so a benchmark can tell Graphviz's
/// own time from ours without calling the C library itself.
public struct GraphvizTimings: Sendable {
    /// `agmemread`: parsing the DOT.
    public var parse: Double = 0
    /// `gvLayout`: the layout.
    public var layout: Double = 0
    /// `gvRenderData`: writing the output format.
    public var render: Double = 0

    /// Creates timings.
    public init(parse: Double = 0, layout: Double = 0, render: Double = 0) {
        self.parse = parse
        self.layout = layout
        self.render = render
    }

    /// The three stages together.
    public var total: Double { parse + layout + render }
}

/// The text Graphviz reported through ``captureMessage`` since the last `beginCapture()`.
/// A C callback cannot capture context, hence a global; it is only touched with
/// `GraphvizRenderer`'s lock held.
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
private struct CapturedMessages {
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

private extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
