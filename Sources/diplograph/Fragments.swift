import DiploGraph
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Graph fragments: one graph as one line of compact JSON, the unit `extract --jsonl` maps
/// documents to and `merge` reduces.
///
/// A fragment is the graph JSON contract written without indentation: keys sorted, no line
/// breaks (those inside strings are escaped as `\n`), one final newline. The same graph always
/// gives the same bytes.
enum GraphFragment {
    /// `graph` as one line of compact, deterministic JSON, with its final newline.
    static func line(for graph: Graph) throws -> [UInt8] {
        var bytes = graph.compactJSON()
        bytes.append(0x0A)
        return bytes
    }
}

/// Reads graph fragments and graph JSON files into one merged graph, streaming, so that memory
/// grows with the graph and not with the number of fragments.
struct FragmentMerger {
    private var accumulator: GraphAccumulator
    /// How many graphs (fragments or files) were added.
    private(set) var graphCount = 0

    /// A merger that keeps at most `evidenceLimit` evidence records per node and edge (`nil`: all).
    init(evidenceLimit: Int?) {
        accumulator = GraphAccumulator(evidenceLimit: evidenceLimit)
    }

    /// The merged graph of everything added.
    func graph() -> Graph { accumulator.graph() }

    /// Adds the graphs of `path`: a JSONL file of fragments (one graph per line, blank lines
    /// ignored), a graph JSON file (pretty-printed or not), a directory (every regular file in
    /// it not starting with `.`, sorted), or `-` for standard input.
    ///
    /// - Throws: `CommandLineError` naming the file, and the line for JSONL, at fault.
    mutating func add(path: String) throws {
        if path == DocumentSource.standardInputName {
            var reader = LineReader(descriptor: STDIN_FILENO)
            try add(from: &reader, name: path)
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandLineError("\(path): no such file or directory")
        }
        if isDirectory.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted()
            var files: [String] = []
            for name in names {
                let file = (path as NSString).appendingPathComponent(name)
                var nested: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &nested), !nested.boolValue {
                    files.append(file)
                }
            }
            guard !files.isEmpty else { throw CommandLineError("\(path): no fragment or graph files in this directory") }
            for file in files { try add(path: file) }
            return
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CommandLineError("\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor)
        try add(from: &reader, name: path)
    }

    /// Adds the graphs read from `reader`. The first non-blank line decides the layout: a line
    /// that is a whole JSON value starts a JSONL file (every non-blank line one graph), anything
    /// else is one graph JSON document.
    private mutating func add(from reader: inout LineReader, name: String) throws {
        var number = 0
        var first: [UInt8]?
        while let line = try reader.nextLine(name: name) {
            number += 1
            let trimmed = Self.trimmed(line)
            if !trimmed.isEmpty { first = Array(trimmed); break }
        }
        guard let first else { return }  // Nothing in it: adds nothing (the merge's identity).
        if (try? JSONSerialization.jsonObject(with: Data(first))) != nil {
            try addGraph(first, name: "\(name):\(number)")
            while let line = try reader.nextLine(name: name) {
                number += 1
                let trimmed = Self.trimmed(line)
                if trimmed.isEmpty { continue }
                try addGraph(Array(trimmed), name: "\(name):\(number)")
            }
        } else {
            var whole = first
            whole.append(0x0A)
            whole += try reader.rest(name: name)
            try addGraph(whole, name: name)
        }
    }

    private mutating func addGraph(_ bytes: [UInt8], name: String) throws {
        do {
            accumulator.add(try Graph.fromJSON(Data(bytes)))
            graphCount += 1
        } catch let error as GraphContractError {
            throw CommandLineError.badGraph(name, error.description)
        } catch {
            throw CommandLineError.badGraph(name, String(describing: error))
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
struct LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line without its `\n`, or `nil` at the end of the input.
    mutating func nextLine(name: String) throws -> [UInt8]? {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                scanned = start
                return line
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
        let chunk = 1 << 20
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let count = buffer.withUnsafeMutableBytes { raw -> Int in
            while true {
                let n = read(descriptor, raw.baseAddress! + old, chunk)
                if n < 0 && errno == EINTR { continue }
                return n
            }
        }
        if count < 0 {
            buffer.removeLast(chunk)
            throw CommandLineError("\(name): cannot be read (\(String(cString: strerror(errno))))")
        }
        buffer.removeLast(chunk - count)
        if count == 0 { atEnd = true }
    }
}
