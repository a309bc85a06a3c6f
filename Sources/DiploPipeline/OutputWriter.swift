import Foundation

/// Writes the result: to standard output, or to an `--output` path in the way its kind needs
/// (see ``OutputDestination``).
public enum OutputWriter {
    /// Writes `bytes` to standard output.
    ///
    /// - Throws: See `StandardStreams.writeOutput(_:)`.
    public static func writeToStandardOutput(_ bytes: [UInt8]) throws {
        try StandardStreams.writeOutput(bytes)
    }

    /// Writes `bytes` to `path`: a regular file is replaced only once everything is written and
    /// flushed, so that a failure (a full disk, a signal) leaves it as it was; a device or pipe
    /// is written straight through.
    ///
    /// - Throws: ``PipelineError`` naming the path and the reason; `StandardStreams.ReaderGone`
    ///   when the reader of a pipe has gone.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try OutputFile(path)
        do {
            try file.write(bytes)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Writes `bytes` to `path` (see ``write(_:to:)``), or to standard output when `path` is
    /// `nil`.
    public static func write(_ bytes: [UInt8], toOutput path: String?) throws {
        if let path {
            try write(bytes, to: path)
        } else {
            try writeToStandardOutput(bytes)
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
    static func removeStaleTemporaries(of name: String, in directory: String) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix("." + temporarySuffix) {
            let middle = entry.dropFirst(prefix.count).dropLast(temporarySuffix.count + 1)
            let parts = middle.split(separator: ".")
            guard parts.count == 2, parts[1].count == 8, let pid = Int32(parts[0]), pid > 0 else { continue }
            if System.processIsGone(pid) {
                try? System.removeFile(directory + "/" + entry)
            }
        }
    }
}

/// An output being written: opened by `init(_:)`, filled by ``write(_:)``, ended by ``commit()``,
/// or by ``discard()`` on failure.
///
/// For a regular file (``OutputDestination/replace(_:)``) the bytes go to a temporary file in the
/// target's directory, registered with ``InterruptCleanup`` so that `SIGINT` or `SIGTERM` removes
/// it. The temporary file takes the target's permission bits, and its owner and group where
/// this user may give them (root may; a user may keep a group of their own). If the group
/// cannot be kept, the group's permission bits are dropped rather than handed to another group.
/// ``commit()`` flushes it to the disk, renames it over the target and flushes the directory.
final class OutputFile {
    /// The path as the user gave it, for messages.
    let path: String
    private var descriptor: Int32
    /// For a replaced file: the temporary file and the file it becomes.
    private let replacement: (temporary: String, target: String)?
    /// Whether the descriptor is still open.
    private var open = true
    /// Whether the output was committed or discarded.
    private var finished = false

    /// Opens `path` for writing.
    ///
    /// - Throws: `PipelineError.cannotWrite` for a path that cannot be written.
    init(_ path: String) throws {
        self.path = path
        switch try OutputDestination.resolve(path) {
        case .replace(let target):
            let temporary = try Self.createTemporary(for: target, named: path)
            descriptor = temporary.descriptor
            replacement = (temporary.path, target)
        case .stream(let device):
            do throws(SystemError) {
                descriptor = try System.openFile(device, O_WRONLY | O_NOCTTY | O_TRUNC)
            } catch {
                let why = error.errno == ENXIO ? "it is a socket or a device with nothing behind it" : error.reason
                throw PipelineError.cannotWrite(path, why)
            }
            replacement = nil
        case .descriptor(let number):
            do throws(SystemError) {
                descriptor = try System.duplicate(number)
            } catch {
                throw PipelineError.cannotWrite(path, "descriptor \(number) is not open")
            }
            replacement = nil
        }
    }

    deinit {
        discard()
    }

    /// Writes `bytes` after what was written before.
    ///
    /// - Throws: `PipelineError.cannotWrite` with the reason (`no space left on device`);
    ///   `StandardStreams.ReaderGone` when the reader of a pipe has gone.
    func write(_ bytes: [UInt8]) throws {
        do throws(SystemError) {
            try System.writeAll(descriptor, bytes)
        } catch {
            if replacement == nil && error.errno == EPIPE {
                throw StandardStreams.failure(writing: error, to: path)
            }
            throw PipelineError.cannotWrite(path, error.reason)
        }
    }

    /// Ends the output: a replaced file is flushed and renamed over its target, a device or
    /// pipe is closed.
    ///
    /// - Throws: `PipelineError.cannotWrite`; the temporary file is then removed.
    func commit() throws {
        guard !finished else { return }
        guard let replacement else {
            finished = true
            open = false
            do throws(SystemError) {
                try System.closeDescriptor(descriptor)
            } catch {
                throw PipelineError.cannotWrite(path, error.reason)
            }
            return
        }
        do throws(SystemError) {
            try System.synchronize(descriptor)
            open = false
            try System.closeDescriptor(descriptor)
            try System.renameFile(replacement.temporary, to: replacement.target)
        } catch {
            discard()
            throw PipelineError.cannotWrite(path, error.reason)
        }
        // Renamed: a signal now has nothing to remove.
        finished = true
        InterruptCleanup.disarm()
        Self.synchronizeDirectory(of: replacement.target)
    }

    /// Abandons the output: closes it and removes the temporary file; the target keeps its old
    /// content. Does nothing after ``commit()``.
    func discard() {
        guard !finished else { return }
        finished = true
        if open {
            open = false
            try? System.closeDescriptor(descriptor)
        }
        guard let replacement else { return }
        try? System.removeFile(replacement.temporary)
        InterruptCleanup.disarm()
    }

    /// Creates the temporary file for `target` in its directory, registered for removal on a
    /// signal, with the target's mode and owner when it exists.
    private static func createTemporary(for target: String, named path: String) throws -> (path: String, descriptor: Int32) {
        let directory = OutputDestination.parent(of: target)
        let name = OutputDestination.lastComponent(of: target)
        OutputWriter.removeStaleTemporaries(of: name, in: directory)
        let existing = try? System.status(target)
        let temporary = directory + "/" + OutputWriter.temporaryName(for: name, pid: System.processID)
        InterruptCleanup.arm(temporary)
        let descriptor: Int32
        do throws(SystemError) {
            descriptor = try System.openFile(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: 0o666)
        } catch {
            InterruptCleanup.disarm()
            switch error.errno {
            case ENOENT: throw PipelineError.cannotWrite(path, "no such directory: \(directory)")
            case ENOTDIR: throw PipelineError.cannotWrite(path, "\(directory) is not a directory")
            default: throw PipelineError.cannotWrite(path, error.reason)
            }
        }
        if let existing { keepOwnerAndMode(of: existing, on: descriptor) }
        return (temporary, descriptor)
    }

    /// Gives the file open as `descriptor` the owner, group and permission bits of `existing`,
    /// as far as this user may (see the type's summary).
    private static func keepOwnerAndMode(of existing: stat, on descriptor: Int32) {
        var mode = existing.st_mode & 0o777
        let me = System.effectiveIDs
        if existing.st_uid != me.user || existing.st_gid != me.group {
            if (try? System.changeOwner(descriptor, user: existing.st_uid, group: existing.st_gid)) == nil {
                try? System.changeOwner(descriptor, user: uid_t.max, group: existing.st_gid)
                if let now = try? System.status(of: descriptor), now.st_gid != existing.st_gid {
                    mode &= ~0o070
                }
            }
        }
        try? System.changeMode(descriptor, mode)
    }

    /// Flushes the directory holding `path`, so that the rename survives a power cut. Some
    /// file systems cannot; that is not an error.
    private static func synchronizeDirectory(of path: String) {
        guard let directory = try? System.openFile(OutputDestination.parent(of: path), O_RDONLY | O_DIRECTORY) else { return }
        try? System.synchronize(directory)
        try? System.closeDescriptor(directory)
    }
}
