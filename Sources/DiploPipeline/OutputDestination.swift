import Foundation

/// What an `--output` path names, and so how it is written.
///
/// - A regular file, or a path that does not exist yet: ``replace(_:)``, a temporary file beside
///   it renamed over it at the end.
/// - A symbolic link: resolved, every level, and its final target written as above; the link
///   stays a link. A link to a path that does not exist yet creates that path, as a shell's `>`
///   does.
/// - A character device, FIFO or socket (`/dev/null`, a named pipe): ``stream(_:)``, opened and
///   written straight through, never renamed onto. (Linux cannot open a socket by its path;
///   that fails with one error line.)
/// - One of this process's own descriptors (`/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`):
///   ``descriptor(_:)``, written through a copy of the descriptor, exactly like standard output.
///   A descriptor link of another process is a ``stream(_:)``.
/// - A directory: an error. A block device (a disk): an error, rather than a graph written
///   over a file system.
enum OutputDestination: Equatable {
    /// A regular file, or a path to create: written to a temporary file in the same directory,
    /// then renamed to this path.
    case replace(String)
    /// A device, FIFO or socket: opened and written straight through.
    case stream(String)
    /// A descriptor of this process: written through a copy of it.
    case descriptor(Int32)

    /// The most symbolic links followed, as Linux's `MAXSYMLINKS`.
    static let maximumLinks = 40

    /// What `path` names.
    ///
    /// - Throws: `PipelineError.cannotWrite` for a directory, a block device, a loop of
    ///   links, or a path whose status cannot be read.
    static func resolve(_ path: String) throws -> OutputDestination {
        if path.hasSuffix("/") {
            throw PipelineError.cannotWrite(path, "the path ends with '/', so it names a directory")
        }
        var current = path
        var links = 0
        while true {
            let info: stat
            do throws(SystemError) {
                info = try System.linkStatus(current)
            } catch where error.errno == ENOENT {
                return .replace(current)
            } catch where error.errno == ENOTDIR {
                throw PipelineError.cannotWrite(path, "\(parent(of: current)) is not a directory")
            } catch {
                throw PipelineError.cannotWrite(path, error.reason)
            }
            switch FileKind(mode: info.st_mode) {
            case .regular:
                return .replace(current)
            case .directory:
                throw PipelineError.cannotWrite(path, "it is a directory")
            case .blockDevice:
                throw PipelineError.cannotWrite(path, "it is a block device; refusing to write a graph onto a disk")
            case .characterDevice, .fifo, .socket, .unknown:
                return .stream(current)
            case .symbolicLink:
                if let destination = descriptorLink(current) { return destination }
                links += 1
                guard links <= maximumLinks else {
                    throw PipelineError.cannotWrite(path, "too many levels of symbolic links")
                }
                let target: String
                do throws(SystemError) {
                    target = try System.linkDestination(current)
                } catch {
                    throw PipelineError.cannotWrite(path, error.reason)
                }
                current = target.hasPrefix("/") ? target : parent(of: current) + "/" + target
            }
        }
    }

    /// The destination of `link` when it is a descriptor link under `/proc` (`/proc/<pid>/fd/N`,
    /// reached also as `/dev/fd/N` or `/proc/self/fd/N`). Such a link's text is not a path to
    /// follow (`pipe:[1234]`, `socket:[99]`), so it is never resolved by hand: this process's
    /// own descriptor is written through a copy, another process's is opened by its link.
    private static func descriptorLink(_ link: String) -> OutputDestination? {
        guard let directory = try? System.canonicalPath(parent(of: link)), directory.hasPrefix("/proc/") else {
            return nil
        }
        if directory == "/proc/\(System.processID)/fd", let number = Int32(lastComponent(of: link)) {
            return .descriptor(StandardStreams.current.standing(for: number))
        }
        return .stream(link)
    }

    /// The directory part of `path`: `.` for a bare name, `/` for a name at the root.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
