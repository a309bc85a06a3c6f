import DiploGraph

/// The actors of a sentence (sorted by position) for the relation finder's questions: the
/// nearest actor before a token that may be a subject, the first after it, the one that ends
/// right before it.
///
/// Like `TokenSpans`, it reads the actors one by one when there are few (nearly every
/// sentence), and past `TokenSpans.scanLimit` builds an index that answers in constant time or
/// by a binary search: asked for every trigger, reading every actor made a long sentence
/// quadratic. Both give the same answers.
struct ActorIndex {
    private let actors: [ActorMention]
    private let tokens: [Token]
    private let structure: ClauseStructure
    /// Where the actors lie, by token.
    let spans: TokenSpans
    private let index: Index?

    /// - Parameters:
    ///   - actors: The actors, sorted by their first token.
    ///   - tokens: The sentence's tokens.
    ///   - structure: The sentence's clauses and asides.
    ///   - scanLimit: Up to this many actors are read one by one (tests set it to 0 to compare
    ///     the index with the reading).
    init(actors: [ActorMention], tokens: [Token], structure: ClauseStructure, scanLimit: Int = TokenSpans.scanLimit) {
        self.actors = actors
        self.tokens = tokens
        self.structure = structure
        spans = TokenSpans(actors.map(\.tokens), tokenCount: tokens.count, scanLimit: scanLimit)
        index = actors.count > scanLimit ? Index(actors: actors, tokens: tokens, structure: structure) : nil
    }

    /// Whether actor `j` follows a preposition ("with China").
    private func isGoverned(_ j: Int) -> Bool { RelationFinder.isGoverned(actors[j], in: tokens) }

    /// Whether actor `j` names a place ("in Brussels").
    private func isPlace(_ j: Int) -> Bool { RelationFinder.isPlace(actors[j], in: tokens) }

    /// Whether actor `j` starts inside an aside.
    private func isInAside(_ j: Int) -> Bool { structure.aside(containing: actors[j].tokens.lowerBound) != nil }

    /// The index of the first actor that starts at token `k` or later (`actors.count` if none).
    func first(startingAtOrAfter k: Int) -> Int {
        guard let index else { return actors.firstIndex { $0.tokens.lowerBound >= k } ?? actors.count }
        return k < index.firstAtOrAfter.count ? Int(index.firstAtOrAfter[max(0, k)]) : actors.count
    }

    /// The first actor that starts at token `k` or later, if any.
    func firstActor(startingAtOrAfter k: Int) -> ActorMention? {
        let found = first(startingAtOrAfter: k)
        return found < actors.count ? actors[found] : nil
    }

    /// The first actor that starts at token `k` or later and is not a place.
    func firstActorNotAPlace(startingAtOrAfter k: Int) -> ActorMention? {
        first(startingAtOrAfter: k, following: index?.nextNonPlace) { !isPlace($0) }
    }

    /// The first leader that starts at token `k` or later.
    func firstLeader(startingAtOrAfter k: Int) -> ActorMention? {
        first(startingAtOrAfter: k, following: index?.nextLeader) { actors[$0].kind == .leader }
    }

    /// The first actor from token `k` on that `holds`, by the index's `next` table when there is one.
    private func first(startingAtOrAfter k: Int, following next: [Int32]?, _ holds: (Int) -> Bool) -> ActorMention? {
        var found = first(startingAtOrAfter: k)
        if let next {
            if found < actors.count { found = Int(next[found]) }
        } else {
            while found < actors.count, !holds(found) { found += 1 }
        }
        return found < actors.count ? actors[found] : nil
    }

    /// The last actor (in sorted order) that ends right before token `k`.
    func lastActor(endingAt k: Int) -> ActorMention? {
        guard k >= 0 else { return nil }
        return spans.last(endingAt: k).map { actors[$0] }
    }

    /// The actors that start after token `k` and at most `distance` tokens after it, in order.
    func actors(startingAfter k: Int, within distance: Int) -> ArraySlice<ActorMention> {
        let from = first(startingAtOrAfter: k + 1)
        var to = from
        while to < actors.count, actors[to].tokens.lowerBound - k <= distance { to += 1 }
        WorkMeter.record(1 + to - from)
        return actors[from..<to]
    }

    /// The first actor of the sentence that ends at or before token `i` and may be a subject
    /// (not governed, outside asides).
    func firstOpenSubject(endingAtOrBefore i: Int) -> ActorMention? {
        guard let index else {
            return actors.indices.first { actors[$0].tokens.upperBound <= i && !isGoverned($0) && !isInAside($0) }.map { actors[$0] }
        }
        // `smallestEndSoFar` only falls: the first position where it is at most `i`.
        let found = index.smallestEndSoFar.firstIndex(withKeyAtLeast: -i) { -$0 }
        return found < index.openSubjects.count ? actors[Int(index.openSubjects[found])] : nil
    }

