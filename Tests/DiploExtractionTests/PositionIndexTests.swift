import DiploGraph
import Testing
import TestSupport
@testable import DiploExtraction

/// `TokenSpans` and `ActorIndex` answer by reading their list when it is short and by an index
/// when it is long: on generated sentences, the two give the same answers, which are the ones
/// the plain definitions give.
@Suite("Position indexes: the index and the reading agree")
struct PositionIndexTests {
    /// Random token ranges within `tokenCount` tokens: overlapping, repeated and empty ones too.
    static func ranges(_ generator: inout SplitMix64, tokenCount: Int) -> [Range<Int>] {
        (0..<Int.random(in: 0...30, using: &generator)).map { _ in
            let start = Int.random(in: 0...tokenCount, using: &generator)
            return start..<min(tokenCount, start + Int.random(in: 0...4, using: &generator))
        }
    }

    @Test("TokenSpans: every question, indexed or read, answered as the definitions say", arguments: 0..<200)
    func tokenSpans(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let tokenCount = Int.random(in: 0...40, using: &generator)
        let ranges = Self.ranges(&generator, tokenCount: tokenCount)
        let read = TokenSpans(ranges, tokenCount: tokenCount, scanLimit: .max)
        let indexed = TokenSpans(ranges, tokenCount: tokenCount, scanLimit: 0)
        let even: (Int) -> Bool = { $0 % 2 == 0 }
        for spans in [read, indexed] {
            for k in 0...tokenCount {
                #expect(spans.first(startingAt: k) == ranges.indices.first { ranges[$0].lowerBound == k }, "seed \(seed) k \(k)")
                #expect(spans.first(startingAt: k, where: even) == ranges.indices.first { ranges[$0].lowerBound == k && even($0) })
                #expect(spans.first(endingAt: k) == ranges.indices.first { ranges[$0].upperBound == k })
                #expect(spans.first(endingAt: k, where: even) == ranges.indices.first { ranges[$0].upperBound == k && even($0) })
                #expect(spans.last(endingAt: k) == ranges.indices.last { ranges[$0].upperBound == k })
                #expect(spans.lastEnding(atOrBefore: k) == ranges.indices.last { ranges[$0].upperBound <= k })
                if k < tokenCount { #expect(spans.covers(k) == ranges.contains { $0.contains(k) }, "seed \(seed) k \(k)") }
                for length in 0...3 where k + length <= tokenCount {
                    let range = k..<(k + length)
                    #expect(spans.overlaps(range) == ranges.contains { $0.overlaps(range) }, "seed \(seed) \(range)")
                }
            }
        }
    }

    /// Words that make asides, clauses, prepositions and places.
    static let words = ["Lee", "Kim", "Spain", "France", "NATO", ",", "who", "which", "(", ")", ";", "in", "with", "the",
                        "met", "urged", "and", "but", "that", "talks", "said"]

    @Test("ActorIndex: every question, indexed or read, gets the same answer", arguments: 0..<200)
    func actorIndex(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let text = (0..<Int.random(in: 1...60, using: &generator)).map { _ in Self.words.randomElement(using: &generator)! }
            .joined(separator: " ")
        let tokens = Segmenter.tokenize(text)
        let structure = ClauseStructure(tokens)
        let kinds: [NodeKind] = [.leader, .state, .organization]
        let actors = Self.ranges(&generator, tokenCount: tokens.count).filter { !$0.isEmpty }
            .sorted { $0.lowerBound < $1.lowerBound }
            .enumerated().map { n, range in
                let kind = kinds.randomElement(using: &generator)!
                return ActorMention(tokens: range, id: NodeID(kind: kind, key: "actor-\(n)"), code: nil, kind: kind)
            }
        let read = ActorIndex(actors: actors, tokens: tokens, structure: structure, scanLimit: .max)
        let indexed = ActorIndex(actors: actors, tokens: tokens, structure: structure, scanLimit: 0)
        for k in 0...tokens.count {
            #expect(read.first(startingAtOrAfter: k) == indexed.first(startingAtOrAfter: k), "seed \(seed) k \(k)")
            #expect(read.firstActorNotAPlace(startingAtOrAfter: k) == indexed.firstActorNotAPlace(startingAtOrAfter: k))
            #expect(read.firstLeader(startingAtOrAfter: k) == indexed.firstLeader(startingAtOrAfter: k))
            #expect(read.lastActor(endingAt: k) == indexed.lastActor(endingAt: k))
            #expect(read.actors(startingAfter: k, within: 4) == indexed.actors(startingAfter: k, within: 4))
            #expect(read.firstOpenSubject(endingAtOrBefore: k) == indexed.firstOpenSubject(endingAtOrBefore: k), "seed \(seed) k \(k)")
            for kindSet: Set<NodeKind> in [[.leader, .state, .organization], [.state, .organization], [.leader]] {
                for subjectOnly in [false, true] {
                    let aside = structure.aside(containing: k)
                    #expect(read.lastActor(endingAtOrBefore: k, kinds: kindSet, subjectOnly: subjectOnly, aside: aside)
                            == indexed.lastActor(endingAtOrBefore: k, kinds: kindSet, subjectOnly: subjectOnly, aside: aside),
                            "seed \(seed) k \(k) \(kindSet) \(subjectOnly)")
                }
            }
        }
    }

    @Test("ClauseStructure: the aside of a token and the first token of a clause, as the definitions say", arguments: 0..<100)
    func clauseStructure(seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let text = (0..<Int.random(in: 1...80, using: &generator)).map { _ in Self.words.randomElement(using: &generator)! }
            .joined(separator: " ")
        let structure = ClauseStructure(Segmenter.tokenize(text))
        for k in 0...structure.clause.count {
            #expect(structure.aside(containing: k) == structure.asides.first { $0.contains(k) }, "seed \(seed) k \(k)")
        }
        for number in 0...((structure.clause.last ?? 0) + 1) {
            #expect(structure.firstToken(ofClause: number) == structure.clause.firstIndex(of: number))
        }
    }
}
