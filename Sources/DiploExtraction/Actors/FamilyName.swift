/// Which folded words of a person's names are their family name, the rule by which
/// `scripts/generate-actors.py` (`family_words`) files the built-in people and by which a user
/// overlay's people are filed at load.
///
/// Only a person with a government or military affiliation has family names here: the index
/// serves a family name written with an office title ("President Bush", "Chancellor
/// Schroeder"). Of the name and of each alias of two or more folded words, the family name is
/// the last word that is no particle ("de", "van", "bin", "al", …), suffix ("Jr", "III") or
/// single letter; for a person whose every office state writes the family name first
/// (``LeaderResolver/familyNameFirst``: Xi Jinping, Moon Jae-in) it is the first such word, and
/// for a person with office in both kinds of state, both. Common English words stay ("Bush",
/// "Major", "Brown"): the title makes them specific.
enum FamilyName {
    /// Folded words that are never a family name: name particles (the generator's `PARTICLES`
    /// and `FAMILY_PARTICLES`).
    static let particles: Set<String> = [
        "de", "da", "di", "du", "van", "von", "der", "den", "dos", "das", "del", "la", "le",
        "bin", "bint", "ibn", "y", "ben", "al", "el", "des", "della", "ter", "ten", "zu", "ul",
    ]
    /// Folded words skipped at the end of a name (the generator's `FAMILY_SUFFIXES`).
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// The folded family names of `actor` (none without a government or military affiliation).
    static func words(of actor: Actor) -> Set<String> {
        let officeStates = Set(actor.affiliations.filter(\.role.isOffice).map { $0.state ?? "" })
        guard !officeStates.isEmpty else { return [] }
        let firstOrder = officeStates.filter(LeaderResolver.familyNameFirst.contains)
        let fromStart = !firstOrder.isEmpty
        let fromEnd = firstOrder.count < officeStates.count
        var found: Set<String> = []
        for name in actor.names {
            let words = foldedWords(of: name)
            guard words.count >= 2 else { continue }
            if fromStart, let word = words.first(where: isFamilyWord) { found.insert(word) }
            if fromEnd, let word = words.reversed().filter({ !suffixes.contains($0) }).first(where: isFamilyWord) {
                found.insert(word)
            }
        }
        return found
    }

    /// Whether a folded word can be a family name: two letters or more and no particle.
    private static func isFamilyWord(_ word: String) -> Bool {
        word.count > 1 && !particles.contains(word)
    }

    /// The words of `text` as ``NameKey`` hashes them (`.` and `'` dropped).
    private static func foldedWords(of text: String) -> [String] {
        NameKey.foldedWords(of: text)
            .map { $0.filter { $0 != "." && $0 != "'" } }
            .filter { !$0.isEmpty }
    }
}
