import ArgumentParser
import DiploPipeline
import Foundation

/// The `diplograph` command: reads news documents about diplomacy and writes the graph of
/// leaders, states and agreements inside them (`extract`), draws a graph file again (`render`),
/// writes an HTML report (`report`) or the graph of what changed (`diff`).
///
/// The executable is thin: it parses arguments, calls the libraries (DiploPipeline above
/// DiploExtraction and DiploRendering) and maps every failure to one line on standard error
/// and a non-zero exit.
@main
struct Diplograph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diplograph",
        abstract: "Extract leaders, states and agreements from news about diplomacy, as a graph.",
        discussion: """
            Reads news documents (plain text, Markdown or HTML), finds the leaders, states, \
            agreements and organisations they mention and how they relate (met, visited, urged, \
            signed, rejected …), and writes the graph as DOT, JSON, SVG, PNG, PDF, GraphML or \
            CSV, or as a self-contained HTML report. Every node and edge carries the sentence \
            it was read from.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Render.self, Report.self, Diff.self, Merge.self],
        defaultSubcommand: Extract.self
    )

    /// Makes the standard streams safe to use (`StandardStreams.prepare()`), installs the signal
    /// handler that removes a temporary output file (`InterruptCleanup`), runs the command line
    /// and exits with its status.
    static func main() {
        StandardStreams.prepare()
        InterruptCleanup.install()
        Foundation.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
    }

    /// Parses `arguments` (those after the program's name) and runs the command; returns the
    /// exit status. Unlike ArgumentParser's default, every error is reported as exactly one
    /// line, `diplograph: error: …`, on standard error (`StandardStreams.current`'s).
    ///
    /// Never exits the process, so that a test can run a command line inside its own. A
    /// subcommand's failure is reported here, once for all of them (``status(after:)``).
    static func run(arguments: [String]) -> Int32 {
        do {
            try refuseHelpForUnknownSubcommand(arguments)
            var command = try parseAsRoot(JoinedAttributeArguments.split(arguments))
            // `help NAME` is ArgumentParser's own command: its "error" is the help text.
            let isOwn = configuration.subcommands.contains { ObjectIdentifier($0) == ObjectIdentifier(type(of: command)) }
            do {
                try command.run()
            } catch where isOwn {
                return status(after: error)
            }
            return ExitCode.success.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version: their text goes out through our own writer, so that a
                // closed or full standard output is one error line, not a silent success.
                let text = fullMessage(for: error)
                if !text.isEmpty {
                    do {
                        try StandardStreams.writeOutput(Array((text + "\n").utf8))
                    } catch {
                        return status(after: error)
                    }
                }
                return ExitCode.success.rawValue
            }
            ErrorReporter.report(message(for: error))
            return code.rawValue == 0 ? ExitCode.failure.rawValue : code.rawValue
        }
    }

    /// The status of a run that failed with `error`: 141, quietly, when the reader of the
    /// output has gone, else 1 after `diplograph: error: <message>`.
    static func status(after error: any Error) -> Int32 {
        if error is StandardStreams.ReaderGone { return StandardStreams.ReaderGone.exitStatus }
        ErrorReporter.report(String(describing: error))
        return ExitCode.failure.rawValue
    }

    /// `diplograph help NAME` for a NAME that is no subcommand: ArgumentParser would print the
    /// top-level help and exit 0, so a typo would look like success. This is a bad command
    /// line instead (exit 64) that lists the subcommands.
    ///
    /// - Throws: `ValidationError` naming the unknown subcommand.
    static func refuseHelpForUnknownSubcommand(_ arguments: [String]) throws {
        guard arguments.first == "help", arguments.count > 1 else { return }
        let names = configuration.subcommands.map { $0._commandName }
        for name in arguments.dropFirst() where !names.contains(name) && name != "help" && !name.hasPrefix("-") {
            throw ValidationError(
                "'help \(name)': no such subcommand; the subcommands are \(names.joined(separator: ", "))")
        }
    }
}
