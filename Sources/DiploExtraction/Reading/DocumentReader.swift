import Foundation

/// Reads documents from files, directories or bytes into `Document`s.
public enum DocumentReader {
    /// File extensions read from directories.
    public static let documentExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml"]

    /// Reads the file at `path`, taking its format from the extension (plain text when unknown).
    ///
    /// - Throws: `DocumentError` when the file is missing, unreadable, binary or empty.
    public static func read(path: String) throws -> Document {
        let ext = (path as NSString).pathExtension
        return try read(data: contents(ofFile: path), name: path, format: DocumentFormat(pathExtension: ext))
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: `DocumentError` when the file is missing, a directory or unreadable.
    public static func contents(ofFile path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError(path: path, reason: .notFound)
        }
        if isDirectory.boolValue {
            throw DocumentError(path: path, reason: .unreadable("it is a directory"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let why = FileManager.default.isReadableFile(atPath: path) ? "I/O error" : "permission denied"
            throw DocumentError(path: path, reason: .unreadable(why))
        }
        return data
    }

    /// Reads a document from raw bytes.
    ///
    /// - Parameters:
    ///   - data: the bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.
    ///   - name: the name to use in evidence.
    ///   - format: the markup; `nil` sniffs it from the content.
    /// - Throws: `DocumentError` when the bytes are binary or hold no text.
    public static func read(data: Data, name: String, format: DocumentFormat? = nil) throws -> Document {
        // Offsets into the original are kept as 32-bit numbers (see `TracedText`).
        guard data.count < Int(UInt32.max) else {
            throw DocumentError(path: name, reason: .unreadable("larger than 4 GiB"))
        }
        guard let decoded = TextDecoding.decode(data) else {
            throw DocumentError(path: name, reason: .notText)
        }
        let original = decoded.text
        let chosen = format ?? DocumentFormat.sniff(original[...])
        let cleaned = TextCleaner.clean(original, format: chosen)
        if cleaned.text.allSatisfy({ $0.isWhitespace }) {
            throw DocumentError(path: name, reason: .empty)
        }
        return Document(name: name, original: original, leadingBytes: decoded.leadingBytes, format: chosen,
                        text: cleaned.text, offsets: cleaned.offsets)
    }

    /// The document files in `directory` and its subdirectories, sorted by path.
    ///
    /// - Throws: `DocumentError` when the directory is missing or holds no documents.
    public static func documentPaths(in directory: String) throws -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw DocumentError(path: directory, reason: .notFound)
        }
        var paths: [String] = []
        for case let url as URL in enumerator where documentExtensions.contains(url.pathExtension.lowercased()) {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                paths.append(directory.hasSuffix("/")
                    ? directory + url.path.dropFirst(root.path.count + 1)
                    : directory + "/" + url.path.dropFirst(root.path.count + 1))
            }
        }
        guard !paths.isEmpty else { throw DocumentError(path: directory, reason: .noDocuments) }
        return paths.sorted()
    }
}
