/// Every prefix of a set of strings: whether some string starts with a given text.
///
/// The matchers grow a span of tokens one token at a time and look each span up; once a span is
/// the start of no form, no longer span can be a form, and the search stops. The answer is
/// exact for ASCII text (where string equality is byte equality); for other text a matcher
/// does not stop early (see ``mayExtend(_:)``).
struct PrefixSet: Sendable {
    private let prefixes: WordSet

    init<S: Sequence>(_ strings: S) where S.Element == String {
        var prefixes: [String] = []
        for string in strings {
            // Only ASCII text is asked about: the prefixes that matter end before the first
            // non-ASCII byte. (A string with a character whose canonical decomposition is ASCII,
            // such as U+212A KELVIN SIGN, keeps all its prefixes: the set compares canonically.)
            let bytes = Array(string.utf8)
            let asciiCount = bytes.firstIndex { $0 >= 0x80 } ?? bytes.count
            for end in stride(from: 1, through: asciiCount, by: 1) {
                prefixes.append(String(decoding: bytes[0..<end], as: UTF8.self))
            }
            if asciiCount < bytes.count, string.unicodeScalars.contains(where: { $0.properties.isFullCompositionExclusion }) {
                var prefix = ""
                for character in string {
                    prefix.append(character)
                    prefixes.append(prefix)
                }
            }
        }
        self.prefixes = WordSet(prefixes)
    }

    /// Whether a longer text that starts with `text` may still be one of the strings: false only
    /// when `text` is ASCII and no string starts with it.
    func mayExtend(_ text: String) -> Bool {
        prefixes.contains(text) || !text.utf8.allSatisfy { $0 < 0x80 }
    }
}
