import ArgumentParser
import DiploRendering

// Formats and engines are parsed from the library's `String` raw-value enums, so formats or
// engines added to DiploRendering appear on the command line (and in its help) automatically.
// A custom parse gives a one-line error that lists the accepted values.

extension OutputFormat {
    /// The accepted values, for help and errors: `dot, json, svg …`.
    static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses `--format`'s value (case-insensitive).
    ///
    /// - Throws: `ValidationError` naming the accepted values.
    static func parse(_ argument: String) throws -> OutputFormat {
        guard let format = OutputFormat(rawValue: argument.lowercased()) else {
            throw ValidationError("unknown format '\(argument)'; use one of \(valueList)")
        }
        return format
    }
}

extension LayoutEngine {
    /// The accepted values, for help and errors: `dot, neato, fdp …`.
    static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses `--engine`'s value (case-insensitive).
    ///
    /// - Throws: `ValidationError` naming the accepted values.
    static func parse(_ argument: String) throws -> LayoutEngine {
        guard let engine = LayoutEngine(rawValue: argument.lowercased()) else {
            throw ValidationError("unknown layout engine '\(argument)'; use one of \(valueList)")
        }
        return engine
    }
}

extension RankDirection {
    /// The accepted values, for help and errors: `TB, LR, BT, RL`.
    static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses `--rankdir`'s value (case-insensitive).
    ///
    /// - Throws: `ValidationError` naming the accepted values.
    static func parse(_ argument: String) throws -> RankDirection {
        guard let direction = RankDirection(rawValue: argument.uppercased()) else {
            throw ValidationError("unknown rank direction '\(argument)'; use one of \(valueList)")
        }
        return direction
    }
}
