import DiploGraph
@testable import DiploExtraction
import Testing

@Suite struct ActorKnowledgeBaseTests {
    let base = ActorKnowledgeBase.shared

    func only(_ name: String) throws -> ActorID { try base.onlyPerson(named: name) }

    @Test func everyGeneratedLineParses() throws {
        #expect(base.builtInCount > 10_000)
        for number in 0..<base.builtInCount {
            let line = EmbeddedActorTable.line(number)
            let actor = try ActorRecord.parse(line).get()
            #expect(!actor.name.isEmpty && !actor.affiliations.isEmpty, "line \(number): \(line)")
        }
    }

    @Test func aPastHeadOfGovernmentIsGovernmentOnlyWhileInOffice() throws {
        let merkel = try only("Angela Merkel")
        let inOffice = base.affiliation(of: merkel, on: Day(iso: "2012-06-01"))
        #expect(inOffice?.state == "DEU")
        #expect(inOffice?.role == .government)
        #expect(base.isInOffice(merkel, on: Day(iso: "2012-06-01")))
        #expect(base.affiliation(of: merkel, on: Day(iso: "2024-06-01"))?.role != .government)
        #expect(!base.isInOffice(merkel, on: Day(iso: "2024-06-01")))
        #expect(base.affiliation(of: merkel, on: nil)?.state == "DEU")
    }

    @Test func aPhoenixPrimeMinisterIsDatedFromTheDictionary() throws {
        let blair = try only("Tony Blair")
        #expect(base.affiliation(of: blair, on: Day(iso: "2001-09-12")) == Affiliation(
            state: "GBR", role: .government, from: Day(iso: "1997-05-02"), until: Day(iso: "2007-06-27")))
        #expect(!base.isInOffice(blair, on: Day(iso: "2015-01-01")))
    }

    @Test func theSameFamilyNameWithDifferentGivenNamesStaysTwoPeople() throws {
        let son = try only("George W. Bush")
        let father = base.actors(named: "George H. W. Bush")
        #expect(father.count == 1)
        #expect(!father.contains(son))
        #expect(base.isInOffice(son, on: Day(iso: "2005-01-01")))
        #expect(!base.isInOffice(father[0], on: Day(iso: "2005-01-01")))
    }

    @Test func aSingleWordAliasFindsItsPerson() throws {
        let putin = try only("Vladimir Putin")
        #expect(base.actors(named: "Putin") == [putin])
        #expect(base.affiliation(of: putin, on: Day(iso: "2024-03-01"))?.state == "RUS")
        // A common English word is no key unless the overlay says so.
        #expect(base.actors(named: "Bush").isEmpty)
        #expect(base.actors(named: "Trump") == [try only("Donald Trump")])
    }

    @Test func theOverlayDatesBothTrumpTermsAndBiden() throws {
        let trump = try only("Donald Trump"), biden = try only("Joe Biden")
        #expect(base.actors(named: "Donald J. Trump") == [trump])
        #expect(base.isInOffice(trump, on: Day(iso: "2019-05-01")))
        #expect(!base.isInOffice(trump, on: Day(iso: "2023-05-01")))
        #expect(base.isInOffice(trump, on: Day(iso: "2025-06-01")))
        #expect(base.isInOffice(biden, on: Day(iso: "2023-05-01")))
        #expect(!base.isInOffice(biden, on: Day(iso: "2025-06-01")))
    }

    @Test func namesStartingAtFindsTheLongestNameFirst() throws {
        let putin = try only("Vladimir Putin")
        let tokens = Segmenter.tokenize("On Monday Vladimir Putin told reporters that Putin's envoy had left.")
        let keys = TokenNameKeys(tokens)
        let full = try #require(tokens.firstIndex { $0.text == "Vladimir" })
        let found = base.names(startingAt: full, in: keys)
        #expect(found.first?.end == full + 2)
        #expect(found.first?.actors == [putin])
        let short = try #require(tokens.lastIndex { $0.text == "Putin" })
        #expect(base.names(startingAt: short, in: keys).map(\.end) == [short + 1])
        #expect(base.names(startingAt: short, in: keys).first?.actors == [putin])
        // Lower-case words and punctuation start no name.
        let told = try #require(tokens.firstIndex { $0.text == "told" })
        #expect(base.names(startingAt: told, in: keys).isEmpty)
    }

    @Test func foldingMakesSpellingsOfOneNameOneKey() throws {
        let forms = ["Lee Jae-myung", "Lee Jae Myung", "LEE JAE MYUNG", "lee jae-Myung"]
        let keys = Set(forms.compactMap(NameKey.key(of:)))
        #expect(keys.count == 1)
        #expect(!base.actors(named: "LEE JAE MYUNG").isEmpty)
        let tokens = Segmenter.tokenize("President Lee Jae-myung spoke.")
        let found = base.names(startingAt: 1, in: TokenNameKeys(tokens))
        #expect(found.first?.end == 3)
        #expect(found.first?.actors == base.actors(named: "Lee Jae Myung"))
        #expect(NameKey.key(of: "Recep Tayyip Erdoğan") == NameKey.key(of: "recep tayyip erdogan"))
    }

    @Test func swiftKeysEqualTheGeneratorsKeys() {
        // Computed by scripts/generate-actors.py's name_key(fold_words(name)).
        #expect(NameKey.key(of: "Lee Jae-myung") == 0x8BA3_963E_FA26_C12B)
        #expect(NameKey.key(of: "François Hollande") == 0x7F65_9589_DBE2_5F5A)
        #expect(NameKey.key(of: "Recep Tayyip Erdoğan") == 0x1946_767B_1FC5_4B98)
        // And every name the index holds for a sample of people is found under the Swift key.
        for number in stride(from: 0, to: base.builtInCount, by: 97) {
            let actor = base.actor(ActorID(number))
            for name in actor.names {
                #expect(base.actors(named: name).contains(ActorID(number)), "\(name)")
            }
        }
    }

    @Test func aUserOverlayAddsAPersonAndChangesABuiltInOne() throws {
        let text = """
        # my people
        Ana Quillbright\tQuillbright\tCHL:government:2030-03-11:

        Angela Merkel\t\tDEU:government:2005-11-22:2021-12-09
        """
        let extended = try ActorKnowledgeBase(overlay: text, source: "mine.tsv")
        let added = extended.actors(named: "Quillbright")
        #expect(added.count == 1)
        #expect(added.first.map { $0.rawValue >= extended.builtInCount } == true)
        #expect(extended.affiliation(of: added[0], on: Day(iso: "2030-05-01"))?.state == "CHL")
        #expect(ActorKnowledgeBase.shared.actors(named: "Quillbright").isEmpty)
        let merkel = try only("Angela Merkel")
        #expect(extended.actors(named: "Angela Merkel") == [merkel])
        #expect(extended.isInOffice(merkel, on: Day(iso: "2021-12-09")))
        #expect(!base.isInOffice(merkel, on: Day(iso: "2021-12-09")))
    }

    @Test func aMalformedOverlayLineIsReportedWithItsNumber() {
        let text = "# header\nAna Quillbright\t\tCHL:government:2030-03-11:\nBad Person\t\tCHL:president:2030-01-01:\n"
        #expect {
            _ = try ActorKnowledgeBase(overlay: text, source: "mine.tsv")
        } throws: { error in
            "\(error)".hasPrefix("mine.tsv:3: ") && "\(error)".contains("president")
        }
        #expect(throws: ActorOverlayError.self) {
            _ = try ActorKnowledgeBase(overlay: "Only a name\n", source: "x.tsv")
        }
    }
}
