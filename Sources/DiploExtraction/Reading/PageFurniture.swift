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
        // The number of words (runs of bytes other than spaces), counted only as far as 15.
        var words = 0
        var inWord = false
        for byte in bytes {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 14 { return false }
            }
        }
        // ASCII text (nearly all): lower-cased byte by byte, and a plain byte search finds
        // exactly what Foundation's would. Other text keeps Foundation's comparison (canonical
        // equivalence).
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let lowerBytes = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if soleWordBytes.contains(lowerBytes) { return true }
            return containsMarker(lowerBytes)
        }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        if soleWords.contains(lower) { return true }
        return markers.contains { lower.contains($0) }
    }

    private static let markerBytes: [[UInt8]] = markers.map { Array($0.utf8) }

    /// Paragraphs that are furniture when they are just this word.
    private static let soleWords: [String] = ["share", "comments", "home", "menu", "register", "search"]

    private static let soleWordBytes: [[UInt8]] = soleWords.map { Array($0.utf8) }

    /// The markers by their first byte.
    private static let markersByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for marker in markerBytes { if let first = marker.first { table[Int(first)].append(marker) } }
        return table
    }()

    /// Whether lower-cased ASCII `haystack` contains a marker: at each position only the markers
    /// that start with the byte there are compared.
    private static func containsMarker(_ haystack: [UInt8]) -> Bool {
        for start in haystack.indices {
            for marker in markersByFirstByte[Int(haystack[start])] where marker.count <= haystack.count - start {
                var j = 1
                while j < marker.count && haystack[start + j] == marker[j] { j += 1 }
                if j == marker.count { return true }
            }
        }
        return false
    }
}
