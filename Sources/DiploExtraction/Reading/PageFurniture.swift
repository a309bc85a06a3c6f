/// Recognises paragraphs that belong to the page rather than the news: comment forms, share and
/// subscribe prompts, navigation, cookie and copyright lines.
///
/// Only short paragraphs are judged (a long paragraph that happens to say "subscribe" is news).
enum PageFurniture {
    /// Phrases that mark a short paragraph as furniture, lower-case.
    static let markers: [String] = [
        "leave a comment", "leave a reply", "post a comment", "add a comment", "comments are closed",
        "your email address will not be published", "required fields are marked",
        "scroll to top", "back to top", "skip to content", "skip to main content",
        "share this", "share on facebook", "share on twitter", "share on x", "share via",
        "subscribe to", "subscribe now", "sign up for", "newsletter", "follow us",
        "click here", "read more", "related articles", "related stories", "more stories",
        "advertisement", "sponsored content", "cookie", "privacy policy", "terms of use",
        "all rights reserved", "copyright ©", "© ", "posted in", "filed under", "tags:",
        "print this", "email this", "previous article", "next article", "you may also like",
        "log in to", "sign in to", "search for:",
    ]

    /// Whether a folded paragraph is page furniture.
    static func isFurniture(_ bytes: [UInt8]) -> Bool {
        let words = bytes.split(separator: 0x20).count
        guard words <= 14 else { return false }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        if ["share", "comments", "home", "menu", "register", "search"].contains(lower) { return true }
        return markers.contains { lower.contains($0) }
    }
}
