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
    static func writeToStandardOutput(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
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
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw CommandLineError.cannotWrite(path, "no such directory: \(directory.path)")
        }
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
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
