import ArgumentParser
import DiploPipeline
import DiploRendering
import Foundation

/// The format a subcommand writes when neither `--format` nor the `--output` extension names
/// one: `dot` for `extract`, `render` and `diff`, `json` for `merge` (whose output is usually
/// merged again).
protocol DefaultOutputFormat {
    /// The format.
    static var format: OutputFormat { get }
}

/// DOT unless told otherwise.
enum DOTByDefault: DefaultOutputFormat {
    static var format: OutputFormat { .dot }
}

/// Graph JSON unless told otherwise.
enum JSONByDefault: DefaultOutputFormat {
    static var format: OutputFormat { .json }
}

/// `--format` (also `-f`, and `-T` as `dot` spells it: `-Tsvg`) and `--output`, shared by the subcommands that write one graph. `Default` is the
/// format written when neither names one; the help says which.
struct OutputArguments<Default: DefaultOutputFormat>: ParsableArguments {
    @Option(name: [.short, .long, .customShort("T", allowingJoined: true)], help: ArgumentHelp("The output format: \(OutputFormat.valueList); -T is dot's spelling, also joined: -Tsvg. (default: the --output extension, else \(Default.format.rawValue))", valueName: "format"), transform: OutputFormat.parse)
    var format: OutputFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output (a file is replaced only on success; a device or pipe is written straight through).", valueName: "file"))
    var output: String?

    /// The format to write: `--format`, else the `--output` extension, else `Default.format`.
    ///
    /// - Throws: `ValidationError` (a bad command line, exit 64) for an extension that names
    ///   no format.
    func resolvedFormat() throws -> OutputFormat {
        if let format { return format }
        guard let output else { return Default.format }
        let ext = (output as NSString).pathExtension
        if ext.isEmpty { return Default.format }
        guard let fromExtension = OutputFormat(pathExtension: ext) else {
            let known = OutputFormat.allCases.map { ".\($0.pathExtension)" }.joined(separator: ", ")
            throw ValidationError(
                "\(output): cannot tell the output format from the extension '.\(ext)'; use one of \(known) or say --format")
        }
        return fromExtension
    }

    /// Writes `bytes` to `--output` (see `OutputWriter.write(_:to:)`) or to standard output.
    func write(_ bytes: [UInt8]) throws {
        try OutputWriter.write(bytes, toOutput: output)
    }
}
