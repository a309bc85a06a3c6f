import DiploExtraction
import Foundation

/// Refusing to write the output over one of the inputs.
public enum InputGuard {
    /// Throws when `output` is the same file as one of `inputs` (a file, or a document inside
    /// a directory given as input), compared by device and inode so that `./a.txt`, `a.txt`
    /// and a symbolic link to it are all recognised. An output that does not exist yet cannot
    /// be an input, and neither can a device or a pipe (reading and writing one terminal is
    /// fine).
    ///
    /// - Throws: ``PipelineError`` naming the file; nothing has been read or written yet.
    public static func refuseOverwriting(_ inputs: [String], with output: String?) throws {
        guard let output, let target = identity(of: output) else { return }
        for input in inputs where input != DocumentSource.standardInputName {
            guard let info = try? System.status(input) else { continue }
            let isDirectory = FileKind(mode: info.st_mode) == .directory
            let files = isDirectory ? ((try? DocumentReader.listDocuments(in: input).paths) ?? []) : [input]
            for file in files where identity(of: file) == target {
                throw PipelineError(
                    "\(output): the output file is also an input (\(file)); refusing to overwrite it, choose another output")
            }
        }
    }

    /// The device and inode of the regular file at `path` (following links), or `nil` when
    /// there is none.
    private static func identity(of path: String) -> [UInt64]? {
        guard let info = try? System.status(path), FileKind(mode: info.st_mode) == .regular else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
