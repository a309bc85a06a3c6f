import ArgumentParser
import DiploGraph

/// `--date` and `--any-language`: how the documents read are taken, for every subcommand that
/// reads documents (`extract`, `report`, `diff`).
struct DocumentArguments: ParsableArguments {
    @Option(
        name: .customLong("date"),
        help: ArgumentHelp(
            "Give every document read this date (YYYY-MM-DD), instead of the date each one states (an HTML <meta> or <time>, Markdown front matter, or a dateline such as 'LONDON, 3 December 2019 (AFP)'). A document's date decides which office a person held then; the graph JSON lists it beside the document's name.",
            valueName: "yyyy-mm-dd"))
    var date: String?

    @Flag(
        name: .customLong("any-language"),
        help: ArgumentHelp(
            "Read every document as English. Without it, a document of 30 words or more that is clearly not English (few English words such as 'the', 'of', 'and') is skipped with a warning, and a run whose documents are all skipped fails."))
    var anyLanguage = false

    func validate() throws {
        _ = try policy()
    }

    /// What the options ask for.
    ///
    /// - Throws: `ValidationError` (a bad command line) naming a `--date` that is no day.
    func policy() throws -> DocumentPolicy {
        var policy = DocumentPolicy(checksLanguage: !anyLanguage)
        if let date {
            guard let day = Day(iso: date) else {
                throw ValidationError("--date '\(date)' is not a day: write it YYYY-MM-DD, such as 2024-03-05")
            }
            policy.date = day
        }
        return policy
    }
}
