import DiploGraph
import Foundation

/// The days `--since` and `--until` keep: a document is read only when its date falls within
/// them (both ends included). A document with no date cannot be placed and is left out too.
public struct DateWindow: Sendable, Equatable, CustomStringConvertible {
    /// The first day kept, or `nil` for no lower bound.
    public var since: Day?
    /// The last day kept, or `nil` for no upper bound.
    public var until: Day?
    /// How the command line wrote the window, when not with `--since`/`--until`
    /// ("--old-dates 2024-01-01..2024-01-31"), for messages.
    public var written: String?

    /// A window from `since` to `until` (either `nil` for an open end); `written` is how the
    /// caller wrote it, for messages (`nil`: as `--since`/`--until`).
    public init(since: Day?, until: Day?, written: String? = nil) {
        self.since = since
        self.until = until
        self.written = written
    }

    /// The window of `--since` and `--until` (days written YYYY-MM-DD), or `nil` when neither
    /// is given.
    ///
    /// - Throws: ``UsageError`` for a value that is no day, or a window that ends before it
    ///   starts.
    public static func since(_ since: String?, until: String?) throws(UsageError) -> DateWindow? {
        let window = DateWindow(
            since: try since.map { value throws(UsageError) in try Day(option: "--since", value: value) },
            until: try until.map { value throws(UsageError) in try Day(option: "--until", value: value) })
        if let since = window.since, let until = window.until, until < since {
            throw UsageError("--until \(until) is before --since \(since)")
        }
        return window.since == nil && window.until == nil ? nil : window
    }

    /// Reads a window written `FROM..TO`, either end open: "2024-01-01..2024-01-31",
    /// "2024-02-01..", "..2024-03-31".
    ///
    /// - Throws: ``UsageError`` naming `option` for a value that is no such window.
    public static func parse(_ value: String, option: String) throws(UsageError) -> DateWindow {
        let parts = value.components(separatedBy: "..")
        guard parts.count == 2, !(parts[0].isEmpty && parts[1].isEmpty) else {
            throw UsageError("\(option) '\(value)' is not a window of days: write FROM..TO, such as 2024-01-01..2024-01-31 (either end may be left open)")
        }
        func day(_ text: String) throws(UsageError) -> Day? {
            guard !text.isEmpty else { return nil }
            guard let day = Day(iso: text) else {
                throw UsageError("\(option) '\(value)': '\(text)' is not a day; write it YYYY-MM-DD")
            }
            return day
        }
        let window = DateWindow(since: try day(parts[0]), until: try day(parts[1]), written: "\(option) \(value)")
        if let since = window.since, let until = window.until, until < since {
            throw UsageError("\(option) '\(value)' ends before it starts")
        }
        return window
    }

    /// Whether a document dated `date` is kept.
    public func contains(_ date: Day?) -> Bool {
        guard let date else { return false }
        return (since.map { date >= $0 } ?? true) && (until.map { date <= $0 } ?? true)
    }

    /// The window as its options are written: "--since 2024-02-01 --until 2024-03-31".
    public var description: String {
        written ?? [since.map { "--since \($0)" }, until.map { "--until \($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    /// The one note a run gives about the documents it left out (`nil` when none were).
    func note(outside: Int, undated: Int) -> String? {
        guard outside + undated > 0 else { return nil }
        var parts: [String] = []
        if outside > 0 { parts.append("\(Self.documents(outside)) dated outside \(description)") }
        if undated > 0 { parts.append("\(Self.documents(undated)) with no date (--date gives every document one)") }
        return "left out " + parts.joined(separator: " and ")
    }

    /// "1 document", "3 documents".
    static func documents(_ count: Int) -> String { count == 1 ? "1 document" : "\(count) documents" }
}

/// The documents a run's `--since`/`--until` left out, counted as they are met.
public struct LeftOutDocuments: Sendable {
    /// Dated outside the window.
    public var outside = 0
    /// Undated.
    public var undated = 0

    /// None left out yet.
    public init() {}

    /// Counts one document left out.
    public mutating func add(undated isUndated: Bool) {
        if isUndated { undated += 1 } else { outside += 1 }
    }

    /// At the end of a run that read `total` documents and skipped `notEnglish` of them: the
    /// one note about those left out, then the run's failure if nothing was taken.
    ///
    /// - Throws: ``PipelineError`` when no document was taken.
    public func finish(window: DateWindow?, total: Int, notEnglish: Int) throws {
        if let note = window?.note(outside: outside, undated: undated) { Note.report(note) }
        try PipelineError.checkSomethingTaken(total, notEnglish: notEnglish, outsideWindow: outside + undated, window: window)
    }
}
