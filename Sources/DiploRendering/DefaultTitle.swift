import DiploGraph

/// The title a drawing gets when none is given (``RenderOptions/title`` is `nil`): what it
/// shows, in words.
///
/// - One document: its headline (``Graph/documentTitles``); without one, its file name without
///   the extension, `_` and `-` read as spaces (standard input: "1 article").
/// - Several: "12 articles, 3 Sep – 28 Nov 2026" from ``Graph/documentDates``, "(2 undated)"
///   added when some have no date; "12 articles" when none has.
/// - A focus (``DrawingSubject/focus``): "Around Lee Jae Myung (1 hop)".
/// - A diff (``DrawingSubject/diff``, or a graph that ``Graph/hasChanges``): "OLD → NEW: +3
///   added, −1 removed, ~2 changed", counting relations (edges) by their marker, or "OLD → NEW:
///   no change". A focused diff says "OLD → NEW around X (1 hop): …". Without sides, the
///   documents' title stands for both.
///
/// Headlines and names are cut at a word, with "…": a headline to ``longestHeadline``
/// characters, each side of a diff and a focused entity to ``longestName``.
public enum DefaultTitle {
    /// The most characters of a headline in a title.
    public static let longestHeadline = 100
    /// The most characters of a diff side's name or a focused entity's label in a title.
    public static let longestName = 40

    /// The title of a drawing of `graph` showing `subject`; empty for a graph read from no
    /// documents, with no subject.
    public static func text(for graph: Graph, subject: DrawingSubject = DrawingSubject()) -> String {
        let focus = subject.focus.map { focus in
            "around \(cut(focus.label, to: longestName)) (\(focus.hops) \(focus.hops == 1 ? "hop" : "hops"))"
        }
        if subject.diff != nil || graph.hasChanges {
            let sides = subject.diff.map { "\(cut($0.old, to: longestName)) → \(cut($0.new, to: longestName))" }
                ?? documents(of: graph)
            let scope = [sides, focus].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return scope.isEmpty ? changes(in: graph) : "\(scope): \(changes(in: graph))"
        }
        if let focus { return focus.prefix(1).uppercased() + focus.dropFirst() }
        return documents(of: graph)
    }

    /// The title of the documents of `graph`: the one document's headline, or how many there
    /// are and the span of their dates; empty for none.
    public static func documents(of graph: Graph) -> String {
        let names = graph.documents
        if names.count == 1, let name = names.first {
            if let headline = graph.documentTitles[name] { return cut(headline, to: longestHeadline) }
            if let fromName = fileTitle(name) { return fromName }
        }
        guard !names.isEmpty else { return "" }
        let noun = names.count == 1 ? "1 article" : "\(names.count) articles"
        let dates = names.compactMap { graph.documentDates[$0] }
        guard let first = dates.min(), let last = dates.max() else { return noun }
        let undated = names.count - dates.count
        return "\(noun), \(span(from: first, to: last))" + (undated > 0 ? " (\(undated) undated)" : "")
    }

    /// A span of days for people: "3 Sep 2026", "3 – 28 Sep 2026", "3 Sep – 28 Nov 2026",
    /// "3 Sep 2025 – 28 Nov 2026", "from 3 Sep 2026", "until 28 Nov 2026"; empty when both ends
    /// are open.
    public static func span(from first: Day?, to last: Day?) -> String {
        switch (first, last) {
        case let (first?, last?) where first == last:
            return written(first)
        case let (first?, last?) where first.year == last.year && first.month == last.month:
            return "\(first.day) – \(written(last))"
        case let (first?, last?) where first.year == last.year:
            return "\(first.day) \(monthNames[first.month - 1]) – \(written(last))"
        case let (first?, last?):
            return "\(written(first)) – \(written(last))"
        case let (first?, nil):
            return "from \(written(first))"
        case let (nil, last?):
            return "until \(written(last))"
        case (nil, nil):
            return ""
        }
    }

    /// `text`, or as many of its words as fit in `limit` characters with "…" after them (a
    /// single word longer than that is cut inside).
    public static func cut(_ text: String, to limit: Int) -> String {
        guard text.count > limit, limit > 1 else { return text }
        var kept = text.prefix(limit - 1)
        if let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= limit / 2 {
            kept = kept[..<space]
        }
        // A word cut off leaves no dangling separator or punctuation before the ellipsis.
        while let last = kept.last, last == " " || last == "," || last == ":" || last == ";" || last == "-" || last == "–" {
            kept = kept.dropLast()
        }
        return String(kept) + "…"
    }

    /// "+3 added, −1 removed, ~2 changed": the relations a diff graph marks; "no change".
    static func changes(in graph: Graph) -> String {
        var added = 0, removed = 0, changed = 0
        for edge in graph.edges {
            switch edge.change {
            case .added?: added += 1
            case .removed?: removed += 1
            case .changed?: changed += 1
            case nil: break
            }
        }
        if added + removed + changed == 0 { return "no change" }
        return "+\(added) added, \u{2212}\(removed) removed, ~\(changed) changed"
    }

    /// A title made of a document's file name: the last path component without its extension,
    /// `_` and `-` read as spaces; `nil` for standard input (`-`) or a name with no letter.
    static func fileTitle(_ name: String) -> String? {
        guard let last = name.split(separator: "/").last, name != "-" else { return nil }
        var base = Substring(last)
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        let words = base.split(whereSeparator: { $0 == "_" || $0 == "-" || $0.isWhitespace })
        guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        return cut(words.joined(separator: " "), to: longestHeadline)
    }

    private static func written(_ day: Day) -> String {
        "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

extension RenderOptions {
    /// These options with the title ``DefaultTitle`` gives `graph` and ``subject`` when
    /// ``title`` is `nil`: a drawing of part of `graph` (the drawing budget keeps only some
    /// documents' data) is titled for the whole.
    public func withDefaultTitle(for graph: Graph) -> RenderOptions {
        guard title == nil else { return self }
        var titled = self
        titled.title = DefaultTitle.text(for: graph, subject: subject)
        return titled
    }
}