    /// The last actor, in sorted order, that ends at or before token `i`, is of one of `kinds`,
    /// is not governed when `subjectOnly`, and stands outside every aside or inside `aside` (the
    /// aside of token `i`).
    func lastActor(endingAtOrBefore i: Int, kinds: Set<NodeKind>, subjectOnly: Bool, aside: Range<Int>?) -> ActorMention? {
        guard let index else {
            return actors.indices.last { j in
                actors[j].tokens.upperBound <= i && kinds.contains(actors[j].kind) && !(subjectOnly && isGoverned(j))
                    && (!isInAside(j) || aside?.contains(actors[j].tokens.lowerBound) == true)
            }.map { actors[$0] }
        }
        // The actors inside the aside are the ones that start inside it: a run of indices.
        let inAside = aside.map { first(startingAtOrAfter: $0.lowerBound)..<first(startingAtOrAfter: $0.upperBound) }
        var j = first(startingAtOrAfter: i) - 1
        var steps = 1
        defer { WorkMeter.record(steps) }
        while j >= 0 {
            steps += 1
            var best: Int32 = -1
            for kind in kinds {
                let variant = Index.variant(kind, subjectOnly: subjectOnly)
                best = max(best, index.lastFree[variant][j])
                if let inAside, j >= inAside.lowerBound, !inAside.isEmpty {
                    let candidate = index.lastAnywhere[variant][min(j, inAside.upperBound - 1)]
                    if candidate >= inAside.lowerBound { best = max(best, candidate) }
                }
            }
            guard best >= 0 else { return nil }
            let actor = actors[Int(best)]
            // An actor that starts before `i` but runs past it (overlapping mentions): look further back.
            if actor.tokens.upperBound > i { j = Int(best) - 1; continue }
            return actor
        }
        return nil
    }

    /// The tables of a sentence with many actors, built in one pass each.
    private struct Index {
        /// For each token position (and the end), the first actor that starts there or later.
        let firstAtOrAfter: [Int32]
        /// For each actor, the first actor from it on that is not a place, or `actors.count`;
        /// the same for leaders.
        let nextNonPlace: [Int32]
        let nextLeader: [Int32]
        /// For each kind, for subjects only (not governed) or not (see `variant`): the last actor
        /// up to each actor (itself included) of that kind, `free` outside any aside,
        /// `anywhere` wherever it stands; -1 for none.
        let lastFree: [[Int32]]
        let lastAnywhere: [[Int32]]
        /// The actors that may be a sentence's first subject (not governed, outside asides), in
        /// order, and the smallest end among the first of them.
        let openSubjects: [Int32]
        let smallestEndSoFar: [Int]

        /// The position of a kind and a subject-only flag in `lastFree` and `lastAnywhere`.
        static func variant(_ kind: NodeKind, subjectOnly: Bool) -> Int {
            2 * NodeKind.allCases.firstIndex(of: kind)! + (subjectOnly ? 1 : 0)
        }

        init(actors: [ActorMention], tokens: [Token], structure: ClauseStructure) {
            let tokenCount = tokens.count
            let isGoverned = actors.map { RelationFinder.isGoverned($0, in: tokens) }
            let isPlace = actors.map { RelationFinder.isPlace($0, in: tokens) }
            let isInAside = actors.map { structure.aside(containing: $0.tokens.lowerBound) != nil }
            var first = [Int32](repeating: Int32(actors.count), count: tokenCount + 1)
            var next = actors.count
            for k in stride(from: tokenCount, through: 0, by: -1) {
                while next > 0, actors[next - 1].tokens.lowerBound >= k { next -= 1 }
                first[k] = Int32(next)
            }
            firstAtOrAfter = first
            func nextWhere(_ holds: (Int) -> Bool) -> [Int32] {
                var result = [Int32](repeating: Int32(actors.count), count: actors.count + 1)
                for j in actors.indices.reversed() { result[j] = holds(j) ? Int32(j) : result[j + 1] }
                return result
            }
            nextNonPlace = nextWhere { !isPlace[$0] }
            nextLeader = nextWhere { actors[$0].kind == .leader }
            var free: [[Int32]] = []
            var anywhere: [[Int32]] = []
            for kind in NodeKind.allCases {
                for subjectOnly in [false, true] {
                    var lastFree: Int32 = -1, lastAnywhere: Int32 = -1
                    var freeList = [Int32](), anywhereList = [Int32]()
                    freeList.reserveCapacity(actors.count)
                    anywhereList.reserveCapacity(actors.count)
                    for (j, actor) in actors.enumerated() {
                        if actor.kind == kind && !(subjectOnly && isGoverned[j]) {
                            lastAnywhere = Int32(j)
                            if !isInAside[j] { lastFree = Int32(j) }
                        }
                        freeList.append(lastFree)
                        anywhereList.append(lastAnywhere)
                    }
                    free.append(freeList)
                    anywhere.append(anywhereList)
                }
            }
            lastFree = free
            lastAnywhere = anywhere
            openSubjects = actors.indices.filter { !isGoverned[$0] && !isInAside[$0] }.map { Int32($0) }
            var smallest = Int.max
            smallestEndSoFar = openSubjects.map { index in
                smallest = min(smallest, actors[Int(index)].tokens.upperBound)
                return smallest
            }
            WorkMeter.record(tokenCount + actors.count * (4 + 2 * NodeKind.allCases.count))
        }
    }
}
