import DiploGraph
import DiploRendering

/// A run of the pipeline that cannot go on, with a message a user can act on: a file that
/// cannot be read or written, a graph that breaks the contract, a window of dates that takes no
/// document. (A document that cannot be read is a `DocumentError`; a failed system call that
/// reaches the caller is a ``SystemError``.)
///
/// The command line writes the message as `diplograph: error: <message>` and exits with
/// status 1.
public struct PipelineError: Error, Equatable, CustomStringConvertible {
    /// The one-line message.
    public var description: String

    /// Creates an error with `description` as its message.
    public init(_ description: String) {
        self.description = description
    }

    /// No path was given and standard input is a terminal, not a pipe or a file.
    public static let noInput = PipelineError(
        "no documents to read: name a file or directory, or pipe a document into standard input (see --help)")

    /// The output file cannot be written.
    static func cannotWrite(_ path: String, _ why: String) -> PipelineError {
        PipelineError("\(path): cannot write the output (\(why))")
    }

    /// `--focus` names no node of the graph.
    static func unknownFocus(_ name: String) -> PipelineError {
        PipelineError("--focus '\(name)' matches no leader, state, agreement or organisation of the graph (give an id such as state:KOR, a name or an alias)")
    }

    /// `--focus` fits several nodes equally well ("Kim" of two Kims).
    static func ambiguousFocus(_ name: String, _ nodes: [Node]) -> PipelineError {
        let shown = nodes.prefix(8).map { "\($0.label) (\($0.id))" }.joined(separator: ", ")
        let more = nodes.count > 8 ? " and \(nodes.count - 8) more" : ""
        return PipelineError("--focus '\(name)' could mean \(shown)\(more); give the full name or the id")
    }

    /// The `--actors` file cannot be read.
    static func badActors(_ path: String, _ why: String) -> PipelineError {
        PipelineError("\(path): not a usable actors file (\(why))")
    }

    /// The `--style` file cannot be read or is not a style.
    static func badStyle(_ path: String, _ why: String) -> PipelineError {
        PipelineError("\(path): not a usable style file (\(why))")
    }

    /// A graph JSON file cannot be read or breaks the contract.
    static func badGraph(_ path: String, _ why: String) -> PipelineError {
        PipelineError("\(path): not a diplograph graph: \(why)")
    }

    /// Two documents would write the same file under `--per-document`.
    static func sameOutputName(_ name: String, _ first: String, _ second: String) -> PipelineError {
        PipelineError("--per-document: \(first) and \(second) would both be written to \(name); rename one or run them apart")
    }

    /// Fails a run that read `total` documents and took none: every one skipped as not English,
    /// or left out by `--since`/`--until`.
    static func checkSomethingTaken(_ total: Int, notEnglish: Int, outsideWindow: Int, window: DateWindow?) throws {
        guard total > 0, notEnglish + outsideWindow == total else { return }
        if outsideWindow == 0 { throw nothingInEnglish(notEnglish) }
        let english = notEnglish > 0 ? ", and \(DateWindow.documents(notEnglish)) skipped as not English" : ""
        throw PipelineError(
            "no graph: no document is dated within \(window?.description ?? "--since/--until") (\(DateWindow.documents(outsideWindow)) left out\(english)); widen the window, or give undated documents a --date")
    }

    /// Every one of `count` documents was skipped as not English: there is nothing to make a
    /// graph of.
    static func nothingInEnglish(_ count: Int) -> PipelineError {
        let documents = count == 1 ? "the document was" : "all \(count) documents were"
        return PipelineError("no graph: \(documents) skipped as not English (see the warnings); --any-language reads them anyway")
    }
}
