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

    /// The bytes of the file at `path`: a regular file, or anything else that reads to an end
    /// (a pipe such as `<(cat a.txt)` or `/dev/stdin`, a terminal, a device), read in chunks.
    ///
    /// Binary content is refused as soon as its first 8 KiB show it, so that `/dev/zero` is
    /// refused at once rather than read into memory; so is content past 4 GiB.
    ///
    /// - Throws: `DocumentError` when the file is missing, a directory, unreadable (with the
    ///   system's reason, such as `permission denied`), binary or too large.
    public static func contents(ofFile path: String) throws -> Data {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw DocumentError(path: path, reason: FileSystemError.reason(for: error))
        }
        defer { try? handle.close() }
        var data = Data()
        // A regular file says how big it is: take the room once.
        if let start = try? handle.offset(), let end = try? handle.seekToEnd(), end > start {
            data.reserveCapacity(Int(min(end - start, UInt64(maximumSize))))
            try? handle.seek(toOffset: start)
        }
        var checked = false
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw DocumentError(path: path, reason: FileSystemError.reason(for: error))
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if !checked && data.count >= binaryCheckLength {
                checked = true
                if startsBinary(data) { throw DocumentError(path: path, reason: .notText) }
            }
            if data.count > maximumSize {
                throw DocumentError(path: path, reason: .unreadable("larger than 4 GiB"))
            }
        }
    }

    /// The most bytes a document may have: offsets are kept as 32-bit numbers (see `TracedText`).
    static let maximumSize = Int(UInt32.max) - 1

    /// How many bytes ``startsBinary(_:)`` looks at: 8 KiB after a UTF-8 byte-order mark.
    private static let binaryCheckLength = 8192 + 3

    /// Whether the start of `data` already shows binary content, by the rule
    /// `TextDecoding.decode` applies to the whole (UTF-16 needs its byte-order mark, so text
    /// with one is never binary here).
    private static func startsBinary(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(binaryCheckLength))
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return false }
        return TextDecoding.looksBinary(head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...])
    }

    /// Reads a document from raw bytes.
    ///
    /// The document's ``Document/date`` is the date it states: for HTML in a `<meta>` tag,
    /// a `<time datetime>` or JSON-LD `datePublished`; for Markdown in front matter; for any
    /// format in a dateline near the top (`LONDON, 3 December 2019 (AFP) —`). The calendar date
    /// is taken as written, without time zone conversion; see `DocumentDating`.
    ///
    /// Its ``Document/title`` is the headline it gives: for HTML its `og:title`, else its
    /// `<title>` without the site's name, else its first `<h1>`; for Markdown and plain text
    /// the front matter's `title:`, else (Markdown) its first `# ` heading, else its first line
    /// when that reads as a headline (short, not a sentence, dateline or byline); see
    /// `DocumentHeadline`.
    ///
    /// - Parameters:
    ///   - data: the bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.
    ///   - name: the name to use in evidence.
    ///   - format: the markup; `nil` sniffs it from the content.
    /// - Throws: `DocumentError` when the bytes are binary or hold no text.
    public static func read(data: Data, name: String, format: DocumentFormat? = nil) throws -> Document {
        // Offsets into the original are kept as 32-bit numbers (see `TracedText`).
        guard data.count <= maximumSize else {
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
        let date = DocumentDating.date(original: original, format: chosen, text: cleaned.text)
        let title = DocumentHeadline.find(original: original, format: chosen)
        return Document(name: name, original: original, leadingBytes: decoded.leadingBytes, format: chosen,
                        text: cleaned.text, date: date, title: title, offsets: cleaned.offsets,
                        replacedInvalidUTF8: decoded.replacedInvalidUTF8)
    }

    /// The document files in `directory` and its subdirectories, sorted by path (see
    /// ``listDocuments(in:)``).
    ///
    /// - Throws: `DocumentError` when the directory is missing or unreadable, or holds no
    ///   documents.
    public static func documentPaths(in directory: String) throws -> [String] {
        let listing = try listDocuments(in: directory)
        guard !listing.paths.isEmpty else { throw DocumentError(path: directory, reason: .noDocuments) }
        return listing.paths
    }

    /// The document files in `directory` and its subdirectories, sorted by path, and what was
    /// left out on the way.
    ///
    /// A document is a file whose name has one of ``documentExtensions``. Hidden files and
    /// directories (a name starting with `.`) are passed over silently, and so are files with
    /// other names. A symbolic link to a document is followed: the document is listed under the
    /// link's path. Left out, each with its reason in ``DocumentListing/skipped``: a dangling
    /// link with a document's name, a document name on something that is not a regular file (a
    /// FIFO would block the run), a subdirectory that cannot be read, and a symbolic link to a
    /// directory. Such links are not followed, as `find` does not by default: a link can lead
    /// out of the tree or back into it (a loop), and the tree named is what is read; name the
    /// linked directory to read it too.
    ///
    /// - Throws: `DocumentError` when `directory` is missing or cannot be read
    ///   (`permission denied`).
    public static func listDocuments(in directory: String) throws -> DocumentListing {
        do {
            _ = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw DocumentError(path: directory, reason: FileSystemError.reason(for: error))
        }
        let root = URL(fileURLWithPath: directory)
        let shown: (URL) -> String = { url in
            let relative = url.path.dropFirst(root.path.count + 1)
            return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
        }
        var listing = DocumentListing(paths: [], skipped: [])
        let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey]
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles],
            errorHandler: { url, error in
                listing.skipped.append(SkippedEntry(path: shown(url), reason: "cannot be read (\(FileSystemError.words(for: error)))"))
                return true
            })
        while let url = enumerator?.nextObject() as? URL {
            // The entry's own type (a link is not followed), from the same `lstat` that
            // `resourceValues(forKeys:)` reads, without the URL and key dictionaries around it
            // (about 200,000 instructions an entry against 40,000);
            // `nil` when the entry cannot be examined.
            let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType
            let isDocument = documentExtensions.contains(url.pathExtension.lowercased())
            if type == .typeSymbolicLink {
                if let reason = skipReason(forLink: url, isDocument: isDocument) {
                    listing.skipped.append(SkippedEntry(path: shown(url), reason: reason))
                } else if isDocument {
                    listing.paths.append(shown(url))
                }
            } else if isDocument && type == .typeRegular {
                listing.paths.append(shown(url))
            } else if isDocument && type != .typeDirectory {
                listing.skipped.append(SkippedEntry(path: shown(url), reason: "not a regular file"))
            }
        }
        listing.paths.sort()
        listing.skipped.sort { $0.path < $1.path }
        return listing
    }

    /// Why the symbolic link `link` is left out, or `nil` when it leads to a regular file (or
    /// is not a document and not a directory, which is passed over silently).
    private static func skipReason(forLink link: URL, isDocument: Bool) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: link.path, isDirectory: &isDirectory) else {
            return isDocument ? "a dangling symbolic link" : nil
        }
        if isDirectory.boolValue {
            return "a symbolic link to a directory, not followed (name that directory to read it)"
        }
        guard isDocument else { return nil }
        let type = (try? FileManager.default.attributesOfItem(atPath: link.resolvingSymlinksInPath().path))?[.type]
        return type as? FileAttributeType == .typeRegular ? nil : "a symbolic link to something that is not a regular file"
    }
}

/// What ``DocumentReader/listDocuments(in:)`` found in a directory.
public struct DocumentListing: Equatable, Sendable {
    /// The documents, sorted by path.
    public var paths: [String]
    /// What was left out, sorted by path.
    public var skipped: [SkippedEntry]
}

/// An entry of a directory left out of its documents, and why.
public struct SkippedEntry: Equatable, Sendable, CustomStringConvertible {
    /// The entry's path, spelled from the directory as given.
    public var path: String
    /// Why it was left out, such as `a dangling symbolic link`.
    public var reason: String

    /// An entry at `path` left out for `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): skipped: \(reason)" }
}
