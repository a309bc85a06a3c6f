import DiploGraph
@testable import DiploExtraction
import Testing

@Suite struct FamilyNameIndexTests {
    let base = ActorKnowledgeBase.shared

    func only(_ name: String) throws -> ActorID { try base.onlyPerson(named: name) }

    @Test func aPersonOfSeveralWordsIsFoundByTheLastWordInAnySpelling() throws {
        let blair = try only("Tony Blair")
        #expect(base.people(withFamilyName: "Blair").contains(blair))
        #expect(base.people(withFamilyName: "BLAIR") == base.people(withFamilyName: "blair"))
        // Not a key of the alias index (a common word), but a family name with a title.
        let bush = try only("George W. Bush")
        #expect(base.actors(named: "Bush").isEmpty)
        #expect(base.people(withFamilyName: "Bush").contains(bush))
        // A given name is no family name.
        #expect(!base.people(withFamilyName: "Tony").contains(blair))
    }

    @Test func resultsAreAscendingAndHoldOnlyPeopleWhoHeldOffice() {
        for word in ["Brown", "Smith", "Kim", "Khan"] {
            let found = base.people(withFamilyName: word)
            #expect(found.count > 1, "\(word)")
            #expect(found == found.sorted() && Set(found).count == found.count, "\(word)")
            #expect(found.allSatisfy { base.isInOffice($0, on: nil) }, "\(word)")
        }
    }

    @Test func aPersonOfAFamilyNameFirstStateIsFoundByTheFirstWord() throws {
        let xi = try only("Xi Jinping"), moon = try only("Moon Jae-in")
        #expect(base.people(withFamilyName: "Xi").contains(xi))
        #expect(!base.people(withFamilyName: "Jinping").contains(xi))
        #expect(base.people(withFamilyName: "Moon").contains(moon))
        // "Jae-in" folds to "jae in": its last word is not Moon's family name.
        #expect(!base.people(withFamilyName: "in").contains(moon))
    }

    @Test func particlesAndSingleLettersAreNoFamilyNames() throws {
        let vonDerLeyen = try only("Ursula von der Leyen")
        #expect(base.people(withFamilyName: "Leyen").contains(vonDerLeyen))
        for particle in ["von", "der", "de", "van", "da", "bin", "al", "W"] {
            #expect(base.people(withFamilyName: particle).isEmpty, "\(particle)")
        }
        // A phrase of two words is not one family name.
        #expect(base.people(withFamilyName: "der Leyen").isEmpty)
    }

    @Test func overlayPeopleAreFoundByFamilyName() throws {
        let text = """
        Ana Quillbright\t\tCHL:government:2030-03-11:
        Quoreth Hanvel Dasu\t\tKOR:government:2031-01-01:
        Pell Orrinwick\t\tCHL:business:2030-01-01:
        Tony Blair\tAnthony Charles Lynton Blair\tGBR:elite:2008-01-01:
        """
        let extended = try ActorKnowledgeBase(overlay: text, source: "mine.tsv")
        let ana = try #require(extended.actors(named: "Ana Quillbright").first)
        #expect(extended.people(withFamilyName: "Quillbright") == [ana])
        #expect(base.people(withFamilyName: "Quillbright").isEmpty)
        let quoreth = try #require(extended.actors(named: "Quoreth Hanvel Dasu").first)
        #expect(extended.people(withFamilyName: "Quoreth") == [quoreth])
        #expect(extended.people(withFamilyName: "Dasu").isEmpty)
        // No government or military affiliation: not in the index.
        #expect(extended.people(withFamilyName: "Orrinwick").isEmpty)
        // A built-in person changed by the overlay stays in it, once.
        let blair = try only("Tony Blair")
        #expect(extended.people(withFamilyName: "Blair") == base.people(withFamilyName: "Blair"))
        #expect(extended.people(withFamilyName: "Blair").contains(blair))
    }

    @Test func theTokenFormEqualsTheStringForm() throws {
        let tokens = Segmenter.tokenize("Chancellor Merkel met President Xi, Mr. Blair and Lee Jae-myung's envoy in Bonn.")
        let keys = TokenNameKeys(tokens)
        var compared = 0
        for (i, token) in tokens.enumerated() {
            let byToken = base.people(withFamilyNameAt: i, in: keys)
            if token.kind == .word {
                #expect(byToken == base.people(withFamilyName: token.text), "\(token.text)")
                compared += byToken.isEmpty ? 0 : 1
            } else {
                #expect(byToken.isEmpty, "\(token.text)")
            }
        }
        #expect(compared >= 3)
        let merkel = try only("Angela Merkel")
        let at = try #require(tokens.firstIndex { $0.text == "Merkel" })
        #expect(base.people(withFamilyNameAt: at, in: keys).contains(merkel))
        #expect(base.people(withFamilyNameAt: -1, in: keys).isEmpty)
        #expect(base.people(withFamilyNameAt: tokens.count, in: keys).isEmpty)
    }

    @Test func theGeneratedIndexFollowsTheSwiftRule() {
        // Every family name the Swift rule gives a built-in person finds them, and the index
        // has no other lines: the generator and `FamilyName` agree.
        var expectedLines = 0
        for number in 0..<base.builtInCount {
            let id = ActorID(number)
            let words = FamilyName.words(of: base.actor(id))
            expectedLines += words.count
            for word in words where !base.people(withFamilyName: word).contains(id) {
                Issue.record("\(base.actor(id).name): \(word)")
            }
        }
        #expect(expectedLines == (ActorData.familyIndex.utf8CodeUnitCount + 1) / 23)
        #expect(expectedLines > 10_000)
    }
}
