/// The ISO 3166-1 alpha-3 code of a state or territory (`KOR`, `CHN`): a state node's
/// ``Node/code`` and the key of its identifier (``NodeID/init(state:)``).
///
/// Kept as written: the gazetteer's codes are upper-case letters, and a hand-written graph's
/// code is compared as it stands.
public struct StateCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringInterpolation {
    /// The code, such as `KOR`.
    public let rawValue: String

    /// The code `rawValue`.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A code written in code (`"KOR"`, `"S\(number)"`).
    public init(stringLiteral rawValue: String) {
        self.init(rawValue: rawValue)
    }

    /// Reads the code from its string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the code as its string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: StateCode, rhs: StateCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
