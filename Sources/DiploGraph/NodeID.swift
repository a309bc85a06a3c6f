import Foundation

/// Building the stable identifiers of nodes: `state:KOR`, `leader:lee-jae-myung`.
public enum NodeID {
    /// The identifier of a node of `kind` whose key is `key` (a code or a name).
    ///
    /// States keep their code as it is (`state:KOR`); every other kind is slugged
    /// (`leader:lee-jae-myung`).
    public static func make(_ kind: NodeKind, _ key: String) -> String {
        kind == .state ? "state:\(key)" : "\(kind.idPrefix):\(slug(key))"
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

extension String {
    /// The string with diacritics folded away ("Erdoğan" → "Erdogan").
    func applyingFoldedDiacritics() -> String {
        folding(options: [.diacriticInsensitive], locale: nil)
    }
}
