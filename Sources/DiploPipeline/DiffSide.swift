import DiploGraph
import DiploRendering
import Foundation

/// The short name of one side of `diff`, for the default title "OLD → NEW: …".
public enum DiffSide {
    /// What the side named `path` holds, in a few words: the window of days it was cut to
    /// ("1 – 31 Jan 2024"), else a graph JSON file's or a directory's name ("last-week"), else
    /// (a document, or standard input) its documents' title (``DefaultTitle/documents(of:)``:
    /// the headline).
    public static func name(of path: String, window: DateWindow?, graph: Graph) -> String {
        if let window {
            return DefaultTitle.span(from: window.since, to: window.until)
        }
        if path != DocumentSource.standardInputName {
            let isDirectory = (try? System.status(path)).map { FileKind(mode: $0.st_mode) == .directory } == true
            let last = (path as NSString).lastPathComponent
            if GraphSource.isGraphJSON(path) { return (last as NSString).deletingPathExtension }
            if isDirectory { return last }
        }
        return DefaultTitle.documents(of: graph)
    }
}
