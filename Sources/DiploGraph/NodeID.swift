import Foundation

/// The stable identifier of a node: its kind and a key, written `kind:key` (`state:KOR`,
/// `leader:lee-jae-myung`). The written form is the wire form of the graph JSON and of
/// ``Node/id``, and identifiers compare as their written forms do.
public struct NodeID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// What the node stands for: the part before the colon.
    public let kind: NodeKind
    /// A state's ISO code as it is, or the slug of any other node's name: the part after the colon.
    public let key: String

    /// The identifier of kind `kind` with key `key`, taken as it is (see ``make(_:_:)`` to slug a
    /// name).
    public init(kind: NodeKind, key: String) {
        self.kind = kind
        self.key = key
    }

    /// The identifier of the state with `code`.
    public init(state code: StateCode) {
        self.init(kind: .state, key: code.rawValue)
    }

    /// The identifier written as `text`, or `nil` when it does not start with a kind and a colon.
    ///
    /// The text is split at its first colon as UTF-8 bytes: a key that starts with a combining
    /// mark ("agreement:" + U+0656 …) joins the colon in one `Character`, and splitting by
    /// characters would find no colon.
    public init?(_ text: String) {
        guard let colon = text.utf8.firstIndex(of: UInt8(ascii: ":")),
              let kind = NodeKind(rawValue: String(Substring(text.utf8[..<colon]))) else { return nil }
        self.init(kind: kind, key: String(Substring(text.utf8[text.utf8.index(after: colon)...])))
    }

    /// An identifier written in code (`"state:KOR"`, `"state:\(code)"`); it must start with a kind
    /// and a colon.
    /// (`NodeID("state:KOR")` with a literal is this initializer too, not the failable one.)
    public init(stringLiteral text: String) {
        guard let id = NodeID(text) else { preconditionFailure("\"\(text)\" is no node identifier (kind:key)") }
        self = id
    }

    /// The written form, `kind:key`.
    public var description: String { kind.rawValue + ":" + key }

    /// The state code of a state's identifier; `nil` for other kinds.
    public var stateCode: StateCode? { kind == .state ? StateCode(rawValue: key) : nil }

    /// Orders identifiers as their written forms: no kind's name is the start of another's, so
    /// kinds order by name (``NodeKind/nameRank``, without building the names), then keys.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool {
        lhs.kind != rhs.kind ? lhs.kind.nameRank < rhs.kind.nameRank : lhs.key < rhs.key
    }

    /// Reads the written form.
    ///
    /// - Throws: `DecodingError.dataCorrupted` when it does not start with a kind and a colon.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = NodeID(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is no node identifier (kind:key)")
        }
        self = id
    }

    /// Writes the written form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The identifier of a node of `kind` whose key is `key` (a code or a name).
    ///
    /// States keep their code as it is (`state:KOR`); every other kind is slugged
    /// (`leader:lee-jae-myung`).
    public static func make(_ kind: NodeKind, _ key: String) -> NodeID {
        NodeID(kind: kind, key: kind == .state ? key : slug(key))
    }

    /// Lower-case ASCII letters and digits joined by single hyphens; diacritics are folded
    /// ("Lula da Silva" → `lula-da-silva`, "Erdoğan" → `erdogan`).
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        // ASCII has no diacritics to fold: no need for Foundation.
        let folded = text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.applyingFoldedDiacritics()
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isDigit = v >= 48 && v <= 57
            let isUpper = v >= 65 && v <= 90
            let isLower = v >= 97 && v <= 122
            if isDigit || isUpper || isLower {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 32)! : scalar)
            } else if scalar.properties.isAlphabetic {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }
}

extension NodeKind {
    /// The kind's place among the kinds sorted by name (`agreement`, `leader`, `organization`,
    /// `state`): how identifiers of different kinds compare.
    var nameRank: Int {
        switch self {
        case .agreement: 0
        case .leader: 1
        case .organization: 2
        case .state: 3
        }
    }
}

extension String {
    /// The string with diacritics folded away ("Erdoğan" → "Erdogan").
    func applyingFoldedDiacritics() -> String {
        folding(options: [.diacriticInsensitive], locale: nil)
    }
}
