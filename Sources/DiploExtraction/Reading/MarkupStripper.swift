/// Reduces HTML and Markdown to plain text lines, keeping each byte's origin.
///
/// The output uses `\n` for line ends and `\n\n` for block (paragraph) ends, like plain text.
enum MarkupStripper {
    // MARK: HTML

    /// Elements skipped with all they hold: code, styling, and the page around the story —
    /// navigation, footers, forms and asides (related links, sign-up boxes, pull quotes).
    private static let skippedElements: Set<String> = [
        "script", "style", "noscript", "head", "template", "svg", "iframe", "nav", "footer", "form", "button",
        "select", "aside",
    ]
    /// Elements that hold the story: a `header` inside one is the story's (headline, byline).
    private static let storyElements: Set<String> = ["article", "main"]
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "header", "blockquote", "pre", "hr", "dd", "dt", "dl",
        "figcaption", "figure", "aside", "main", "title", "body", "html",
    ]

    /// The text of an HTML document: tags dropped, scripts, styles and navigation skipped,
    /// entities decoded, block elements ending paragraphs.
    ///
    /// A `header` outside every `article` and `main` element that holds no `h1` is the site's
    /// banner (logo, menu, search) and is skipped; a `header` inside the story, or one that
    /// holds the page's headline, is read.
    static func html(_ source: [UInt8]) -> TracedText {
        var out = TracedText()
        var i = 0
        // How many story elements (`article`, `main`) are open here.
        var storyDepth = 0
        let n = source.count
        // Bytes read: each byte once, and the bytes a skip passes over (comments, skipped
        // elements, tags), which are then not read again.
        var steps = 0
        defer { WorkMeter.record(steps) }
        var nextClose = NextByte(UInt8(ascii: ">"))
        var nextHeaderEnd = NextLiteral("</header")
        var nextHeadline = NextLiteral("<h1")
        while i < n {
            steps += 1
            let byte = source[i]
            if byte == UInt8(ascii: "<") {
                if matches(source, at: i, "<!--") {
                    let end = find(source, "-->", from: i + 4).map { $0 + 3 } ?? n
                    steps += end - i
                    i = end
                    continue
                }
                let close = nextClose.index(in: source, from: i + 1, steps: &steps)
                guard close < n else {
                    // "<" that never closes ("a < b", a cut-off page): text.
                    out.append(byte, from: i); i += 1; continue
                }
                let (name, isEnd) = tagName(source, from: i + 1, to: close)
                if name.isEmpty {
                    // "<" that does not start a tag ("a < b"): keep it as text.
                    out.append(byte, from: i); i += 1; continue
                }
                if storyElements.contains(name) {
                    storyDepth = isEnd ? max(0, storyDepth - 1) : storyDepth + 1
                }
                let isBanner = name == "header" && !isEnd && storyDepth == 0
                    && nextHeadline.index(in: source, from: close + 1, steps: &steps)
                        >= nextHeaderEnd.index(in: source, from: close + 1, steps: &steps)
                if !isEnd && (skippedElements.contains(name) || isBanner) && source[close - 1] != UInt8(ascii: "/") {
                    let end = endOfElement(source, name: name, from: close + 1)
                    steps += end - i
                    i = end
                    out.append(contentsOf: [0x0A, 0x0A], from: i < n ? i : max(0, n - 1))
                    continue
                }
                if blockElements.contains(name) {
                    out.append(contentsOf: [0x0A, 0x0A], from: i)
                }
                i = close + 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, length) = HTMLEntities.decode(source, at: i) {
                out.append(contentsOf: decoded, from: i, to: i + length)
                i += length
                continue
            }
            // In HTML, line breaks in the source are only white space.
            out.append(byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0x20 : byte, from: i)
            i += 1
        }
        return out
    }

    private static func matches(_ s: [UInt8], at i: Int, _ literal: String) -> Bool {
        let lit = Array(literal.utf8)
        guard i + lit.count <= s.count else { return false }
        for k in 0..<lit.count where lowerASCII(s[i + k]) != lit[k] { return false }
        return true
    }

    private static func find(_ s: [UInt8], _ literal: String, from start: Int) -> Int? {
        var i = start
        while i < s.count {
            if matches(s, at: i, literal) { return i }
            i += 1
        }
        return nil
    }

    private static func lowerASCII(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b + 32 : b }

    private static func tagName(_ s: [UInt8], from start: Int, to end: Int) -> (String, Bool) {
        var i = start
        var isEnd = false
        if i < end && s[i] == UInt8(ascii: "/") { isEnd = true; i += 1 }
        if i < end && (s[i] == UInt8(ascii: "!") || s[i] == UInt8(ascii: "?")) { return ("!", false) }
        var name: [UInt8] = []
        while i < end {
            let b = lowerASCII(s[i])
            let isNameByte = (b >= 97 && b <= 122) || (b >= 48 && b <= 57 && !name.isEmpty) || (b == UInt8(ascii: "-") && !name.isEmpty)
            if !isNameByte { break }
            name.append(b)
            i += 1
        }
        return (String(decoding: name, as: UTF8.self), isEnd)
    }

    private static func endOfElement(_ s: [UInt8], name: String, from start: Int) -> Int {
        guard let closeTag = find(s, "</" + name, from: start) else { return s.count }
        return s[closeTag...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? s.count
    }

    // MARK: Markdown

    /// The text of a Markdown document: heading and list markers, block quotes, emphasis,
    /// code fences, images and link targets removed; link text kept.
    static func markdown(_ source: [UInt8]) -> TracedText {
        var out = TracedText()
        var inFence = false
        // Front matter (`---` … `---`) is data about the document (its title and date), not text.
        var lineStart = source.withUnsafeBufferPointer { FrontMatter.end(in: $0) }
        var links = LinkFinder()
        defer { WorkMeter.record(source.count + links.steps) }
        while lineStart <= source.count {
            let lineEnd = source[lineStart...].firstIndex(of: 0x0A) ?? source.count
            var i = lineStart
            while i < lineEnd && (source[i] == 0x20 || source[i] == 0x09) { i += 1 }
            let rest = source[i..<lineEnd]
            if rest.starts(with: Array("```".utf8)) || rest.starts(with: Array("~~~".utf8)) {
                inFence.toggle()
            } else if !inFence {
                i = skipBlockMarkers(source, from: i, to: lineEnd)
                appendInline(source, from: i, to: lineEnd, links: &links, into: &out)
            }
            if lineEnd < source.count { out.append(0x0A, from: lineEnd) }
            lineStart = lineEnd + 1
        }
        return out
    }

    private static func skipBlockMarkers(_ s: [UInt8], from start: Int, to end: Int) -> Int {
        var i = start
        while i < end && (s[i] == UInt8(ascii: "#") || s[i] == UInt8(ascii: ">")) { i += 1 }
        if i < end - 1 && (s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "*") || s[i] == UInt8(ascii: "+")) && s[i + 1] == 0x20 {
            i += 2
        } else {
            var j = i
            while j < end && s[j] >= 48 && s[j] <= 57 { j += 1 }
            if j > i && j < end - 1 && (s[j] == UInt8(ascii: ".") || s[j] == UInt8(ascii: ")")) && s[j + 1] == 0x20 { i = j + 2 }
        }
        while i < end && s[i] == 0x20 { i += 1 }
        // A thematic break ("---", "***") or table rule is not text.
        if s[i..<end].allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ":") || $0 == 0x20 }) {
            return end
        }
        return i
    }

    private static func appendInline(_ s: [UInt8], from start: Int, to end: Int, links: inout LinkFinder, into out: inout TracedText) {
        var i = start
        while i < end {
            let b = s[i]
            if b == UInt8(ascii: "!") && i + 1 < end && s[i + 1] == UInt8(ascii: "["),
               let (_, after) = links.link(s, at: i + 1, end: end) {
                i = after
                continue
            }
            if b == UInt8(ascii: "["), let (text, after) = links.link(s, at: i, end: end) {
                appendInline(s, from: text.lowerBound, to: text.upperBound, links: &links, into: &out)
                i = after
                continue
            }
            if b == UInt8(ascii: "`") || b == UInt8(ascii: "*") || (b == UInt8(ascii: "_") && isEmphasisUnderscore(s, at: i, start: start, end: end)) {
                i += 1
                continue
            }
            out.append(b, from: i)
            i += 1
        }
    }

    /// Finds Markdown links, reading each byte once for each bracket it looks for: a line of
    /// "[" without "]" is read once, not once for every "[" in it. (Links are asked for left to
    /// right, link text before what follows the link.)
    private struct LinkFinder {
        private var closeBracket = NextByte(UInt8(ascii: "]"))
        private var closeParen = NextByte(UInt8(ascii: ")"))
        /// Bytes read while looking for brackets.
        var steps = 0

        /// `[text](target)` at `i`, within the line that ends at `end`: the range of text and
        /// the index after the closing parenthesis.
        mutating func link(_ s: [UInt8], at i: Int, end: Int) -> (Range<Int>, Int)? {
            let bracket = closeBracket.index(in: s, from: i + 1, steps: &steps)
            guard bracket + 1 < end, s[bracket + 1] == UInt8(ascii: "(") else { return nil }
            let paren = closeParen.index(in: s, from: bracket + 2, steps: &steps)
            guard paren < end else { return nil }
            return ((i + 1)..<bracket, paren + 1)
        }
    }

    /// An underscore next to a word character on one side only marks emphasis; `snake_case` keeps it.
    private static func isEmphasisUnderscore(_ s: [UInt8], at i: Int, start: Int, end: Int) -> Bool {
        func isWord(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80 }
        let before = i > start && isWord(s[i - 1])
        let after = i + 1 < end && isWord(s[i + 1])
        return !(before && after)
    }
}
