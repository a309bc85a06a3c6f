import DiploExtraction
import DiploGraph
import Foundation

/// Graph fragments: one graph as one line of compact JSON, the unit `extract --jsonl` maps
/// documents to and `merge` reduces.
///
/// A fragment is the graph JSON contract written without indentation: keys sorted, no line
/// breaks (those inside strings are escaped as `\n`), one final newline. The same graph always
/// gives the same bytes.
public enum GraphFragment {
    /// `graph` as one line of compact, deterministic JSON, with its final newline.
    public static func line(for graph: Graph) throws -> [UInt8] {
        var bytes = graph.compactJSON()
        bytes.append(0x0A)
        return bytes
    }
}

/// Reads graph fragments and graph JSON files into one merged graph, streaming, so that memory
/// grows with the graph and not with the number of fragments.
public struct FragmentMerger {
    private var accumulator: GraphAccumulator
    /// How many graphs (fragments or files) were added.
    public private(set) var graphCount = 0

    /// A merger that keeps at most `evidenceLimit` evidence records per node and edge (`nil`: all).
    public init(evidenceLimit: Int?) {
        accumulator = GraphAccumulator(evidenceLimit: evidenceLimit)
    }

    /// The merged graph of everything added.
    public func graph() -> Graph { accumulator.graph() }

    /// Adds the graphs of `path`: a JSONL file of fragments (one graph per line, blank lines
    /// ignored), a graph JSON file (pretty-printed or not), a directory (every regular file in
    /// it not starting with `.`, sorted; subdirectories are not entered), or `-` for standard
    /// input. Pipes (`<(…)`, `/dev/stdin`) are read like files.
    ///
    /// - Throws: `PipelineError` naming the file, and the line for JSONL, at fault.
    public mutating func add(path: String) throws {
        if path == DocumentSource.standardInputName {
            var reader = LineReader(descriptor: StandardStreams.current.input)
            try add(from: &reader, name: path)
            return
        }
        let descriptor: Int32
        let isDirectory: Bool
        do throws(SystemError) {
            isDirectory = FileKind(mode: try System.status(path).st_mode) == .directory
            descriptor = isDirectory ? -1 : try System.openFile(path, O_RDONLY | O_NOCTTY)
        } catch {
            if error.errno == ENOENT { throw PipelineError("\(path): no such file or directory") }
            throw PipelineError("\(path): cannot be read (\(StandardStreams.inputReason(error)))")
        }
        if isDirectory {
            try addDirectory(path)
            return
        }
        defer { try? System.closeDescriptor(descriptor) }
        var reader = LineReader(descriptor: descriptor)
        try add(from: &reader, name: path)
    }

