import Foundation

/// The site's name that a page's `<title>` adds to the headline: "India rejects the proposal
/// | World Desk", "Talks resume - The Daily Courier", "Treaty signed — Asia — News Site".
///
/// A class rule, not a list of sites: the last part after a separator (` | `, ` - `, ` – `,
/// ` — `, ` · `, ` :: `, ` » `, ` / `) is cut off when it is short (at most
/// ``longestSuffixWords`` words) and what stays is long enough to be a headline on its own (at
/// least ``shortestHeadlineWords`` words, and longer than the part cut off). Repeated, so that
/// a section and a site both go. A headline whose own dash leaves too little before it ("Deal
/// off - minister") is kept whole.
enum SiteSuffix {
    /// The most words a site's name (or a section's) has.
    static let longestSuffixWords = 5
    /// The fewest words left for a headline.
    static let shortestHeadlineWords = 4

    private static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "]

    /// `title` without the site's name at its end.
    static func trimmed(_ title: String) -> String {
        var rest = title
        while let cut = lastSeparator(in: rest) {
            let head = rest[..<cut.lowerBound]
            let suffix = rest[cut.upperBound...]
            let suffixWords = words(suffix)
            let headWords = words(head)
            guard suffixWords >= 1, suffixWords <= longestSuffixWords,
                  headWords >= shortestHeadlineWords, head.count > suffix.count else { break }
            rest = String(head)
        }
        return rest
    }

    /// The range of the last separator in `text`.
    private static func lastSeparator(in text: String) -> Range<String.Index>? {
        separators.compactMap { text.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
    }

    private static func words(_ text: Substring) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}
