/// Every prefix of a set of strings: whether some string starts with a given text.
///
/// The matchers grow a span of tokens one token at a time and look each span up; once a span is
/// the start of no form, no longer span can be a form, and the search stops. The answer is
/// exact for ASCII text (where string equality is byte equality); for other text a matcher
/// does not stop early (see ``mayExtend(_:)``).
struct PrefixSet: Sendable {
    private let prefixes: Set<String>

    init<S: Sequence>(_ strings: S) where S.Element == String {
        var prefixes: Set<String> = []
        for string in strings {
            var prefix = ""
            for character in string {
                prefix.append(character)
                prefixes.insert(prefix)
            }
        }
        self.prefixes = prefixes
    }

    /// Whether a longer text that starts with `text` may still be one of the strings: false only
    /// when `text` is ASCII and no string starts with it.
    func mayExtend(_ text: String) -> Bool {
        prefixes.contains(text) || !text.utf8.allSatisfy { $0 < 0x80 }
    }
}
