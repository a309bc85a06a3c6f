import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parsing XML in tests safely.
public enum XML {
    /// Thrown for data that cannot be an XML document at all.
    public struct NotXML: Error, CustomStringConvertible {
        /// What was wrong with the data.
        public var description: String
    }

    private static let lock = NSLock()

    /// Parses `data` as an XML document and hands it to `body`.
    ///
    /// Empty data is rejected up front (swift-corelibs-foundation's `XMLDocument` crashes on it),
    /// and parsing and `body` are serialised, because tests run in parallel and libxml2's global
    /// state is not something to rely on from many threads.
    ///
    /// - Parameters:
    ///   - data: The document's bytes.
    ///   - body: What to read from the parsed document.
    /// - Returns: What `body` returns.
    /// - Throws: `NotXML` for empty data, the parser's error, or what `body` throws.
    public static func read<T>(_ data: Data, _ body: (XMLDocument) throws -> T) throws -> T {
        guard data.contains(where: { !Character(UnicodeScalar($0)).isWhitespace }) else {
            throw NotXML(description: "empty document (\(data.count) bytes), not XML")
        }
        lock.lock()
        defer { lock.unlock() }
        let document = try XMLDocument(data: data, options: [])
        return try body(document)
    }
}
