import Foundation

/// Foundation's file errors in the system's own words, for a document error a user can act on
/// ("permission denied", "it is a directory") instead of "The operation could not be completed".
enum FileSystemError {
    /// The reason of a `DocumentError` for `error`, thrown while opening, listing or reading.
    static func reason(for error: any Error) -> DocumentError.Reason {
        posixCode(of: error) == ENOENT || (error as NSError).code == NSFileReadNoSuchFileError
            ? .notFound : .unreadable(words(for: error))
    }

    /// What went wrong, in a few lower-case words.
    static func words(for error: any Error) -> String {
        switch posixCode(of: error) {
        case EACCES?, EPERM?: return "permission denied"
        case EISDIR?: return "it is a directory"
        case let code?:
            let text = String(cString: strerror(code))
            return text.prefix(1).lowercased() + text.dropFirst()
        case nil:
            let error = error as NSError
            if error.domain == NSCocoaErrorDomain && error.code == NSFileReadNoPermissionError { return "permission denied" }
            return error.localizedDescription
        }
    }

    /// The `errno` behind `error`: its own code for a POSIX error, or that of the POSIX error
    /// Foundation wraps in `NSUnderlyingErrorKey`.
    private static func posixCode(of error: any Error) -> Int32? {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }
}