    /// Adds every regular file of `directory` not starting with `.`, sorted; a warning for
    /// each dangling link and each entry that is not a regular file (a FIFO would block).
    private mutating func addDirectory(_ directory: String) throws {
        let names: [String]
        do throws(SystemError) {
            names = try System.directoryEntries(directory)
        } catch {
            throw PipelineError("\(directory): cannot be read (\(error.reason))")
        }
        var files: [String] = []
        var skipped: [SkippedEntry] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let file = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let info = try? System.status(file) else {
                skipped.append(SkippedEntry(path: file, reason: "a dangling symbolic link"))
                continue
            }
            switch FileKind(mode: info.st_mode) {
            case .regular: files.append(file)
            case .directory: continue
            default: skipped.append(SkippedEntry(path: file, reason: "not a regular file"))
            }
        }
        Warning.reportSkipped(skipped, in: directory)
        guard !files.isEmpty else {
            throw PipelineError("\(directory): no fragment or graph files in this directory")
        }
        for file in files { try add(path: file) }
    }

    /// Adds the graphs read from `reader`. The first non-blank line decides the layout: a line
    /// holding only `{` starts a pretty-printed graph JSON document (as `extract -f json`,
    /// `jq` and most JSON writers lay one out), read whole; any other line is the first graph
    /// fragment of a JSONL file, each non-blank line one graph, each checked as soon as it is
    /// read. So a broken first line is reported as `file:1:` at once, whatever follows.
    private mutating func add(from reader: inout LineReader, name: String) throws {
        var first: ArraySlice<UInt8>?
        while let line = try reader.nextLine(name: name) {
            var trimmed = Self.trimmed(line)
            // A byte-order mark is no part of the JSON.
            if reader.lineNumber == 1 && trimmed.starts(with: [0xEF, 0xBB, 0xBF]) { trimmed = Self.trimmed(Array(trimmed.dropFirst(3))) }
            if !trimmed.isEmpty { first = trimmed; break }
        }
        guard let first else { return }  // Nothing in it: adds nothing (the merge's identity).
        if first.elementsEqual([UInt8(ascii: "{")]) {
            var whole = Array(first)
            whole.append(0x0A)
            whole += try reader.rest(name: name)
            try addGraph(whole, name: name)
            return
        }
        guard first.first == UInt8(ascii: "{") else {
            throw PipelineError.badGraph(
                "\(name):\(reader.lineNumber)",
                "this line is not a JSON object (a graph fragment is one graph on one line; a pretty-printed graph file starts with '{' alone on its first line)")
        }
        try addGraph(Array(first), name: "\(name):\(reader.lineNumber)")
        while let line = try reader.nextLine(name: name) {
            let trimmed = Self.trimmed(line)
            if trimmed.isEmpty { continue }
            try addGraph(Array(trimmed), name: "\(name):\(reader.lineNumber)")
        }
    }

    private mutating func addGraph(_ bytes: [UInt8], name: String) throws {
        do {
            accumulator.add(try Graph.fromJSON(Data(bytes)))
            graphCount += 1
        } catch let error as GraphContractError {
            throw PipelineError.badGraph(name, error.description)
        } catch {
            throw PipelineError.badGraph(name, String(describing: error))
        }
    }

    /// `line` without leading and trailing spaces, tabs and carriage returns (Hadoop Streaming
    /// may end a line with a tab separating an empty value).
    private static func trimmed(_ line: [UInt8]) -> ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        var slice = line[...]
        while let byte = slice.first, blank(byte) { slice = slice.dropFirst() }
        while let byte = slice.last, blank(byte) { slice = slice.dropLast() }
        return slice
    }
}

/// Reads a file descriptor line by line in chunks: memory is bounded by the longest line.
///
/// Lines hold text, and text holds no NUL byte: the first NUL stops the reading with an error
/// naming its line, as soon as the chunk holding it is read, so `/dev/zero` or a binary file
/// fails at once. A line longer than ``maximumLineLength`` (1 GiB) is an error too, so input
/// that never ends a line cannot fill the memory.
struct LineReader {
    /// The longest line accepted, in bytes: 1 GiB. A fragment line is one graph; a graph this
    /// large is better merged in parts.
    static let maximumLineLength = 1 << 30

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    /// The number of the line ``nextLine(name:)`` returned last, counting from 1.
    private(set) var lineNumber = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its `\n`, or `nil` at the end of the input.
    ///
    /// - Throws: `PipelineError` naming `name` and the line: unreadable input, a NUL byte,
    ///   a line too long.
    mutating func nextLine(name: String) throws -> [UInt8]? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                lineNumber += 1
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                scanned = start
                lineNumber += 1
                return line
            }
            if buffer.count - start > Self.maximumLineLength {
                throw PipelineError("\(name):\(lineNumber + 1): the line is longer than 1 GiB; split the input into smaller graphs")
            }
            try fill(name: name)
        }
    }

    /// Everything not read yet.
    mutating func rest(name: String) throws -> [UInt8] {
        while !atEnd { try fill(name: name) }
        let rest = Array(buffer[start...])
        start = buffer.count
        scanned = start
        return rest
    }

    private mutating func fill(name: String) throws {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let old = buffer.count
        do throws(SystemError) {
            if try System.readSome(descriptor, appendingTo: &buffer, atMost: 1 << 20) == 0 { atEnd = true }
        } catch {
            throw PipelineError("\(name): cannot be read (\(StandardStreams.inputReason(error)))")
        }
        if let nul = buffer[old...].firstIndex(of: 0) {
            let line = lineNumber + 1 + buffer[start..<nul].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            throw PipelineError("\(name):\(line): not text (a NUL byte)")
        }
    }
}
