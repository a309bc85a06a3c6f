import DiploExtraction
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the result: to standard output, or to a file replaced atomically so that a failed
/// run never leaves a partial file behind.
enum OutputWriter {
    /// Writes `bytes` to standard output.
    ///
    /// - Throws: See `StandardStreams.writeOutput(_:)`.
    static func writeToStandardOutput(_ bytes: [UInt8]) throws {
        try StandardStreams.writeOutput(bytes)
    }

    /// Writes `bytes` to `path` atomically: first to a temporary file in the same directory
    /// (so the rename cannot cross file systems), then renamed over `path`. On any failure the
    /// temporary file is removed and `path` is left as it was.
    ///
    /// - Throws: `CommandLineError.cannotWrite` naming the path and the reason.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandLineError.cannotWrite(path, "it is a directory")
        }
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw CommandLineError.cannotWrite(path, "no such directory: \(directory.path)")
        }
        guard isDirectory.boolValue else {
            throw CommandLineError.cannotWrite(path, "\(directory.path) is a file, not a directory")
        }
        removeStaleTemporaries(of: url.lastPathComponent, in: directory)
        let temporary = directory.appendingPathComponent(temporaryName(for: url.lastPathComponent, pid: getpid()))
        do {
            try Data(bytes).write(to: temporary, options: [.withoutOverwriting])
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandLineError.cannotWrite(path, reason(error))
        }
        if rename(temporary.path, url.path) != 0 {
            let why = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandLineError.cannotWrite(path, why)
        }
    }

    /// The name of the temporary file a run with process id `pid` writes before renaming it to
    /// `name`: `.<name>.<pid>.<8 hex digits>.diplograph-tmp`, hidden and clearly temporary.
    static func temporaryName(for name: String, pid: Int32) -> String {
        ".\(name).\(pid).\(UUID().uuidString.prefix(8)).\(temporarySuffix)"
    }

    /// The suffix of every temporary output file.
    static let temporarySuffix = "diplograph-tmp"

    /// Removes temporary files for `name` in `directory` left by runs that were killed before
    /// they could rename or remove them (`kill -9`, a power cut): those whose process id names
    /// no running process. Files of running processes are left alone.
    static func removeStaleTemporaries(of name: String, in directory: URL) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix("." + temporarySuffix) {
            let middle = entry.dropFirst(prefix.count).dropLast(temporarySuffix.count + 1)
            let parts = middle.split(separator: ".")
            guard parts.count == 2, parts[1].count == 8, let pid = Int32(parts[0]), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(entry))
            }
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteNoPermissionError {
            return "permission denied"
        }
        return nsError.localizedDescription
    }
}

/// Refusing to write the output over one of the inputs.
enum InputGuard {
    /// Throws when `output` is the same file as one of `inputs` (a file, or a document inside
    /// a directory given as input), compared by device and inode so that `./a.txt`, `a.txt`
    /// and a symbolic link to it are all recognised. An output that does not exist yet cannot
    /// be an input.
    ///
    /// - Throws: `CommandLineError` naming the file; nothing has been read or written yet.
    static func refuseOverwriting(_ inputs: [String], with output: String?) throws {
        guard let output, let target = identity(of: output) else { return }
        for input in inputs where input != DocumentSource.standardInputName {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? ((try? DocumentReader.documentPaths(in: input)) ?? []) : [input]
            for file in files where identity(of: file) == target {
                throw CommandLineError(
                    "\(output): the output file is also an input (\(file)); refusing to overwrite it, choose another output")
            }
        }
    }

    /// The device and inode of the file at `path` (following links), or `nil` when it does not exist.
    private static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
