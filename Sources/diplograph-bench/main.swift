// diplograph-bench: the figures of issue 5 in one run. Prints, asserts nothing.
//
//   diplograph-bench --corpus DIR [--sizes 1000,10000,100000] [--speedup-size 10000]
//                    [--throughput-docs 2000] [--big FILE] [--line FILE] [--skip-render] [--only-render]
//
// Extraction keeps the command line's default evidence limit (Extractor.defaultEvidenceLimit
// sentences per node and edge, counts exact), as `diplograph extract` does.
//
// DIR holds documents named 000000.txt, 000001.txt, … (scripts/generate-corpus.py). Every
// measurement of peak memory runs in a child process of its own (`diplograph-bench scale …`,
// `diplograph-bench single …`), since a process's high-water mark only ever grows.

import DiploExtraction
import DiploGraph
import DiploPipeline
import DiploRendering
import Foundation

// MARK: - Measuring

/// Seconds on a monotonic clock.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU seconds used by this process (all threads).
func cpuTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The peak resident set size of this process in bytes (VmHWM), or getrusage's when /proc is absent.
func peakRSS() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            if let kb = Int(digits) { return kb * 1024 }
        }
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
}

/// Prints and flushes at once (the parent reads children's output; progress shows as it comes).
func print(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
func fmt(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
func documentPath(_ dir: String, _ n: Int) -> String {
    let digits = String(n)
    return dir + "/" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".txt"
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("diplograph-bench: \(message)\n".utf8))
    exit(1)
}

/// How many evidence records a graph holds (every node's and every edge's).
func evidenceCount(_ graph: Graph) -> Int {
    graph.nodes.reduce(0) { $0 + $1.evidence.count } + graph.edges.reduce(0) { $0 + $1.evidence.count }
}

// MARK: - Child modes

/// `scale DIR N WORKERS`: read, extract and merge the first N documents with WORKERS threads
/// through the command line's own pipeline (`ParallelExtraction`, its default document policy
/// and evidence limit), never holding more than one document per worker. Prints one line of
/// key=value figures.
func runScale(dir: String, count: Int, workers: Int) {
    let policy = DocumentPolicy.standard
    let extractor = policy.extractor(evidenceLimit: Extractor.defaultEvidenceLimit)
    _ = Gazetteer.shared
    let paths = (0..<count).map { documentPath(dir, $0) }
    let bytes = paths.reduce(0) { total, path in
        total + ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0)
    }
    let start = now()
    let merged: GraphAccumulator
    do {
        merged = try ParallelExtraction.accumulator(of: paths, extractor: extractor, policy: policy, workers: workers)
    } catch {
        fail("\(error)")
    }
    let extracted = now() - start
    let graph = merged.graph()
    let seconds = now() - start
    print("seconds=\(seconds) extract=\(extracted) build=\(seconds - extracted) cpu=\(cpuTime()) rss=\(peakRSS()) bytes=\(bytes) nodes=\(graph.nodeCount) edges=\(graph.edgeCount) evidence=\(evidenceCount(graph))")
}

/// `single FILE`: read and extract one (large) document. Prints one line of key=value figures.
func runSingle(path: String) {
    let extractor = Extractor(evidenceLimit: Extractor.defaultEvidenceLimit)
    _ = Gazetteer.shared
    let baseline = peakRSS()
    let start = now()
    let document: Document
    do { document = try DocumentReader.read(path: path) } catch { fail("\(error)") }
    let read = now() - start
    let graph = extractor.extract(document)
    let seconds = now() - start
    print("seconds=\(seconds) read=\(read) rss=\(peakRSS()) startrss=\(baseline) bytes=\(document.original.utf8.count) nodes=\(graph.nodeCount) edges=\(graph.edgeCount) evidence=\(evidenceCount(graph))")
}

// MARK: - Running children

func child(_ arguments: [String]) -> [String: Double] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { fail("cannot run a child: \(error)") }
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { fail("child \(arguments) failed with status \(process.terminationStatus)") }
    var figures: [String: Double] = [:]
    for pair in String(decoding: output, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }) {
        let parts = pair.split(separator: "=", maxSplits: 1)
        if parts.count == 2, let value = Double(parts[1]) { figures[String(parts[0])] = value }
    }
    return figures
}

// MARK: - Benchmarks

