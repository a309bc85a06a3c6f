import ArgumentParser
import DiploExtraction
import DiploGraph
import DiploPipeline

/// `--date`, `--since`/`--until`, `--any-language` and `--actors`: how the documents read are
/// taken, for every subcommand that reads documents (`extract`, `report`, `diff`).
struct DocumentArguments: ParsableArguments {
    @Option(name: .customLong("date"), help: ArgumentHelp("Give every document read this date (YYYY-MM-DD), instead of the date each one states (an HTML <meta> or <time>, Markdown front matter, or a dateline such as 'LONDON, 3 December 2019 (AFP)'). A document's date decides which office a person held then; the graph JSON lists it beside the document's name.", valueName: "yyyy-mm-dd"))
    var date: String?

    @Option(name: .customLong("since"), help: ArgumentHelp("Read only documents dated on or after this day (YYYY-MM-DD). Documents with no date are left out too; one note on standard error counts what was left out.", valueName: "yyyy-mm-dd"))
    var since: String?

    @Option(name: .customLong("until"), help: ArgumentHelp("Read only documents dated on or before this day (YYYY-MM-DD). With --since: a window such as --since 2024-01-01 --until 2024-03-31.", valueName: "yyyy-mm-dd"))
    var until: String?

    @Flag(name: .customLong("any-language"), help: ArgumentHelp("Read every document as English. Without it, a document of 30 words or more that is clearly not English (few English words such as 'the', 'of', 'and') is skipped with a warning, and a run whose documents are all skipped fails."))
    var anyLanguage = false

    @Option(name: .customLong("actors"), help: ArgumentHelp("Add people to the built-in knowledge of who is who (office-holders with their dates), from a tab-separated file: one person a line, 'NAME<TAB>ALIAS|ALIAS<TAB>STATE:ROLE:FROM:UNTIL;…', for example 'Ana Ruiz<TAB>Ruiz<TAB>PER:government:2024-07-28:'. ROLE is government, military, elite, opposition …; FROM and UNTIL are YYYY-MM-DD or empty for open. See the README, \"Who is who\".", valueName: "file"))
    var actorsFile: String?

    func validate() throws {
        _ = try dates()
    }

    /// The date `--date` gives every document, and the window of `--since` and `--until`.
    ///
    /// - Throws: `ValidationError` naming an option whose value is no day, or a window that
    ///   ends before it starts.
    private func dates() throws -> (date: Day?, window: DateWindow?) {
        try usage { (try date.map { try Day(option: "--date", value: $0) }, try DateWindow.since(since, until: until)) }
    }

    /// What the options ask for.
    ///
    /// - Throws: `ValidationError` for a bad `--date`; `PipelineError` for an `--actors` file
    ///   that cannot be read or has a malformed line.
    func policy() throws -> DocumentPolicy {
        let (date, window) = try dates()
        var policy = DocumentPolicy(date: date, checksLanguage: !anyLanguage, window: window)
        if let actorsFile { try policy.addActors(fromFile: actorsFile) }
        return policy
    }
}
