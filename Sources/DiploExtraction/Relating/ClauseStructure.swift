/// The clause structure of a sentence, as far as relation finding needs it: where clauses
/// begin, and which spans are relative clauses or parentheses that a subject search skips.
struct ClauseStructure {
    /// For each token, the index of its clause.
    let clause: [Int]
    /// Relative clauses (", who …,", ", which …,") and parentheses, with the token before them.
    /// They do not overlap, and come in order.
    let asides: [Range<Int>]

    /// Clauses that state a condition ("if Israel and the Palestinians failed to agree",
    /// "unless Iran complies"): what they say is hypothetical, not a deed.
    let conditional: Set<Int>

    /// Words that open a condition.
    static let conditions: WordSet = ["if", "unless", "lest"]

    static let clauseOpeners: WordSet = ["but", "while", "whereas", "although", "though", "however", "yet", "because", "since", "so"]

    /// Words that open a clause wherever they stand: "X told Y that …" (the subject of what
    /// follows is not Y), "…, according to Chinese state media".
    static let subordinators: WordSet = ["that", "according", "whether", "unless", "whereby"]

    /// What a word does to the clause structure: the lists above, looked up once per word.
    private struct Role: OptionSet {
        let rawValue: UInt8
        static let opener = Role(rawValue: 1)
        static let subordinator = Role(rawValue: 2)
        static let condition = Role(rawValue: 4)
    }

    private static let roles: WordTable<Role> = {
        var roles: [String: Role] = [:]
        for word in clauseOpeners { roles[word, default: []].insert(.opener) }
        for word in subordinators { roles[word, default: []].insert(.subordinator) }
        for word in conditions { roles[word, default: []].insert(.condition) }
        return WordTable(roles)
    }()

    init(_ tokens: [Token]) {
        var clause: [Int] = []
        var conditional: Set<Int> = []
        var current = 0
        clause.reserveCapacity(tokens.count)
        for i in tokens.indices {
            // (Marks are punctuation tokens, and the lists hold words only: each token is
            // compared with what it can be.)
            if tokens[i].kind == .punctuation {
                if tokens[i].text == ";" || tokens[i].text == ":" { current += 1 }
            } else if let role = Self.roles[wordAt: i, in: tokens] {
                let lower = tokens[i].lower
                if i > 0 {
                    if role.contains(.opener), tokens[i - 1].text == "," || lower == "but" { current += 1 }
                    if !role.isDisjoint(with: [.subordinator, .condition]), !Self.determinerThat(tokens, i) { current += 1 }
                }
                // "If talks fail, …" conditions the whole sentence; "… if X fails" what follows.
                if role.contains(.condition) { conditional.insert(current) }
            }
            clause.append(current)
        }
        self.clause = clause
        self.conditional = conditional
        var asides: [Range<Int>] = []
        var i = 0
        // Tokens read: each once, and each an aside skips over once more.
        var steps = tokens.count
        defer { WorkMeter.record(steps) }
        while i < tokens.count {
            guard tokens[i].kind == .punctuation else { i += 1; continue }
            if tokens[i].text == "(" {
                let end = tokens[i...].firstIndex { $0.text == ")" } ?? tokens.count
                asides.append(i..<min(tokens.count, end + 1))
                steps += end - i
                i = end + 1
                continue
            }
            if tokens[i].text == ",", i + 1 < tokens.count, ["who", "which", "whose", "whom"].contains(tokens[i + 1].lower) {
                let end = tokens[(i + 1)...].firstIndex { $0.text == "," || $0.text == ";" } ?? tokens.count
                asides.append(i..<end)
                steps += end - i
                i = end
                continue
            }
            i += 1
        }
        self.asides = asides
    }

    /// "that deal", "that country": a determiner, not a clause.
    private static func determinerThat(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].lower == "that", i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.isLowercaseWord && (AgreementLexicon.nouns[next] != nil || ["country", "state", "nation", "government", "meeting", "visit", "summit", "year", "week", "day", "time", "issue"].contains(next.lower))
    }

    /// The aside that holds token `index`, if any. (The asides are in order and do not overlap:
    /// the only one that can hold it is the first that ends after it.)
    func aside(containing index: Int) -> Range<Int>? {
        let candidate = asides.firstIndex(withKeyAtLeast: index + 1, key: \.upperBound)
        return candidate < asides.count && asides[candidate].contains(index) ? asides[candidate] : nil
    }

    /// The index of the first token of clause `number`, if a token has that number. (Clause
    /// numbers never fall from one token to the next.)
    func firstToken(ofClause number: Int) -> Int? {
        let candidate = clause.firstIndex(withKeyAtLeast: number) { $0 }
        return candidate < clause.count && clause[candidate] == number ? candidate : nil
    }
}