/// Single-threaded extraction from bytes in memory: decoding, cleaning, segmenting, recognising,
/// resolving, relating, building the graph. File reading and JSON encoding are not counted.
func benchThroughput(dir: String, documents: Int) {
    var inputs: [(String, Data)] = []
    var total = 0
    for n in 0..<documents {
        let path = documentPath(dir, n)
        guard let data = FileManager.default.contents(atPath: path) else { break }
        inputs.append((path, data))
        total += data.count
    }
    guard !inputs.isEmpty else { fail("no documents in \(dir)") }
    let extractor = Extractor(evidenceLimit: Extractor.defaultEvidenceLimit)
    // Warm up: the gazetteer and the lexicons are built once per process.
    _ = try? extractor.extract(DocumentReader.read(data: inputs[0].1, name: inputs[0].0, format: .plainText))
    var bytes = 0
    var nodes = 0
    let start = now()
    let startCPU = cpuTime()
    var elapsed = 0.0
    var rounds = 0
    // At least one pass, and at least two seconds.
    repeat {
        for (name, data) in inputs {
            guard let document = try? DocumentReader.read(data: data, name: name, format: .plainText) else { continue }
            nodes &+= extractor.extract(document).nodeCount
            bytes += data.count
        }
        rounds += 1
        elapsed = now() - start
    } while elapsed < 2
    let cpu = cpuTime() - startCPU
    let rate = Double(bytes) / 1_048_576 / elapsed
    // On a shared machine the wall clock counts time the thread waited for a core; CPU time does not.
    print("extraction throughput, 1 thread: \(mb(bytes)) (\(inputs.count) documents × \(rounds)) in \(fmt(elapsed)) s wall, \(fmt(cpu)) s CPU = \(fmt(rate)) MB/s (\(fmt(Double(bytes) / 1_048_576 / cpu)) MB per CPU second) per core  [target ≥ 50 MB/s]")
}

func benchScaling(dir: String, sizes: [Int], speedupSize: Int) {
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    print("corpus scaling (read, extract on \(workers) cores, merge into one graph; one child process each):")
    for size in sizes {
        guard FileManager.default.fileExists(atPath: documentPath(dir, size - 1)) else {
            print("  \(size) documents: skipped, \(documentPath(dir, size - 1)) is missing")
            continue
        }
        let r = child(["scale", dir, String(size), String(workers)])
        let evidence = Int(r["evidence"] ?? 0)
        print("  \(size) documents (\(mb(Int(r["bytes"] ?? 0)))): \(fmt(r["seconds"] ?? 0)) s (\(fmt(r["cpu"] ?? 0)) s CPU), peak RSS \(mb(Int(r["rss"] ?? 0))); graph \(Int(r["nodes"] ?? 0)) nodes, \(Int(r["edges"] ?? 0)) edges, \(evidence) evidence records")
        print("    extraction and merging the workers' graphs \(fmt(r["extract"] ?? 0)) s, building the graph \(fmt(r["build"] ?? 0)) s")
    }
    if FileManager.default.fileExists(atPath: documentPath(dir, speedupSize - 1)) {
        let one = child(["scale", dir, String(speedupSize), "1"])
        let many = child(["scale", dir, String(speedupSize), String(workers)])
        let s1 = one["seconds"] ?? 0, s2 = many["seconds"] ?? 0
        print("  speed-up on \(speedupSize) documents: 1 core \(fmt(s1)) s, \(workers) cores \(fmt(s2)) s = \(fmt(s1 / max(s2, 1e-9)))×")
    }
}

func benchSingle(label: String, path: String) {
    guard FileManager.default.fileExists(atPath: path) else {
        print("\(label): skipped, \(path) is missing")
        return
    }
    let r = child(["single", path])
    let bytes = Int(r["bytes"] ?? 0)
    let seconds = r["seconds"] ?? 0
    print("\(label) (\(mb(bytes))): \(fmt(seconds)) s (\(fmt(Double(bytes) / 1_048_576 / max(seconds, 1e-9))) MB/s), peak RSS \(mb(Int(r["rss"] ?? 0))) (\(fmt((r["rss"] ?? 0) / Double(max(bytes, 1)))) bytes per input byte); graph \(Int(r["nodes"] ?? 0)) nodes, \(Int(r["edges"] ?? 0)) edges")
}

/// Runs `dot -Tsvg -o OUTPUT INPUT` and waits for it, started with `posix_spawn`: what a
/// program that shells out to `dot` pays per graph. False when it cannot be started or fails.
func dotProcess(_ dotPath: String, input: String, output: String) -> Bool {
    let arguments = [dotPath, "-Tsvg", "-o", output, input]
    var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, dotPath, nil, nil, &cArguments, environ) == 0 else { return false }
    return (try? System.waitForChild(pid)) == .exited(0)
}

