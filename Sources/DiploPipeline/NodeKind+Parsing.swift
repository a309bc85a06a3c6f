import DiploGraph
import Foundation

extension NodeKind {
    /// The accepted values, for help and errors: `leader, state …`.
    public static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses `--kinds`' value: kinds separated by commas (case-insensitive; plurals accepted).
    ///
    /// - Throws: ``UsageError`` naming the unknown kind and the accepted values.
    public static func parseList(_ argument: String) throws(UsageError) -> Set<NodeKind> {
        var kinds: Set<NodeKind> = []
        for part in argument.split(separator: ",") {
            var word = part.trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty { continue }
            if word == "organisation" || word == "organisations" { word = "organization" }
            if NodeKind(rawValue: word) == nil, word.hasSuffix("s") { word.removeLast() }
            guard let kind = NodeKind(rawValue: word) else {
                throw UsageError("unknown kind '\(part)' in --kinds; use \(valueList)")
            }
            kinds.insert(kind)
        }
        if kinds.isEmpty { throw UsageError("--kinds needs at least one of \(valueList)") }
        return kinds
    }
}
