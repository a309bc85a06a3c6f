import DiploGraph

/// The publication date an HTML page states in its markup, in this order of preference:
///
/// 1. a `<meta>` tag whose `property`, `name` or `itemprop` is one of ``metaNames`` (the
///    first such tag with a usable `content`);
/// 2. the first `<time datetime="…">` with a usable value;
/// 3. `"datePublished": "…"` inside a `<script type="application/ld+json">`.
///
/// Values are ISO 8601 dates or timestamps; their calendar date is taken as written.
enum HTMLDate {
    /// The `<meta>` names that give a publication date (compared without case): Open Graph's
    /// `article:published_time` (and the common misspelling `og:published_time`), schema.org's
    /// `datePublished` as an `itemprop`, and the older `pubdate`, `publishdate`, `date`,
    /// `DC.date`, `DC.date.issued` and `dcterms.date`.
    static let metaNames: Set<String> = [
        "article:published_time", "og:published_time", "datepublished",
        "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.date",
    ]

    /// The elements that can carry a date.
    private enum Element { case meta, time, script }

    /// The date `bytes` (an HTML page) states, or `nil`.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        var timeDate: Day?
        var linkedDataDate: Day?
        var i = 0
        let n = bytes.count
        while i < n {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            let nameStart = i + 1
            let (tag, nameEnd) = HTMLTags.name(bytes, at: nameStart)
            // Compared byte by byte: most tags are none of these, and cost no allocation.
            let element: Element
            if HTMLTags.isName(tag, "meta") {
                element = .meta
            } else if HTMLTags.isName(tag, "time") {
                element = .time
            } else if HTMLTags.isName(tag, "script") {
                element = .script
            } else {
                i = nameStart
                continue
            }
            let (attributes, end) = HTMLTags.attributes(bytes, from: nameEnd)
            i = end
            switch element {
            case .meta:
                let key = attributes["property"] ?? attributes["name"] ?? attributes["itemprop"]
                if let key, metaNames.contains(key.lowercased()), let content = attributes["content"],
                   let day = DocumentDating.isoDay(atStartOf: content.utf8) {
                    return day
                }
            case .time:
                if timeDate == nil, let value = attributes["datetime"] {
                    timeDate = DocumentDating.isoDay(atStartOf: value.utf8)
                }
            case .script:
                guard attributes["type"]?.lowercased().contains("ld+json") == true else { continue }
                let bodyEnd = HTMLTags.firstIndex(of: "</script", in: bytes, from: i) ?? n
                if linkedDataDate == nil {
                    linkedDataDate = datePublished(in: UnsafeBufferPointer(rebasing: bytes[i..<bodyEnd]))
                }
                i = bodyEnd
            }
        }
        return timeDate ?? linkedDataDate
    }

    /// The value of the first `"datePublished"` key in JSON text, if it is a usable date.
    private static func datePublished(in json: UnsafeBufferPointer<UInt8>) -> Day? {
        guard let key = HTMLTags.firstIndex(of: "\"datepublished\"", in: json, from: 0) else { return nil }
        var i = key + 15
        while i < json.count, json[i] == 0x20 || json[i] == 0x09 || json[i] == 0x0A || json[i] == 0x0D { i += 1 }
        guard i < json.count, json[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        while i < json.count, json[i] == 0x20 || json[i] == 0x09 || json[i] == 0x0A || json[i] == 0x0D { i += 1 }
        guard i < json.count, json[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var end = start
        while end < json.count, json[end] != UInt8(ascii: "\"") { end += 1 }
        return DocumentDating.isoDay(atStartOf: json[start..<end])
    }
}