/// The same through Foundation's `Process`, DOT on standard input and SVG on standard output.
/// On Linux each launch costs tens of milliseconds more than `posix_spawn`, most of it
/// Foundation's own; printed for comparison, not used for the ratio.
func dotFoundationProcess(_ dotPath: String, _ text: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dotPath)
    process.arguments = ["-Tsvg"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    do { try process.run() } catch { return false }
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0
}

func findExecutable(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// 200 small graphs, each rendered to SVG in-process and by a `dot` process: the graphs of the
/// first 200 corpus documents, then the graphs of their headlines alone (a few nodes each).
func benchSmallGraphs(dir: String) {
    let extractor = Extractor(evidenceLimit: Extractor.defaultEvidenceLimit)
    var graphs: [Graph] = []
    var headlines: [Graph] = []
    for n in 0..<200 {
        guard let data = FileManager.default.contents(atPath: documentPath(dir, n)),
              let document = try? DocumentReader.read(data: data, name: "doc\(n).txt", format: .plainText) else { break }
        graphs.append(extractor.extract(document))
        let headline = data.prefix { $0 != UInt8(ascii: "\n") }
        if let document = try? DocumentReader.read(data: headline, name: "doc\(n).txt", format: .plainText) {
            let graph = extractor.extract(document)
            if !graph.isEmpty { headlines.append(graph) }
        }
    }
    benchSmallGraphs(graphs, label: "small graphs")
    benchSmallGraphs(headlines, label: "headline graphs")
}

func benchSmallGraphs(_ graphs: [Graph], label: String) {
    guard !graphs.isEmpty else { return }
    let averageNodes = Double(graphs.reduce(0) { $0 + $1.nodeCount }) / Double(graphs.count)
    _ = try? GraphWriter().write(graphs[0], as: .svg)  // the context is created once
    var start = now()
    var writing = 0.0, parse = 0.0, layout = 0.0, render = 0.0
    for graph in graphs {
        let mark = now()
        let text = DOTWriter(options: RenderOptions()).write(graph)
        writing += now() - mark
        do {
            let timings = try Graphviz.shared.render(dot: text, format: .svg).timings
            parse += timings.parse
            layout += timings.layout
            render += timings.render
        } catch { fail("render: \(error)") }
    }
    let count = Double(graphs.count)
    let inProcess = (now() - start) / count
    print("rendering \(graphs.count) \(label) (\(fmt(averageNodes, 1)) nodes on average) to SVG in one process: \(fmt(inProcess * 1000, 3)) ms per graph (DOT writing \(fmt(writing / count * 1000, 3)), Graphviz parse \(fmt(parse / count * 1000, 3)), layout \(fmt(layout / count * 1000, 3)), render \(fmt(render / count * 1000, 3)))")
    guard let dot = findExecutable("dot") else {
        print("  dot -Tsvg per graph: skipped, the dot command is not installed")
        return
    }
    let texts = graphs.map { DOTWriter(options: RenderOptions()).write($0) }
    // The DOT files are written before the clock starts, as a program would have them ready.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("diplograph-bench-dot-\(getpid())")
    try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let files = texts.enumerated().map { n, text -> String in
        let path = scratch.appendingPathComponent("g\(n).dot").path
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { fail("cannot write \(path)") }
        return path
    }
    let svgPath = scratch.appendingPathComponent("out.svg").path
    start = now()
    for file in files where !dotProcess(dot, input: file, output: svgPath) { fail("dot -Tsvg failed") }
    let perProcess = (now() - start) / Double(files.count)
    print("  dot -Tsvg as a process per graph (posix_spawn, file in, file out): \(fmt(perProcess * 1000, 3)) ms per graph; in-process is \(fmt(perProcess / inProcess, 1))× faster  [target ≥ 50×]")
    start = now()
    for text in texts.prefix(50) where !dotFoundationProcess(dot, text) { fail("dot -Tsvg failed") }
    let perFoundationProcess = (now() - start) / Double(min(50, texts.count))
    print("  (through Foundation's Process, DOT piped in and SVG out: \(fmt(perFoundationProcess * 1000, 3)) ms per graph, Foundation's own launch cost included)")
}

/// Our overhead (DOT writing, and the wrapping around libgvc: lock, capture, copies) against
/// Graphviz's own work, on one graph of at least 1,000 nodes merged from the corpus: its leaders
/// and their interactions (with the states too, the corpus's thousands of state-to-state edges
/// make a hairball whose layout takes many minutes).
func benchLargeGraph(dir: String, nodes target: Int) {
    let extractor = Extractor(evidenceLimit: Extractor.defaultEvidenceLimit)
    var accumulator = GraphAccumulator(evidenceLimit: Extractor.defaultEvidenceLimit)
    var graph = Graph()
    var n = 0
    while graph.nodeCount < target {
        guard let data = FileManager.default.contents(atPath: documentPath(dir, n)),
              let document = try? DocumentReader.read(data: data, name: "doc\(n).txt", format: .plainText) else { break }
        accumulator.add(extractor.extract(document))
        n += 1
        if n % 10 == 0 { graph = accumulator.graph().filtered(kinds: [.leader]) }
    }
    graph = accumulator.graph().filtered(kinds: [.leader])
    var start = now()
    let text = DOTWriter(options: RenderOptions()).write(graph)
    let writing = now() - start
    start = now()
    do { _ = try Graphviz.shared.render(dot: text, format: .svg) } catch { fail("render: \(error)") }
    let wrapped = now() - start

    // Graphviz's own time, stage by stage, as the renderer measured it.
    let timings: GraphvizTimings
    do { timings = try Graphviz.shared.render(dot: text, format: .svg).timings } catch { fail("render: \(error)") }
    let (parse, layout, render) = (timings.parse, timings.layout, timings.render)
    let graphviz = parse + layout + render
    let wrapping = max(0, wrapped - graphviz)
    let overhead = writing + wrapping
    print("rendering a \(graph.nodeCount)-node, \(graph.edgeCount)-edge graph to SVG: DOT writing \(fmt(writing * 1000, 1)) ms, Swift wrapping \(fmt(wrapping * 1000, 1)) ms; Graphviz parse \(fmt(parse * 1000, 1)) ms, layout \(fmt(layout * 1000, 1)) ms, render \(fmt(render * 1000, 1)) ms")
    print("  our overhead is \(fmt(100 * overhead / layout, 2))% of layout time  [target ≤ 10%]")
}

// MARK: - Main

var arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "scale":
    guard arguments.count == 4, let count = Int(arguments[2]), let workers = Int(arguments[3]) else { fail("usage: scale DIR N WORKERS") }
    runScale(dir: arguments[1], count: count, workers: workers)
    exit(0)
case "single":
    guard arguments.count == 2 else { fail("usage: single FILE") }
    runSingle(path: arguments[1])
    exit(0)
default:
    break
}

