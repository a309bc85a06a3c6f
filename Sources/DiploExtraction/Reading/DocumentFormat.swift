/// The markup a document is written in, which decides how it is cleaned.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Plain text: lines and blank-line separated paragraphs.
    case plainText = "text"
    /// Markdown: headings, emphasis, links and lists are reduced to their text.
    case markdown
    /// HTML: tags dropped, scripts and styles skipped, entities decoded.
    case html

    /// The format a file extension names (`.txt`, `.md`, `.html` …), or `nil` for others.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }

    /// The format the content looks like, for input without a file name (standard input).
    public static func sniff(_ text: Substring) -> DocumentFormat {
        let head = text.prefix(2048).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
            || head.contains("<p>") || head.contains("<div") {
            return .html
        }
        return .plainText
    }
}
