extension DocumentAnalysis {
    /// What decides whether a sentence's states tell a leader's state, worked out once for
    /// every entity that asks: for each state mention, the entity whose leader mentions overlap
    /// it, and whether it stands in quotation marks or after a preposition or a verb.
    struct StateFacts {
        /// For each state, the one entity whose leader mentions overlap it, `noEntity` or
        /// `severalEntities`.
        var overlappingEntity: [Int]
        var quotedOrGoverned: [Bool]

        static let noEntity = -1
        static let severalEntities = -2

        init(_ analysed: AnalysedSentence) {
            let tokens = analysed.sentence.tokens
            let states = analysed.states
            var overlapping = [Int](repeating: Self.noEntity, count: states.count)
            func note(_ entity: Int, overlaps n: Int) {
                if overlapping[n] == Self.noEntity { overlapping[n] = entity }
                else if overlapping[n] != entity { overlapping[n] = Self.severalEntities }
            }
            if analysed.leaders.count <= TokenSpans.scanLimit {
                for (n, state) in states.enumerated() {
                    for (mention, entity) in analysed.leaders where mention.tokens.overlaps(state.tokens) { note(entity, overlaps: n) }
                }
            } else {
                // Many leaders: each marks the states on its tokens.
                var statesAtToken = [[Int]](repeating: [], count: tokens.count)
                for (n, state) in states.enumerated() {
                    for k in state.tokens { statesAtToken[k].append(n) }
                }
                for (mention, entity) in analysed.leaders {
                    for k in mention.tokens { for n in statesAtToken[k] { note(entity, overlaps: n) } }
                }
            }
            overlappingEntity = overlapping
            // Quotation marks: one pass over the tokens up to the last state, taking the states in
            // order of position (the order they come in).
            var order = Array(states.indices)
            if zip(states, states.dropFirst()).contains(where: { $0.tokens.lowerBound > $1.tokens.lowerBound }) {
                order.sort { states[$0].tokens.lowerBound < states[$1].tokens.lowerBound }
            }
            var flags = [Bool](repeating: false, count: states.count)
            var open = false
            var n = 0
            for (k, token) in tokens.enumerated() {
                while n < order.count, states[order[n]].tokens.lowerBound <= k {
                    flags[order[n]] = open
                    n += 1
                }
                if n == order.count { break }
                if token.kind == .punctuation {
                    switch token.text {
                    case "\u{201C}": open = true
                    case "\u{201D}": open = false
                    case "\"": open.toggle()
                    default: break
                    }
                }
            }
            var governed = false
            for n in states.indices {
                governed = DocumentAnalysis.isGovernedOrObject(n, in: states, tokens: tokens, previousIs: governed)
                flags[n] = flags[n] || governed
            }
            quotedOrGoverned = flags
            WorkMeter.record(tokens.count + states.count + analysed.leaders.count)
        }
    }
}
