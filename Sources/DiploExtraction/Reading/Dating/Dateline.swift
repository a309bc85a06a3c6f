import DiploGraph

/// A news dateline at the start of a paragraph near the top of a document: a place and a date,
/// such as `LONDON, 3 December 2019 (AFP) —`, `BEIJING, Oct 1, 2018 /Xinhua/` or
/// `Tuesday, March 5, 2024`.
///
/// The date is `D Month YYYY` or `Month D, YYYY`, with English month names or their common
/// abbreviations (`Jan.`, `Sept.`, `Sep`), in any case. Before it may stand up to three
/// comma-ended groups of capitalised words (a place, a region, a weekday), the first of which
/// is not a word that opens a sentence ("On Tuesday, March 5, 2024, …" is news, not a
/// dateline). A dateline without a year (`WASHINGTON, Dec. 3 (Reuters) -`) gives no date.
enum Dateline {
    /// Only paragraphs that start within this many bytes of the cleaned text are looked at.
    static let searchedBytes = 500
    /// How many bytes of a paragraph's start are read.
    private static let headBytes = 120

    /// The date of the first dateline in `text` (cleaned: paragraphs separated by blank lines),
    /// or `nil`.
    static func find(in text: String) -> Day? {
        let bytes = Array(text.utf8.prefix(searchedBytes + headBytes))
        var start = 0
        while start < min(bytes.count, searchedBytes) {
            let head = bytes[start..<min(bytes.count, start + headBytes)]
            if let day = date(atStartOf: head) { return day }
            // The next paragraph: after the next blank line.
            guard let breakIndex = nextParagraph(in: bytes, after: start) else { return nil }
            start = breakIndex
        }
        return nil
    }

    private static func nextParagraph(in bytes: [UInt8], after start: Int) -> Int? {
        var i = start
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A && bytes[i + 1] == 0x0A { return i + 2 }
            i += 1
        }
        return nil
    }

    /// The dateline's date at the start of `head`, or `nil`.
    static func date(atStartOf head: ArraySlice<UInt8>) -> Day? {
        let tokens = tokenize(head)
        var i = 0
        for group in 0..<4 {
            if let day = date(in: tokens, at: i) { return day }
            guard group < 3 else { return nil }
            // A group of one to four capitalised words ended by a comma.
            var k = i
            while k < tokens.count, k - i < 4, case .word(let word) = tokens[k], isCapitalised(word) { k += 1 }
            guard k > i, k < tokens.count, tokens[k] == .comma else { return nil }
            if group == 0, case .word(let first) = tokens[i], sentenceOpeners.contains(first.lowercased()) { return nil }
            i = k + 1
        }
        return nil
    }

    /// `D Month YYYY` or `Month D, YYYY` at `tokens[i...]`.
    private static func date(in tokens: [Token], at i: Int) -> Day? {
        func token(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }
        func year(at k: Int) -> Int? {
            // An optional comma before the year.
            let k = token(k) == .comma ? k + 1 : k
            guard case .number(let digits)? = token(k), digits.count == 4 else { return nil }
            return Int(digits)
        }
        if case .number(let digits)? = token(i), digits.count <= 2, let day = Int(digits),
           case .word(let word)? = token(i + 1), let month = month(named: word), let year = year(at: i + 2) {
            return Day(year: year, month: month, day: day)
        }
        if case .word(let word)? = token(i), let month = month(named: word),
           case .number(let digits)? = token(i + 1), digits.count <= 2, let day = Int(digits),
           let year = year(at: i + 2) {
            return Day(year: year, month: month, day: day)
        }
        return nil
    }

    /// Words that open a sentence rather than name a place or a day.
    private static let sentenceOpeners: Set<String> = [
        "on", "in", "at", "by", "since", "from", "until", "before", "after", "last", "next", "the", "this", "that",
        "as", "for", "but", "and", "when", "while", "during",
    ]

    /// The month (1–12) a word names: the English name or an abbreviation, in any case, with
    /// or without a final full stop.
    static func month(named word: String) -> Int? {
        var name = word.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        return monthNumbers[name]
    }

    private static let monthNumbers: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
    }

    enum Token: Equatable {
        /// Letters, with inner `.`, `-` or `'` and a final `.` (`Sept.`, `U.S.`, `Port-au-Prince`).
        case word(String)
        /// ASCII digits.
        case number(String)
        case comma
        /// Anything else (brackets, dashes, slashes): a dateline's date stops before it.
        case other
    }

    private static func tokenize(_ head: ArraySlice<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var i = head.startIndex
        let end = head.endIndex
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") || b >= 0x80 }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        while i < end {
            let b = head[i]
            if b == 0x20 || b == 0x0A || b == 0x09 { i += 1; continue }
            if b == UInt8(ascii: ",") { tokens.append(.comma); i += 1; continue }
            if isDigit(b) {
                let start = i
                while i < end, isDigit(head[i]) { i += 1 }
                tokens.append(.number(String(decoding: head[start..<i], as: UTF8.self)))
                continue
            }
            if isLetter(b) {
                let start = i
                i += 1
                while i < end {
                    let c = head[i]
                    if isLetter(c) { i += 1; continue }
                    let joins = c == UInt8(ascii: ".") || c == UInt8(ascii: "-") || c == UInt8(ascii: "'")
                    if joins, i + 1 < end, isLetter(head[i + 1]) { i += 1; continue }
                    if c == UInt8(ascii: ".") { i += 1 }
                    break
                }
                tokens.append(.word(String(decoding: head[start..<i], as: UTF8.self)))
                continue
            }
            tokens.append(.other)
            i += 1
        }
        return tokens
    }
}
