/// A malformed line of a user's actor overlay file.
public struct ActorOverlayError: Error, Sendable, CustomStringConvertible {
    /// The file (or other source) named by the caller.
    public let source: String
    /// The 1-based line number.
    public let line: Int
    /// What is wrong.
    public let reason: String

    /// `source:line: reason`.
    public var description: String { "\(source):\(line): \(reason)" }
}

extension ActorKnowledgeBase {
    /// The shared knowledge base plus the people of a user's overlay file.
    ///
    /// Format: one person a line, `name<TAB>aliases separated by |<TAB>STATE:role:from:until;...`
    /// (STATE an ISO alpha-3 code or empty for an international organisation; role one of
    /// ``ActorRole``'s raw values; from/until `YYYY-MM-DD` or empty for open). Lines starting with
    /// `#` and blank lines are skipped. A person whose folded name equals a built-in person's
    /// changes that person instead of adding one: the aliases are added, and for each (state,
    /// role) pair the line names, its affiliations replace the built-in ones of that pair (the
    /// others stay). Every alias of an overlay person is a key, one-word aliases included; a
    /// person with a government or military affiliation is also found by family name
    /// (``people(withFamilyName:)``).
    ///
    /// - Throws: ``ActorOverlayError`` naming `source:line` and what is wrong.
    public init(overlay text: String, source: String) throws {
        try self.init(overlay: text, source: source, base: .shared)
    }

    /// `base` plus the people of an overlay (see ``init(overlay:source:)``).
    init(overlay text: String, source: String, base: ActorKnowledgeBase) throws {
        var added: [Actor] = []
        var overridden: [ActorID: Actor] = [:]
        var keys: [UInt64: [ActorID]] = [:]
        var prefixes: Set<UInt64> = []
        var maxWords = 1
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let person: Actor
            switch ActorRecord.parse(line) {
            case .success(let parsed): person = parsed
            case .failure(let error): throw ActorOverlayError(source: source, line: offset + 1, reason: error.reason)
            }
            let folded = NameKey.foldedWords(of: person.name)
            let sameName = base.actors(named: person.name).filter { NameKey.foldedWords(of: base.actor($0).name) == folded }
            let ids: [ActorID]
            if sameName.isEmpty {
                ids = [ActorID(base.count + added.count)]
                added.append(person)
            } else {
                ids = sameName
                for id in sameName {
                    overridden[id] = Self.merge(overridden[id] ?? base.actor(id), with: person)
                }
            }
            for name in person.names {
                var hashes: [UInt64] = []
                NameKey.appendWordHashes(of: name, to: &hashes)
                guard !hashes.isEmpty else { continue }
                maxWords = max(maxWords, hashes.count)
                var key: UInt64 = 0
                for (position, hash) in hashes.enumerated() {
                    if position > 0 { prefixes.insert(key) }
                    key = NameKey.extend(key, hash)
                }
                keys[key, default: []].append(contentsOf: ids)
            }
        }
        var familyNames: [UInt64: [ActorID]] = [:]
        let changed = added.enumerated().map { (ActorID(base.count + $0.offset), $0.element) } + overridden.map { ($0.key, $0.value) }
        for (id, person) in changed {
            for word in FamilyName.words(of: person) {
                guard let key = NameKey.key(of: word) else { continue }
                familyNames[key, default: []].append(id)
            }
        }
        self.init(base: base, added: added, overridden: overridden, keys: keys, prefixes: prefixes,
                  familyNames: familyNames.mapValues { Array(Set($0)).sorted() }, maxKeyWords: maxWords)
    }

    /// `builtIn` with `overlay`'s aliases added and its (state, role) pairs replaced.
    private static func merge(_ builtIn: Actor, with overlay: Actor) -> Actor {
        let pairs = Set(overlay.affiliations.map { "\($0.state ?? ""):\($0.role.rawValue)" })
        let kept = builtIn.affiliations.filter { !pairs.contains("\($0.state ?? ""):\($0.role.rawValue)") }
        var aliases = builtIn.aliases
        for alias in overlay.names where alias != builtIn.name && !aliases.contains(alias) {
            aliases.append(alias)
        }
        let affiliations = (kept + overlay.affiliations).sorted { ($0.from?.description ?? "", $0.until?.description ?? "~") < ($1.from?.description ?? "", $1.until?.description ?? "~") }
        return Actor(name: builtIn.name, aliases: aliases, affiliations: affiliations)
    }
}
