import ArgumentParser
import DiploExtraction
import DiploGraph

/// `--date`, `--any-language` and `--actors`: how the documents read are taken, for every
/// subcommand that reads documents (`extract`, `report`, `diff`).
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

    @Option(
        name: .customLong("actors"),
        help: ArgumentHelp(
            "Add people to the built-in knowledge of who is who (office-holders with their dates), from a tab-separated file: one person a line, 'NAME<TAB>ALIAS|ALIAS<TAB>STATE:ROLE:FROM:UNTIL;…', for example 'Ana Ruiz<TAB>Ruiz<TAB>PER:government:2024-07-28:'. ROLE is government, military, elite, opposition …; FROM and UNTIL are YYYY-MM-DD or empty for open. See the README, \"Who is who\".",
            valueName: "file"))
    var actorsFile: String?

    /// The largest `--actors` file read (the built-in knowledge base is 2 MB).
    static let actorsFileLimit = 64 << 20

    func validate() throws {
        _ = try day()
    }

    /// The `--date`, if given.
    ///
    /// - Throws: `ValidationError` (a bad command line) naming a `--date` that is no day.
    private func day() throws -> Day? {
        guard let date else { return nil }
        guard let day = Day(iso: date) else {
            throw ValidationError("--date '\(date)' is not a day: write it YYYY-MM-DD, such as 2024-03-05")
        }
        return day
    }

    /// What the options ask for.
    ///
    /// - Throws: `ValidationError` for a bad `--date`; `CommandLineError.badActors` for an
    ///   `--actors` file that cannot be read or has a malformed line.
    func policy() throws -> DocumentPolicy {
        var policy = DocumentPolicy(checksLanguage: !anyLanguage)
        policy.date = try day()
        if let actorsFile {
            let bytes: [UInt8]
            do {
                bytes = try System.readFile(actorsFile, limit: Self.actorsFileLimit)
            } catch {
                throw CommandLineError.badActors(actorsFile, System.readProblem(error, limit: Self.actorsFileLimit))
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CommandLineError.badActors(actorsFile, "not UTF-8 text")
            }
            do {
                policy.actors = try ActorKnowledgeBase(overlay: text, source: actorsFile)
            } catch let error as ActorOverlayError {
                throw CommandLineError("\(error.source):\(error.line): not a usable actors line (\(error.reason))")
            }
        }
        return policy
    }
}
