extension ActorKnowledgeBase {
    /// The known names that start at token `i` of a sentence, longest first.
    ///
    /// A name starts with a capitalised word token and runs over word tokens only (lower-case
    /// particles inside, as in "Ursula von der Leyen", are allowed), up to ``maxKeyWords``
    /// folded words. Each result is the index after the name's last token (exclusive) and the
    /// people filed under that name. No string is built: the key grows one token's word hashes
    /// at a time, and the scan stops as soon as no known name starts with the span.
    public func names(startingAt i: Int, in keys: TokenNameKeys) -> [(end: Int, actors: [ActorID])] {
        guard i >= 0, i < keys.count, keys.isCapitalized(i), keys.isNameWord(i) else { return [] }
        var found: [(end: Int, actors: [ActorID])] = []
        var key: UInt64 = 0
        var words = 0
        var token = i
        while token < keys.count, keys.isNameWord(token) {
            let withinLimit = keys.forEachWordHash(of: token) { hash in
                key = NameKey.extend(key, hash)
                words += 1
                return words <= maxKeyWords
            }
            guard withinLimit else { break }
            let (people, isPrefix) = lookUp(key)
            if !people.isEmpty { found.append((end: token + 1, actors: people)) }
            guard isPrefix else { break }
            token += 1
        }
        return found.reversed()
    }
}
