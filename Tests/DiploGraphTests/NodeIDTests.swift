import Foundation
import Testing
@testable import DiploGraph

@Suite("Node identifiers")
struct NodeIDTests {
    @Test("kinds rank as their names sort, so identifiers order as their written forms")
    func kindsRankByName() {
        let byRank = NodeKind.allCases.sorted { $0.nameRank < $1.nameRank }.map(\.rawValue)
        #expect(byRank == NodeKind.allCases.map(\.rawValue).sorted())
        let ids = NodeKind.allCases.flatMap { kind in ["a", "Z", "m-1"].map { NodeID(kind: kind, key: $0) } }
        #expect(ids.sorted().map(\.description) == ids.map(\.description).sorted())
    }

    @Test("slugs fold diacritics, case and punctuation", arguments: [
        ("Lee Jae Myung", "lee-jae-myung"),
        ("Lee Jae-myung", "lee-jae-myung"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("Luiz Inácio Lula da Silva", "luiz-inacio-lula-da-silva"),
        ("Emmanuel  Macron", "emmanuel-macron"),
        ("  Donald J. Trump  ", "donald-j-trump"),
        ("O'Brien", "o-brien"),
        ("won-yuan currency exchange", "won-yuan-currency-exchange"),
        ("Kyoto Protocol", "kyoto-protocol"),
        ("Group of 20 (G20)", "group-of-20-g20"),
        ("Zürich—Genève, 2024!", "zurich-geneve-2024"),
        ("Ñúñez", "nunez"),
    ])
    func slug(_ text: String, _ expected: String) {
        #expect(NodeID.slug(text) == expected)
    }

    @Test("a slug has only lower-case letters, digits and single inner hyphens", arguments: [
        "--Hello,, World--", "A  -  B", "x", "ÀÉÎÕÜ", "multi\nline\ttext", "Москва", "北京",
    ])
    func slugShape(_ text: String) {
        let slug = NodeID.slug(text)
        #expect(!slug.isEmpty)
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-"), "\(slug)")
        #expect(!slug.contains("--"), "\(slug)")
        #expect(slug == slug.lowercased(), "\(slug)")
        #expect(!slug.contains(" "), "\(slug)")
    }

    @Test("text without letters or digits slugs to a placeholder", arguments: ["", "   ", "—", "!?."])
    func emptySlug(_ text: String) {
        #expect(NodeID.slug(text) == "unnamed")
    }

    @Test("state identifiers keep their code; other kinds are slugged")
    func make() {
        #expect(NodeID.make(.state, "KOR") == "state:KOR")
        #expect(NodeID.make(.leader, "Lee Jae Myung") == "leader:lee-jae-myung")
        #expect(NodeID.make(.agreement, "Kyoto Protocol") == "agreement:kyoto-protocol")
        #expect(NodeID.make(.organization, "APEC") == "organization:apec")
    }

    @Test("every kind's prefix is its raw value")
    func prefixes() {
        for kind in NodeKind.allCases {
            #expect(NodeID.make(kind, "X").description.hasPrefix(kind.rawValue + ":"))
        }
    }

    @Test("an identifier reads its kind and key from the written form and writes it back", arguments: [
        ("state:KOR", NodeKind.state, "KOR"),
        ("leader:lee-jae-myung", .leader, "lee-jae-myung"),
        ("agreement:a:b", .agreement, "a:b"),
        ("organization:", .organization, ""),
        ("agreement:\u{0656}x", .agreement, "\u{0656}x"),
    ])
    func parses(_ text: String, _ kind: NodeKind, _ key: String) throws {
        let id = try #require(NodeID(text))
        #expect(id.kind == kind)
        #expect(id.key == key)
        #expect(id.description == text)
        #expect(id == NodeID(kind: kind, key: key))
    }

    @Test("text without a known kind and a colon is no identifier", arguments: ["KOR", "", "city:paris", ":KOR", "State:KOR"])
    func refuses(_ text: String) {
        #expect(NodeID(text) == nil)
    }

    @Test("identifiers sort as their written forms")
    func order() {
        let written = ["state:KOR", "state:CHN", "leader:xi-jinping", "leader:lee", "agreement:z", "organization:apec",
                       "agreement:\u{0656}a", "state:", "leader:lee-jae-myung", "organization:un", "state:É", "state:E\u{301}x"]
        let ids = written.compactMap(NodeID.init)
        #expect(ids.count == written.count)
        #expect(ids.sorted().map(\.description) == written.sorted())
    }

    @Test("an identifier is coded as its written form")
    func codable() throws {
        let ids: [NodeID] = ["state:KOR", "leader:lee-jae-myung"]
        let data = try JSONEncoder().encode(ids)
        #expect(String(decoding: data, as: UTF8.self) == #"["state:KOR","leader:lee-jae-myung"]"#)
        #expect(try JSONDecoder().decode([NodeID].self, from: data) == ids)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([NodeID].self, from: Data(#"["KOR"]"#.utf8)) }
    }

    @Test("a state's identifier carries its code; make writes what NodeID writes")
    func stateCode() {
        let korea = NodeID(state: "KOR")
        #expect(korea.description == "state:KOR")
        #expect(korea.stateCode == StateCode(rawValue: "KOR"))
        #expect(NodeID(kind: .leader, key: "lee").stateCode == nil)
        #expect(NodeID.make(.state, "KOR") == korea)
        #expect(NodeID.make(.leader, "Lee Jae Myung") == NodeID(kind: .leader, key: "lee-jae-myung"))
    }
}
