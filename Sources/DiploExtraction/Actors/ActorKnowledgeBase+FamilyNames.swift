extension ActorKnowledgeBase {
    /// The people whose family name is `word`, ascending: everyone with a government or
    /// military affiliation whose name or an alias of two or more words has `word` as its family
    /// name (see `scripts/ACTORS.md`; the first word for people of states that write it first,
    /// as Xi of Xi Jinping). Folded like every name ("schröder" finds Gerhard Schröder).
    ///
    /// Meant for a family name written with an office title ("President Bush"): a common word
    /// such as "Major" or "Brown" is a family name here, so the caller narrows the people down
    /// by office, state and date. `word` must fold to a single word; otherwise the result is
    /// empty.
    public func people(withFamilyName word: String) -> [ActorID] {
        var hashes: [UInt64] = []
        NameKey.appendWordHashes(of: word, to: &hashes)
        guard hashes.count == 1 else { return [] }
        return people(withFamilyNameKey: NameKey.extend(0, hashes[0]))
    }

    /// The people whose family name is token `i` of a sentence (see
    /// ``people(withFamilyName:)``), from the hashes ``TokenNameKeys`` computed: no string is
    /// built. Empty unless the token is a word that folds to exactly one word ("Jae-myung"
    /// folds to two).
    public func people(withFamilyNameAt i: Int, in keys: TokenNameKeys) -> [ActorID] {
        guard i >= 0, i < keys.count, let hash = keys.singleWordHash(of: i) else { return [] }
        return people(withFamilyNameKey: NameKey.extend(0, hash))
    }

    /// The people filed under the one-word key of a family name, built-in and added.
    private func people(withFamilyNameKey key: UInt64) -> [ActorID] {
        let builtIn = EmbeddedActorTable.lookUpFamilyName(key)
        guard let added = addedFamilyNames[key] else { return builtIn }
        return Array(Set(builtIn + added)).sorted()
    }
}
