import Testing
@testable import DiploExtraction

@Suite struct GazetteerTests {
    /// The records of the TSV, as splitting the `String` into lines and columns gives them.
    static func splitRecords(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("the TSV is cut into records as splitting the String would cut it")
    func recordsAsSplit() {
        #expect(Gazetteer.records(GazetteerData.tsv) == Self.splitRecords(GazetteerData.tsv))
        // The longest form in words, counted as the String splits it.
        let forms = Self.splitRecords(GazetteerData.tsv).filter { $0.first == "F" && $0.count == 5 }.map { $0[4] }
        #expect(Gazetteer.shared.maxFormWords == forms.map { $0.split(separator: " ").count }.max())
        for text in ["", "\n\n", "S\tABC\tName", "S\tABC\tName\n", "\nF\tX\t\t1\tÅland Islands\n\nH\tX\tKing\tMohammed VI",
                     "a\t\t\n\tb\n", "e\u{301}\tcafe\u{301}\n東京\t\u{212A}"] {
            #expect(Gazetteer.records(text) == Self.splitRecords(text), "\(text.debugDescription)")
        }
    }

    let gazetteer = Gazetteer.shared

    /// The single unambiguous code of `form`, or nil when the form is unknown, ambiguous or maps to several codes.
    func code(_ form: String) -> String? {
        let codes = Set(gazetteer.entries(for: form).map(\.code))
        return codes.count == 1 ? codes.first : nil
    }

    @Test func coversAllStatesWithValidUniqueCodes() {
        #expect(gazetteer.states.count >= 240)
        let codes = gazetteer.states.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes == codes.sorted())
        for code in codes {
            #expect(code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }, "bad code \(code)")
        }
        for special in ["TWN", "PSE", "XKX", "VAT"] {
            #expect(gazetteer.state(code: special) != nil, "\(special) missing")
        }
        // Every UN member state is there, including those whose code starts with Q (Qatar).
        for member in ["QAT", "KAZ", "UZB", "ARE", "SAU", "LKA", "NZL", "ZAF"] {
            #expect(gazetteer.state(code: member) != nil, "\(member) missing")
        }
        #expect(gazetteer.state(code: "XKK") == nil)
        #expect(gazetteer.state(code: "SUN") == nil)
    }

    @Test func preferredNames() {
        #expect(gazetteer.state(code: "KOR")?.name == "South Korea")
        #expect(gazetteer.state(code: "USA")?.name == "United States")
        #expect(gazetteer.state(code: "GBR")?.name == "United Kingdom")
        #expect(gazetteer.state(code: "KOR")?.names.first == "South Korea")
        #expect(gazetteer.state(code: "KOR")?.capitals == ["Seoul"])
        #expect(gazetteer.state(code: "RUS")?.seats.contains("Kremlin") == true)
        #expect(gazetteer.state(code: "USA")?.demonyms.contains("Americans") == true)
    }

