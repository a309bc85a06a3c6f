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
        return searchableAsBytes(bytes) ? isFurnitureByBytes(bytes, isShort: isShort) : isFurnitureByCharacters(bytes, isShort: isShort)
    }

    /// Whether a folded paragraph's phrases can be searched for byte by byte with the same
    /// answers as Foundation's search of its lower-cased text. It can when every character
    /// other than ASCII is one that never joins a neighbour into one character and lowers to
    /// no ASCII letter: punctuation without case (curly quotes, dashes, the ellipsis, the
    /// bullet, ©) and the accented letters of Latin-1 and Latin Extended-A written whole (such
    /// a letter is never part of a match: Foundation finds no "cookie" in "cookié"), but for
    /// İ, which lowers to "i" and a combining dot. A combining mark, or any other script, sends
    /// the paragraph to the search by characters.
    static func searchableAsBytes(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, caselessPunctuation(bytes[i + 2]) {
                    i += 3
                } else if i + 1 < bytes.count, wholeLatinLetter(byte, bytes[i + 1]) {
                    i += 2
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Whether `lead`, `next` is © or a letter from À (U+00C0) to ſ (U+017F) but İ (U+0130).
    private static func wholeLatinLetter(_ lead: UInt8, _ next: UInt8) -> Bool {
        guard next & 0xC0 == 0x80 else { return false }
        switch lead {
        case 0xC2: return next == 0xA9
        case 0xC3, 0xC5: return true
        case 0xC4: return next != 0xB0
        default: return false
        }
    }

    /// Whether E2 80 `last` is one of the punctuation marks `searchableAsBytes` allows:
    /// – — ‘ ’ “ ” • ….
    private static func caselessPunctuation(_ last: UInt8) -> Bool {
        switch last {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA2, 0xA6: true
        default: false
        }
    }

    /// The judgement of a paragraph that `searchableAsBytes` allows: a byte search that ignores
    /// the case of ASCII letters finds exactly what Foundation's search of the lower-cased text
    /// would.
    static func isFurnitureByBytes(_ bytes: [UInt8], isShort: Bool) -> Bool {
        if isShort {
            if bytes.count <= longestSoleWord, let lowerBytes = ByteMarkers.lowerASCII(bytes), soleWordBytes.contains(lowerBytes) { return true }
            if markerSet.occurs(in: bytes) { return true }
        }
        return callSet.occurs(in: bytes) && channelSet.occurs(in: bytes) && addressSet.occurs(in: bytes)
    }

    /// The judgement of any paragraph by its lower-cased characters, with Foundation's
    /// comparison (canonical equivalence).
    static func isFurnitureByCharacters(_ bytes: [UInt8], isShort: Bool) -> Bool {
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
