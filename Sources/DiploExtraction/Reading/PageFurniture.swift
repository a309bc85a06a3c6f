/// Recognises paragraphs that belong to the page rather than the news: comment forms, share and
/// subscribe prompts, sign-up blocks, navigation, cookie and copyright lines.
///
/// Only short paragraphs are judged by a single phrase (a long paragraph that happens to say
/// "subscribe" is news). A sign-up block may run longer ("Sign up for our newsletters and alerts
/// and get the day's headlines in your inbox every morning …") and is known by two phrases
/// together, a call to sign up and what is signed up for, said to the reader ("your", "our",
/// "sign up for"): "states that subscribe to the treaty get early alerts" is news.
enum PageFurniture {
    /// Phrases that mark a short paragraph as furniture, lower-case.
    static let markers: [String] = [
        "leave a comment", "leave a reply", "post a comment", "add a comment", "comments are closed",
        "your email address will not be published", "required fields are marked",
        "scroll to top", "back to top", "skip to content", "skip to main content",
        "share this", "share on facebook", "share on twitter", "share on x", "share via",
        "subscribe to", "subscribe now", "sign up for", "email sign up", "newsletter", "follow us",
        "click here", "read more", "related articles", "related stories", "more stories",
        "advertisement", "sponsored content", "cookie", "privacy policy", "terms of use",
        "all rights reserved", "copyright ©", "© ", "posted in", "filed under", "tags:",
        "print this", "email this", "previous article", "next article", "you may also like",
        "log in to", "sign in to", "search for:",
    ]

    /// The most words a paragraph judged by a single marker has.
    static let shortParagraphWords = 14

    /// The most words a sign-up block has.
    static let signUpBlockWords = 45

    /// Calls to sign up, lower-case: half of what makes a sign-up block.
    static let signUpCalls: [String] = [
        "sign up", "sign-up", "signup", "subscribe", "get the latest", "delivered to your", "straight to your",
    ]

    /// What a reader signs up for, lower-case: the other half of a sign-up block.
    static let signUpChannels: [String] = ["newsletter", "inbox", "alerts", "email", "e-mail"]

    /// Words that speak to the reader, lower-case: a sign-up block has one.
    static let readerAddress: [String] = ["your", " our ", "you ", "sign up for", "sign up to"]

    /// Whether a folded paragraph is page furniture.
    static func isFurniture(_ bytes: [UInt8]) -> Bool {
        // The number of words (runs of bytes other than spaces), counted only as far as needed.
        var words = 0
        var inWord = false
        for byte in bytes {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > signUpBlockWords { return false }
            }
        }
        let isShort = words <= shortParagraphWords
        // ASCII text (nearly all): lower-cased byte by byte, and a plain byte search finds
        // exactly what Foundation's would. Other text keeps Foundation's comparison (canonical
        // equivalence).
        if bytes.allSatisfy({ $0 < 0x80 }) {
            if isShort {
                if bytes.count <= longestSoleWord, let lowerBytes = ByteMarkers.lowerASCII(bytes), soleWordBytes.contains(lowerBytes) { return true }
                if markerSet.occurs(in: bytes) { return true }
            }
            return callSet.occurs(in: bytes) && channelSet.occurs(in: bytes) && addressSet.occurs(in: bytes)
        }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        if isShort && (soleWords.contains(lower) || markerSet.occurs(in: lower)) { return true }
        return callSet.occurs(in: lower) && channelSet.occurs(in: lower) && addressSet.occurs(in: lower)
    }

    private static let markerSet = ByteMarkers(markers)
    private static let callSet = ByteMarkers(signUpCalls)
    private static let channelSet = ByteMarkers(signUpChannels)
    private static let addressSet = ByteMarkers(readerAddress)

    /// Paragraphs that are furniture when they are just this word.
    private static let soleWords: [String] = [
        "share", "comments", "home", "menu", "register", "search", "sign up", "sign in", "log in", "subscribe",
    ]

    private static let soleWordBytes: [[UInt8]] = soleWords.map { Array($0.utf8) }

    private static let longestSoleWord = soleWords.map(\.utf8.count).max() ?? 0
}
