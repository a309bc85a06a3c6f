/// Recognises photo credits: "Photo: Jane Doe/Reuters", "(Photo by John Roe/AFP via Getty
/// Images)", "Image copyright Getty Images", "Jane Doe/AP", "Getty Images".
///
/// A credit is either an opening ("Photo:", "Photo by", "Image copyright", "Credit:", "AP
/// Photo" …) followed by a short name — at most `longestCredit` words, and either a few words
/// or a name that ends with an agency or has a slash ("Doe/Reuters") — or a few words ending
/// with a picture agency after a slash or "via", or the agency alone. Captions keep their
/// words: "Image: the two leaders in Hanoi on Monday" is no credit, and neither is a sentence
/// that names an agency ("Reuters reported the talks.").
enum PhotoCredit {
    /// How a credit starts, lower-case.
    static let openings: [String] = [
        "photo:", "photos:", "photo by ", "photo credit", "photograph:", "photograph by ", "photographs:",
        "picture:", "pictures:", "image:", "images:", "image copyright", "image credit", "image source",
        "credit:", "credits:", "ap photo", "afp photo", "reuters photo", "file photo:",
    ]

    /// Picture agencies and pools, lower-case, as credits name them.
    static let agencies: [String] = [
        "reuters", "afp", "ap", "ap photo", "associated press", "getty images", "getty", "epa", "epa-efe", "efe",
        "bloomberg", "xinhua", "yonhap", "kyodo", "kyodo news", "anadolu", "anadolu agency", "shutterstock",
        "alamy", "sipa", "sipa usa", "pool", "tass", "sputnik", "kcna", "dpa", "ansa", "pa", "pa wire",
        "pa images", "ani", "pti", "zuma", "zuma press", "nurphoto", "sopa images", "lightrocket", "imago",
        "abaca", "bbc", "handout",
    ]

    /// The most words a credit has.
    static let longestCredit = 12

    /// The most words a credit without an opening has ("Jane Doe/Reuters", "Getty Images").
    static let longestBareCredit = 6

    /// Whether `lower` (folded, lower-cased, trimmed) is a credit and nothing else.
    static func isCredit(_ lower: [UInt8]) -> Bool {
        var text = lower[...]
        // A credit in parentheses, or ending with a full stop.
        if text.first == UInt8(ascii: "(") && text.last == UInt8(ascii: ")") {
            text = text.dropFirst().dropLast()
        } else if text.last == UInt8(ascii: ".") {
            text = text.dropLast()
        }
        guard !text.isEmpty else { return false }
        let words = text.split(separator: 0x20).count
        guard words <= longestCredit else { return false }
        if openingBytes.contains(where: { text.starts(with: $0) }) {
            return words <= longestBareCredit || endsWithAgency(text) || text.contains(UInt8(ascii: "/"))
        }
        return words <= longestBareCredit && endsWithAgency(text)
    }

    /// Whether `text` ends with an agency that is the whole text or follows "/", "via " or
    /// "/" with spaces.
    private static func endsWithAgency(_ text: ArraySlice<UInt8>) -> Bool {
        for agency in agencyBytes where text.count >= agency.count {
            guard text.suffix(agency.count).elementsEqual(agency) else { continue }
            var before = text.dropLast(agency.count)
            if before.isEmpty { return true }
            while before.last == 0x20 { before = before.dropLast() }
            if before.last == UInt8(ascii: "/") || before.last == UInt8(ascii: ";") || before.last == UInt8(ascii: ":") { return true }
            if before.count >= 4 && before.suffix(4).elementsEqual(Array(" via".utf8)) { return true }
            if before.elementsEqual(Array("via".utf8)) { return true }
        }
        return false
    }

    /// Where a credit that ends folded paragraph `bytes` starts ("… in Hanoi. Photo: Jane
    /// Doe/Reuters"), or nil. The credit follows the end of a sentence or stands in
    /// parentheses; the paragraph is the text before it.
    static func trailingCreditStart(_ bytes: [UInt8]) -> Int? {
        // Word starts among the last `longestCredit` words, latest first.
        var starts: [Int] = []
        var i = bytes.count - 1
        while i > 0 && starts.count < longestCredit {
            if bytes[i - 1] == 0x20 && bytes[i] != 0x20 { starts.append(i) }
            i -= 1
        }
        // The earliest start that makes a credit: the whole credit, not its tail.
        for start in starts.reversed() where start >= 2 {
            let before = bytes[start - 2]
            let opensParenthesis = bytes[start] == UInt8(ascii: "(")
            let followsSentence = before == UInt8(ascii: ".") || before == UInt8(ascii: "!") || before == UInt8(ascii: "?")
                || before == UInt8(ascii: "\"") || before == UInt8(ascii: ")") || before == 0x9D  // ” ends in 9D
            guard opensParenthesis || followsSentence else { continue }
            if isCredit(FurnitureLine.folded(bytes[start...], from: start)) { return start }
        }
        return nil
    }

    private static let openingBytes: [[UInt8]] = openings.map { Array($0.utf8) }

    /// The first letters of the openings.
    static let openingFirstLetters: Set<UInt8> = Set(openings.compactMap { $0.utf8.first })
    private static let agencyBytes: [[UInt8]] = agencies.map { Array($0.utf8) }
}
