import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Making and inspecting the kinds of file an output path can name: devices, FIFOs, links.
/// Every node is made inside a test's own temporary directory; the real `/dev` is never touched.
enum FileNode {
    /// The kind of file at `path`, not following a link: `regular`, `directory`, `link`,
    /// `character device`, `fifo`, `socket`, `block device`, or `missing`.
    static func kind(_ path: URL) -> String {
        var info = stat()
        guard lstat(path.path, &info) == 0 else { return "missing" }
        switch info.st_mode & 0o170000 {
        case 0o100000: return "regular"
        case 0o040000: return "directory"
        case 0o120000: return "link"
        case 0o020000: return "character device"
        case 0o010000: return "fifo"
        case 0o140000: return "socket"
        case 0o060000: return "block device"
        default: return "unknown"
        }
    }

    /// The permission bits, owner and group of the file at `path` (following links).
    static func ownership(_ path: URL) -> (mode: UInt32, user: UInt32, group: UInt32)? {
        var info = stat()
        guard stat(path.path, &info) == 0 else { return nil }
        return (UInt32(info.st_mode & 0o7777), info.st_uid, info.st_gid)
    }

    /// Makes a character device at `path` like the one at `/dev/null` (minor 3) or `/dev/full`
    /// (minor 7), readable and writable by everyone. Needs root.
    static func makeMemoryDevice(_ path: URL, minor: UInt32) throws {
        let device = dev_t((1 << 8) | minor)  // major 1, the memory devices
        guard mknod(path.path, 0o020000 | 0o666, device) == 0, chmod(path.path, 0o666) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
    }

    /// Makes a FIFO at `path` that everyone may read and write.
    static func makeFIFO(_ path: URL) throws {
        guard mkfifo(path.path, 0o666) == 0, chmod(path.path, 0o666) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
    }

    /// Makes a Unix socket at `path`, bound and so present in the file system, that everyone
    /// may write; returns its descriptor, for the caller to close.
    static func makeSocket(_ path: URL) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.path.utf8)
        guard descriptor >= 0, bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw POSIXError(.ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0, chmod(path.path, 0o666) == 0 else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
        return descriptor
    }

    /// Sets the permission bits of `path`.
    static func setMode(_ path: URL, _ mode: UInt32) throws {
        guard chmod(path.path, mode_t(mode)) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
    }
}

/// Reads everything written into a FIFO, on a thread of its own, while a run writes it.
final class FIFOReader: @unchecked Sendable {
    /// A hard link to the FIFO, to reach it even if a run replaces the path with a file.
    private let handle: URL
    private let done = DispatchSemaphore(value: 0)
    private var received = Data()

    /// Starts reading the FIFO at `path`; the thread waits in `open` until a writer comes.
    /// `spare` is a path in another directory for a hard link to the FIFO.
    init(_ path: URL, spare: URL) throws {
        handle = spare
        guard link(path.path, spare.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM) }
        Thread.detachNewThread { [self] in
            let descriptor = open(handle.path, O_RDONLY)
            if descriptor >= 0 {
                var buffer = [UInt8](repeating: 0, count: 65536)
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    if count <= 0 { break }
                    received.append(contentsOf: buffer[..<count])
                }
                close(descriptor)
            }
            done.signal()
        }
    }

    /// Everything read, once the writer has closed the FIFO. If the run never opened it (the
    /// old behaviour renamed a file over it), a writer that writes nothing releases the reader,
    /// so the test ends and sees that nothing came.
    func finish() -> Data {
        // Until the reader is done: open and close a writer, which ends a reader still waiting
        // in `open` (a reader already reading gets the rest of the data, then the end).
        while done.wait(timeout: .now() + 0.05) == .timedOut {
            let descriptor = open(handle.path, O_WRONLY | O_NONBLOCK)
            if descriptor >= 0 { close(descriptor) }
        }
        return received
    }
}
