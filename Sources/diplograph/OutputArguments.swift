import ArgumentParser
import DiploRendering
import Foundation

/// `--format` and `--output`, shared by the subcommands that write one graph.
struct OutputArguments: ParsableArguments {
    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "The output format: \(OutputFormat.valueList). (default: the --output extension, else dot)",
            valueName: "format"),
        transform: OutputFormat.parse)
    var format: OutputFormat?

    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Write to this file instead of standard output (a file is replaced only on success; a device or pipe is written straight through).",
            valueName: "file"))
    var output: String?

    /// The format to write: `--format`, else the `--output` extension, else `fallback`.
    ///
    /// - Throws: `CommandLineError.unknownExtension` for an extension that names no format.
    func resolvedFormat(fallback: OutputFormat = .dot) throws -> OutputFormat {
        if let format { return format }
        guard let output else { return fallback }
        let ext = (output as NSString).pathExtension
        if ext.isEmpty { return fallback }
        guard let fromExtension = OutputFormat(pathExtension: ext) else {
            throw CommandLineError.unknownExtension(output, ext)
        }
        return fromExtension
    }

    /// Writes `bytes` to `--output` (see `OutputWriter.write(_:to:)`) or to standard output.
    func write(_ bytes: [UInt8]) throws {
        if let output {
            try OutputWriter.write(bytes, to: output)
        } else {
            try OutputWriter.writeToStandardOutput(bytes)
        }
    }
}
