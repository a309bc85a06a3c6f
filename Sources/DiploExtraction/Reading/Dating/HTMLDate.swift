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
            var nameEnd = nameStart
            while nameEnd < n, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let tag = bytes[nameStart..<nameEnd]
            // Compared byte by byte: most tags are none of these, and cost no allocation.
            let element: Element
            if isName(tag, "meta") {
                element = .meta
            } else if isName(tag, "time") {
                element = .time
            } else if isName(tag, "script") {
                element = .script
            } else {
                i = nameStart
                continue
            }
            let (attributes, end) = tagAttributes(bytes, from: nameEnd)
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
                let bodyEnd = firstIndex(of: "</script", in: bytes, from: i) ?? n
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
        guard let key = firstIndex(of: "\"datepublished\"", in: json, from: 0) else { return nil }
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

    /// The attributes of the tag whose name ends at `start` (names lower-cased, values as
    /// written, without entity decoding) and the index after its `>`.
    private static func tagAttributes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> ([String: String], Int) {
        var attributes: [String: String] = [:]
        var i = start
        let n = bytes.count
        while i < n {
            while i < n, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < n, bytes[i] != UInt8(ascii: ">") else { break }
            let nameStart = i
            while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") { i += 1 }
            let name = lowercased(bytes[nameStart..<i])
            while i < n, isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == UInt8(ascii: "=") else {
                if attributes[name] == nil { attributes[name] = "" }
                continue
            }
            i += 1
            while i < n, isSpace(bytes[i]) { i += 1 }
            let valueStart: Int
            let valueEnd: Int
            if i < n, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let quote = bytes[i]
                valueStart = i + 1
                i = valueStart
                while i < n, bytes[i] != quote { i += 1 }
                valueEnd = i
                if i < n { i += 1 }
            } else {
                valueStart = i
                while i < n, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                valueEnd = i
            }
            if attributes[name] == nil { attributes[name] = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self) }
        }
        return (attributes, min(n, i + 1))
    }

    /// The first index at or after `start` where `needle` (lower-case ASCII) occurs in `bytes`,
    /// compared without ASCII case.
    private static func firstIndex(of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let pattern = needle.withUTF8Buffer { Array($0) }
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = start
        let last = bytes.count - pattern.count
        while i <= last {
            if lower(bytes[i]) == first {
                var k = 1
                while k < pattern.count, lower(bytes[i + k]) == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `tag` is `name` (lower-case ASCII), compared without ASCII case.
    private static func isName(_ tag: Slice<UnsafeBufferPointer<UInt8>>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { expected in
            tag.count == expected.count && zip(tag, expected).allSatisfy { lower($0) == $1 }
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes.map(lower), as: UTF8.self)
    }
}
