import DiploExtraction
import DiploGraph

/// How a run takes the documents it reads: the date it gives them (`--date`), whether it skips
/// those that are clearly not English (unless `--any-language`), and who the people it names
/// are (`--actors`).
public struct DocumentPolicy: Sendable {
    /// The date every document gets, whatever it states; `nil` keeps the date each states.
    public var date: Day?
    /// Whether documents that are clearly not English are skipped (see `LanguageCheck`).
    public var checksLanguage = true
    /// Who people are: the built-in actor knowledge base, with a user's `--actors` file.
    public var actors: ActorKnowledgeBase = .shared
    /// The days a document's date must fall in (`--since`, `--until`); `nil` takes every
    /// document, dated or not.
    public var window: DateWindow?

    /// A policy: `checksLanguage` false reads every document as English (`--any-language`).
    public init(date: Day? = nil, checksLanguage: Bool = true, actors: ActorKnowledgeBase = .shared, window: DateWindow? = nil) {
        self.date = date
        self.checksLanguage = checksLanguage
        self.actors = actors
        self.window = window
    }

    /// Dates as documents state them, and English only: the command line's defaults.
    public static let standard = DocumentPolicy()

    /// What becomes of one document.
    public enum Admission {
        /// Read, as the run takes it (dated by `--date`).
        case taken(Document)
        /// Left out; the warning says why, naming the document.
        case skipped(warning: String)
        /// Left out because its date is outside ``window``, or it has none: counted, and told
        /// once for the whole run (``DateWindow/note(outside:undated:)``).
        case outsideWindow(undated: Bool)
    }

    /// An extractor that knows the run's people.
    public func extractor(evidenceLimit: Int?) -> Extractor {
        Extractor(actors: actors, evidenceLimit: evidenceLimit)
    }

    /// `document` as the run takes it, or why it is skipped.
    public func admit(_ document: Document) -> Admission {
        if checksLanguage {
            let verdict = LanguageCheck.judge(document.text)
            if verdict.isClearlyNotEnglish {
                return .skipped(warning: Self.notEnglishWarning(document.name, verdict))
            }
        }
        let dated = date.map { document.dated($0) } ?? document
        if let window, !window.contains(dated.date) { return .outsideWindow(undated: dated.date == nil) }
        return .taken(dated)
    }

    /// `skipped NAME: not English (…)`, in words a reader can act on.
    public static func notEnglishWarning(_ name: String, _ verdict: LanguageCheck.Verdict) -> String {
        let threshold = Int((LanguageCheck.threshold * 100).rounded())
        return "skipped \(name): not English (\(verdict.percent)% of its \(verdict.words) words are common English words such as 'the', 'of', 'and'; English text has \(threshold)% or more); --any-language reads it anyway"
    }
}
