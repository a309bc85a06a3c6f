import DiploGraph
import Foundation
import Testing
@testable import DiploExtraction

// The relation triggers generated from the CAMEO verb dictionary (issue 12), and the matcher
// that finds triggers over word hashes. Every sentence is invented (real states, made-up people).

@Suite("Generated relation triggers")
struct GeneratedRelationTests {
    @Test("verbs outside the hand-written lexicon give their relation and PLOVER type", arguments: [
        ("Peru bombarded Chile on Tuesday.", "state:PER", Relation.attacked, "state:CHL", PloverType.assault),
        ("Ghana castigated Togo over the border closure.", "state:GHA", .criticized, "state:TGO", .accuse),
        ("Norway blacklisted Belarus last year.", "state:NOR", .sanctioned, "state:BLR", .sanction),
        ("Kenya exhorted Uganda to reopen the border.", "state:KEN", .urged, "state:UGA", .request),
        ("Sweden airlifted Moldova thousands of blankets.", "state:SWE", .aided, "state:MDA", .aid),
    ])
    func generatedVerb(_ text: String, _ source: NodeID, _ relation: Relation, _ target: NodeID, _ plover: PloverType) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.has(source, relation, target), "\(graph.summary)")
        let edge = try #require(graph.edges.first { $0.source == source && $0.target == target })
        #expect(edge.relation.plover == plover)
    }

    @Test("hand-written triggers keep their reading: \"expelled\" coerces, with PLOVER COERCE")
    func handWrittenWins() throws {
        let graph = try Extraction.graph("Peru expelled Chile's ambassador on Monday.")
        #expect(graph.has("state:PER", .coerced, "state:CHL"), "\(graph.summary)")
        #expect(Relation.coerced.plover == .coerce)
        let expelled = try #require(RelationLexicon.matcher.firstTrigger(["expelled"]))
        #expect(expelled.cameo == nil, "the hand-written trigger, not the generated one")
        let lauded = try #require(RelationLexicon.matcher.firstTrigger(["lauded"]))
        #expect(lauded.relation == .praised)
    }

    @Test("ambiguous verbs and noun-like forms are no triggers", arguments: [
        "Peru left Chile after the talks collapsed.",
        "Peru faced Chile in the final.",
        "Peru arms Chile's neighbours, officials said.",
    ])
    func ambiguousVerb(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(!graph.edges.contains { $0.relation.isInteraction && $0.source == "state:PER" }, "\(graph.summary)")
    }

    @Test("every generated trigger is lower-case words with a relation that has a PLOVER type")
    func generatedData() {
        #expect(RelationLexicon.generated.count > 500)
        for trigger in RelationLexicon.generated {
            #expect(trigger.relation.plover != nil, "\(trigger.words)")
            #expect(trigger.words.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() }, "\(trigger.words)")
        }
        #expect(!RelationLexicon.generated.contains { $0.words == ["say"] || $0.words == ["said"] })
        #expect(!RelationLexicon.generated.contains { $0.words == ["left"] || $0.words == ["make"] })
    }

    @Test("the generated triggers are the lines of the generated data, read plainly: words, CAMEO code, relation")
    func generatedLinesRead() {
        let lines = RelationLexicon.generatedLines.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false) }
        let read = lines.compactMap { fields -> (words: [String], cameo: String, relation: Relation)? in
            guard fields.count == 4, let relation = Relation(rawValue: String(fields[3])) else { return nil }
            return (fields[0].split(separator: " ", omittingEmptySubsequences: false).map(String.init), String(fields[1]), relation)
        }
        #expect(read.count == lines.count, "every line has four fields and a relation")
        #expect(RelationLexicon.generated.count == read.count)
        for (trigger, line) in zip(RelationLexicon.generated, read) {
            #expect(trigger.words == line.words && trigger.cameo == line.cameo && trigger.relation == line.relation, "\(line.words)")
            #expect(trigger.reading == (line.relation == .rejected ? .refusal : .verb), "\(line.words)")
        }
        #expect(RelationLexicon.generated.contains { $0.words == ["attacked", "and", "stabbed"] })
    }
}

@Suite("Trigger matcher")
struct TriggerMatcherTests {
    static func tokens(_ text: String) -> [Token] {
        Segmenter.tokenize(text)
    }

    @Test("the longest phrase that starts at a token wins")
    func longestPhrase() throws {
        let matcher = TriggerMatcher([
            .init(words: ["pull", "out"], relation: .rejected, reading: .verb),
            .init(words: ["pull", "out", "of"], relation: .coerced, reading: .verb),
            .init(words: ["pull"], relation: .attacked, reading: .verb),
        ])
        let tokens = Self.tokens("They will pull out of the deal.")
        let at = try #require(tokens.firstIndex { $0.lower == "pull" })
        let match = try #require(matcher.longestMatch(at: at, in: tokens))
        #expect(match.words == ["pull", "out", "of"])
        #expect(matcher.longestMatch(at: at + 1, in: tokens) == nil)
        let shorter = Self.tokens("They will pull out now.")
        let match2 = try #require(matcher.longestMatch(at: 2, in: shorter))
        #expect(match2.words == ["pull", "out"])
    }

    @Test("the first of two triggers with the same words wins")
    func firstWins() throws {
        let matcher = TriggerMatcher([
            .init(words: ["met"], relation: .met, reading: .verb),
            .init(words: ["met"], relation: .attacked, reading: .verb),
        ])
        #expect(matcher.firstTrigger(["met"])?.relation == .met)
        #expect(matcher.firstTrigger(["meets"]) == nil)
    }
}

extension TriggerMatcher {
    /// The trigger that matches exactly `words` at the start of a sentence made of them.
    func firstTrigger(_ words: [String]) -> RelationLexicon.Trigger? {
        let tokens = TriggerMatcherTests.tokens(words.joined(separator: " "))
        let match = longestMatch(at: 0, in: tokens)
        return match?.words == words ? match : nil
    }
}
