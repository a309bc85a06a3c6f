import DiploGraph
import Testing
@testable import DiploExtraction

/// Misspelt state names that news text uses (taken by the gazetteer generator from PETRARCH2's
/// Phoenix country dictionary, decision 9 in scripts/GAZETTEER.md), and the cities and regions
/// listed beside them there, which must stay out of the gazetteer.
@Suite struct SpellingVariantTests {
    let gazetteer = Gazetteer.shared

    @Test("a misspelt state name in a sentence is read as the state", arguments: [
        ("Talks between Afganistan and Pakistan resumed.", ["AFG", "PAK"]),
        ("Envoys from Kazakstan and Venezula met in Geneva on Tuesday.", ["KAZ", "VEN"]),
        ("The Phillippines signed a fisheries accord with Vietnam.", ["PHL", "VNM"]),
        ("Ethopia and Kenya agreed to reopen their border crossing.", ["ETH", "KEN"]),
    ])
    func misspeltNameIsTheState(sentence: String, codes: [String]) throws {
        let graph = try Extraction.graph(sentence)
        #expect(graph.stateCodes == Set(codes), "\(graph.summary)")
    }

    @Test("a variant keeps the kind of the form it misspells and is not flagged ambiguous", arguments: [
        ("Afganistan", "AFG", GazetteerFormKind.name),
        ("Quatar", "QAT", .name),
        ("Azerbajani", "AZE", .demonym),
        ("Phillipine", "PHL", .demonym),
    ])
    func variantEntry(form: String, code: String, kind: GazetteerFormKind) {
        #expect(gazetteer.entries(for: form) == [GazetteerEntry(code: code, kind: kind, isAmbiguous: false)])
    }

    @Test("cities, provinces and epithets from a state's Phoenix block are not forms", arguments: [
        "Herat", "Kandahar", "Jalalabad", "Helmand", "Graveyard of Empires", "Tainan", "Chiloe",
    ])
    func blockNeighbourIsNotAForm(form: String) {
        #expect(gazetteer.entries(for: form).isEmpty, "\(form) became a state form")
    }

    @Test("a city listed in the same Phoenix block is not read as a state")
    func cityIsNotTheState() throws {
        let graph = try Extraction.graph("Aid convoys reached Kandahar and Herat before the storm.")
        #expect(graph.stateCodes.isEmpty, "\(graph.summary)")
    }

    @Test("a variant with a changed ending is not taken: it is another word or another kind")
    func changedEndingIsNotAVariant() {
        // Phoenix lists these under the state; each differs from a name or demonym by one letter
        // but at the end, where it makes a demonym ("Somalian") or a foreign name ("Belgien").
        for form in ["Somalian", "Slovakian", "Belgien", "Russland", "Mexicali"] {
            #expect(gazetteer.entries(for: form).isEmpty, "\(form)")
        }
    }
}
