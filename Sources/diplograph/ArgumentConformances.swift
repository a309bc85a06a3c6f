import ArgumentParser
import DiploGraph
import DiploPipeline
import DiploRendering

// Formats, engines and rank directions are parsed from the library's `String` raw-value enums,
// so values added to DiploRendering appear on the command line (and in its help) automatically.
// A custom parse gives a one-line error that lists the accepted values.

/// A library enum that a command-line option takes by its raw value.
protocol OptionValue: CaseIterable, RawRepresentable where RawValue == String {
    /// What the value is called in errors ("format", "layout engine").
    static var valueName: String { get }
    /// The argument as the raw values are written (they differ only in case).
    static func normalized(_ argument: String) -> String
}

extension OptionValue {
    /// The accepted values, for help and errors: `dot, json, svg …`.
    static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses an option's value (case-insensitive).
    ///
    /// - Throws: `ValidationError` naming the accepted values.
    static func parse(_ argument: String) throws -> Self {
        guard let value = Self(rawValue: normalized(argument)) else {
            throw ValidationError("unknown \(valueName) '\(argument)'; use one of \(valueList)")
        }
        return value
    }
}

extension OutputFormat: OptionValue {
    static let valueName = "format"
    static func normalized(_ argument: String) -> String { argument.lowercased() }
}

extension LayoutEngine: OptionValue {
    static let valueName = "layout engine"
    static func normalized(_ argument: String) -> String { argument.lowercased() }
}

extension GraphLevel: OptionValue {
    static let valueName = "level"
    static func normalized(_ argument: String) -> String {
        // "states" and "leaders" read as the level too.
        let lower = argument.lowercased()
        return lower.hasSuffix("s") ? String(lower.dropLast()) : lower
    }
}

extension RankDirection: OptionValue {
    static let valueName = "rank direction"
    static func normalized(_ argument: String) -> String { argument.uppercased() }
}

/// `body`'s result, a library's ``UsageError`` made a bad command line (`ValidationError`,
/// exit 64) with the same message.
func usage<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as UsageError {
        throw ValidationError(error.description)
    }
}
