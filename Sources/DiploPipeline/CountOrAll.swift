/// An option that takes a count or `all` (`--evidence-limit N|all`, `--max-edges N|all`,
/// `--max-nodes N|all`).
public enum CountOrAll {
    /// `text` as a count of 1 or more, `nil` for `all` (any case), `defaultCount` when the
    /// option was not given.
    ///
    /// - Throws: ``UsageError`` naming `option` for anything else.
    public static func parse(_ text: String?, option: String, default defaultCount: Int) throws(UsageError) -> Int? {
        guard let text else { return defaultCount }
        if text.lowercased() == "all" { return nil }
        guard let value = Int(text), value >= 1 else {
            throw UsageError("\(option) takes a number of 1 or more, or 'all', not '\(text)'")
        }
        return value
    }
}
