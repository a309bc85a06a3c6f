import DiploRendering
import Foundation

/// Reading a style file (`--style`): JSON that overrides colours, shapes and fonts per kind.
public enum StyleFile {
    /// The largest style file read: a style is a few hundred bytes.
    public static let sizeLimit = 16 << 20

    /// The style in the file at `path`. It is read with a read loop, so that `<(…)` and
    /// `/dev/stdin` work and a directory or a missing file gets the system's own words.
    ///
    /// - Throws: ``PipelineError`` naming the file (and the key at fault) when it cannot be
    ///   read or is not a style.
    public static func load(_ path: String) throws -> Style {
        let bytes: [UInt8]
        do throws(SystemError) {
            bytes = try System.readFile(path, limit: sizeLimit)
        } catch {
            throw PipelineError.badStyle(path, System.readProblem(error, limit: sizeLimit))
        }
        do {
            return try Style.load(json: Data(bytes), file: path)
        } catch let error as StyleFileError {
            // Names the file and the key at fault already.
            throw PipelineError("style file \(error.description)")
        } catch {
            throw PipelineError.badStyle(path, String(describing: error))
        }
    }
}