    @Test(arguments: [
        ("South Korea", "KOR"), ("Republic of Korea", "KOR"), ("ROK", "KOR"), ("South Korean", "KOR"), ("Seoul", "KOR"),
        ("North Korea", "PRK"), ("DPRK", "PRK"), ("North Korean", "PRK"), ("Pyongyang", "PRK"),
        ("China", "CHN"), ("PRC", "CHN"), ("People's Republic of China", "CHN"), ("Chinese", "CHN"), ("Beijing", "CHN"),
        ("United States", "USA"), ("US", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("America", "USA"),
        ("American", "USA"), ("Washington", "USA"), ("White House", "USA"),
        ("Russia", "RUS"), ("Russian", "RUS"), ("Moscow", "RUS"), ("Kremlin", "RUS"),
        ("UK", "GBR"), ("U.K.", "GBR"), ("Britain", "GBR"), ("British", "GBR"), ("London", "GBR"), ("Downing Street", "GBR"),
        ("Elysee", "FRA"), ("Élysée", "FRA"), ("Zhongnanhai", "CHN"), ("Blue House", "KOR"),
        ("Taiwan", "TWN"), ("Palestine", "PSE"), ("Palestinian", "PSE"), ("Kosovo", "XKX"), ("Vatican", "VAT"),
        ("Holy See", "VAT"), ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("East Timor", "TLS"), ("Czech Republic", "CZE"),
        ("Qatar", "QAT"), ("Doha", "QAT"), ("Kazakh", "KAZ"), ("Uzbek", "UZB"), ("Sri Lankan", "LKA"),
    ])
    func mapsForm(form: String, expected: String) {
        #expect(code(form) == expected, "\(form) → \(gazetteer.entries(for: form))")
    }

    @Test func kindsAndApostrophes() {
        #expect(gazetteer.entries(for: "Kremlin").first?.kind == .seat)
        #expect(gazetteer.entries(for: "Seoul").first?.kind == .capital)
        #expect(gazetteer.entries(for: "South Korean").first?.kind == .demonym)
        #expect(gazetteer.entries(for: "the Kremlin").isEmpty)
        #expect(code("People\u{2019}s Republic of China") == "CHN")
        #expect(gazetteer.entries(for: "us").isEmpty)
        #expect(gazetteer.entries(for: "china").isEmpty)
    }

    @Test func mainForms_areNotAmbiguous() {
        for form in ["South Korea", "North Korea", "China", "US", "Russia", "Britain", "Seoul", "Pyongyang", "Kremlin"] {
            #expect(gazetteer.entries(for: form).allSatisfy { !$0.isAmbiguous }, "\(form) flagged ambiguous")
        }
    }

    @Test func ambiguousForms_areFlagged() {
        for form in ["Georgia", "Jordan", "Chad", "Turkey", "Washington", "Congo", "Dominican"] {
            let entries = gazetteer.entries(for: form)
            #expect(!entries.isEmpty, "\(form) missing")
            #expect(entries.allSatisfy { $0.isAmbiguous }, "\(form) not flagged ambiguous")
        }
        #expect(Set(gazetteer.entries(for: "Congo").map(\.code)) == ["COD", "COG"])
    }

    @Test func koreaAlone_isNotAForm() {
        #expect(gazetteer.entries(for: "Korea").isEmpty)
        #expect(gazetteer.entries(for: "Korean").isEmpty)
        #expect(gazetteer.entries(for: "Koreans").isEmpty)
        #expect(gazetteer.forms["Korea"] == nil)
    }

    @Test func sharedForms_areFlaggedAmbiguous() {
        for (form, entries) in gazetteer.forms where Set(entries.map(\.code)).count > 1 {
            #expect(entries.allSatisfy { $0.isAmbiguous }, "\(form) maps to several codes unflagged")
        }
    }

    @Test func formsAreWellFormed() {
        #expect(gazetteer.forms.count > 1000)
        var longest = 0
        for (form, entries) in gazetteer.forms {
            #expect(!entries.isEmpty)
            #expect(!form.hasPrefix("the ") && !form.hasPrefix("The "), "\(form)")
            #expect(!form.contains("\u{2019}"), "\(form)")
            for entry in entries {
                #expect(gazetteer.state(code: entry.code) != nil, "\(form) → unknown \(entry.code)")
            }
            longest = max(longest, form.split(separator: " ").count)
        }
        #expect(gazetteer.maxFormWords == longest)
        // every record's names/demonyms/capitals/seats are forms pointing back to it
        for state in gazetteer.states {
            for form in state.names + state.demonyms + state.capitals + state.seats where form != state.name || gazetteer.forms[form] != nil {
                #expect(gazetteer.entries(for: form).contains { $0.code == state.code }, "\(form) ↛ \(state.code)")
            }
        }
    }

    @Test func officeHolders() {
        let holders = gazetteer.officeHolders
        #expect(holders.count > 150)
        for holder in holders {
            #expect(gazetteer.state(code: holder.code) != nil, "\(holder)")
            #expect(!holder.name.isEmpty && !holder.title.isEmpty)
            #expect(!holder.name.contains("(") && !holder.name.contains("since") && !holder.name.hasPrefix("President"), "\(holder)")
            #expect(!holder.name.contains { $0.isNumber }, "\(holder)")
        }
        #expect(holders.contains { $0.code == "KOR" && $0.name == "Lee Jae-myung" && $0.title == "President" })
        #expect(holders.contains { $0.code == "CHN" && $0.name == "Xi Jinping" })
        #expect(holders.contains { $0.code == "GBR" && $0.name == "Keir Starmer" && $0.title == "Prime Minister" })
    }

    @Test func parsesItsOwnFormat() {
        let tiny = Gazetteer(tsv: "S\tAAA\tAland\nF\tAAA\tname\t0\tAland\nF\tAAA\tseat\t1\tBig House Of Aland\nH\tAAA\tKing\tOlaf\nX\tjunk\n")
        #expect(tiny.states.count == 1)
        #expect(tiny.maxFormWords == 4)
        #expect(tiny.entries(for: "Big House Of Aland") == [GazetteerEntry(code: "AAA", kind: .seat, isAmbiguous: true)])
        #expect(tiny.officeHolders == [OfficeHolder(name: "Olaf", code: "AAA", title: "King")])
        #expect(tiny.state(code: "AAA")?.seats == ["Big House Of Aland"])
    }
}
