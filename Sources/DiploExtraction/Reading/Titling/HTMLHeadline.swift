/// The headline an HTML page gives in its markup, in this order of preference:
///
/// 1. the `content` of a `<meta>` whose `property` or `name` is `og:title` (Open Graph: the
///    headline as the page wants it shared, without the site's name);
/// 2. the page's `<title>`, without the site's name at its end (``SiteSuffix``);
/// 3. the text of the first `<h1>`, which also wins over a `<title>` of fewer than
///    ``SiteSuffix/shortestHeadlineWords`` words (a site's name alone, "World Desk").
///
/// Entities are decoded, tags inside a heading dropped and white space folded. Scripts, styles,
/// comments and inline SVG (whose `<title>` names an icon) are passed over. The page is read up
/// to its first `<h1>` (by then its head has been read), or to its `<body>` once a `<title>` of
/// a headline's length is known.
enum HTMLHeadline {
    /// The most bytes of a `<title>` or `<h1>` read: a headline is far shorter, and a page
    /// that never closes the element is not read to its end.
    static let longestMarkup = 4096

    /// Elements whose content is never a headline and may hold text that looks like tags.
    private enum Skipped { case script, style, svg, template }

    /// The headline `bytes` (an HTML page) gives, or `nil`.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var pageTitle: String?
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            if bytes[i + 1] == UInt8(ascii: "!") {
                // A comment (or a doctype) is passed over whole.
                let isComment = i + 3 < n && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
                let end = isComment ? HTMLTags.firstIndex(of: "-->", in: bytes, from: i + 4).map { $0 + 3 } : nil
                i = end ?? (i + 2)
                continue
            }
            let (tag, nameEnd) = HTMLTags.name(bytes, at: i + 1)
            if let skipped = skippedElement(tag) {
                let (_, afterTag) = HTMLTags.attributes(bytes, from: nameEnd)
                i = closingTag(of: skipped, in: bytes, from: afterTag) ?? n
            } else if HTMLTags.isName(tag, "meta") {
                let (attributes, end) = HTMLTags.attributes(bytes, from: nameEnd)
                i = end
                let key = (attributes["property"] ?? attributes["name"])?.lowercased()
                if key == "og:title", let content = attributes["content"], let title = text(of: Array(content.utf8)) {
                    return title
                }
            } else if HTMLTags.isName(tag, "title"), pageTitle == nil {
                let (_, start) = HTMLTags.attributes(bytes, from: nameEnd)
                let end = HTMLTags.firstIndex(of: "</title", in: bytes, from: start) ?? n
                pageTitle = text(of: Array(bytes[start..<min(end, start + longestMarkup)])).map(SiteSuffix.trimmed)
                i = end
            } else if HTMLTags.isName(tag, "body"), let pageTitle, isHeadlineLength(pageTitle) {
                return pageTitle
            } else if HTMLTags.isName(tag, "h1") {
                let (_, start) = HTMLTags.attributes(bytes, from: nameEnd)
                let end = HTMLTags.firstIndex(of: "</h1", in: bytes, from: start) ?? n
                let heading = text(of: Array(bytes[start..<min(end, start + longestMarkup)]))
                if let pageTitle, isHeadlineLength(pageTitle) || heading == nil { return pageTitle }
                return heading
            } else {
                i = nameEnd
            }
        }
        return pageTitle
    }

    /// Whether a page's title is long enough to be its headline rather than the site's name.
    private static func isHeadlineLength(_ title: String) -> Bool {
        title.split(separator: " ").count >= SiteSuffix.shortestHeadlineWords
    }

    private static func skippedElement(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Skipped? {
        if HTMLTags.isName(tag, "script") { return .script }
        if HTMLTags.isName(tag, "style") { return .style }
        if HTMLTags.isName(tag, "svg") { return .svg }
        if HTMLTags.isName(tag, "template") { return .template }
        return nil
    }

    /// The index after the closing tag of `element`, searched from `start`.
    private static func closingTag(of element: Skipped, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let close: Int?
        switch element {
        case .script: close = HTMLTags.firstIndex(of: "</script", in: bytes, from: start)
        case .style: close = HTMLTags.firstIndex(of: "</style", in: bytes, from: start)
        case .svg: close = HTMLTags.firstIndex(of: "</svg", in: bytes, from: start)
        case .template: close = HTMLTags.firstIndex(of: "</template", in: bytes, from: start)
        }
        guard let close else { return nil }
        return bytes[close...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? bytes.count
    }

    /// The text of markup: tags dropped, entities decoded, white space folded; `nil` when no
    /// letter or digit is left.
    static func text(of markup: [UInt8]) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(markup.count)
        var i = 0
        while i < markup.count {
            let byte = markup[i]
            if byte == UInt8(ascii: "<"), let close = markup[i...].firstIndex(of: UInt8(ascii: ">")) {
                // A tag inside a heading (<a>, <em>) is dropped; a line break separates words.
                if i + 3 < markup.count, HTMLTags.lower(markup[i + 1]) == UInt8(ascii: "b"),
                   HTMLTags.lower(markup[i + 2]) == UInt8(ascii: "r") {
                    out.append(0x20)
                }
                i = close + 1
            } else if byte == UInt8(ascii: "&"), let (decoded, length) = HTMLEntities.decode(markup, at: i) {
                out.append(contentsOf: decoded)
                i += length
            } else {
                out.append(byte)
                i += 1
            }
        }
        return DocumentHeadline.folded(String(decoding: out, as: UTF8.self))
    }
}