var corpus: String?
var sizes = [1000, 10000, 100000]
var speedupSize = 10000
var throughputDocuments = 2000
var big: String?
var line: String?
var skipRender = false
var onlyRender = false
while !arguments.isEmpty {
    let option = arguments.removeFirst()
    func value() -> String {
        guard !arguments.isEmpty else { fail("\(option) needs a value") }
        return arguments.removeFirst()
    }
    switch option {
    case "--corpus": corpus = value()
    case "--sizes": sizes = value().split(separator: ",").compactMap { Int($0) }
    case "--speedup-size": speedupSize = Int(value()) ?? speedupSize
    case "--throughput-docs": throughputDocuments = Int(value()) ?? throughputDocuments
    case "--big": big = value()
    case "--line": line = value()
    case "--skip-render": skipRender = true
    case "--only-render": onlyRender = true
    case "--help", "-h":
        print("usage: diplograph-bench --corpus DIR [--sizes 1000,10000,100000] [--speedup-size N] [--throughput-docs N] [--big FILE] [--line FILE] [--skip-render] [--only-render]")
        exit(0)
    default: fail("unknown option \(option)")
    }
}
guard let corpus else { fail("give --corpus DIR (scripts/generate-corpus.py writes one; scripts/bench.sh does it all)") }

print("diplograph-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, Graphviz \(Graphviz.shared.version)")
if !onlyRender {
    benchThroughput(dir: corpus, documents: throughputDocuments)
    benchScaling(dir: corpus, sizes: sizes, speedupSize: speedupSize)
    if let big { benchSingle(label: "one large document", path: big) }
    if let line { benchSingle(label: "one single-line document", path: line) }
}
if !skipRender {
    benchSmallGraphs(dir: corpus)
    benchLargeGraph(dir: corpus, nodes: 1000)
}
