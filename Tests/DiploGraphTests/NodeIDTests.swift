import Testing
@testable import DiploGraph

@Suite("Node identifiers")
struct NodeIDTests {
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
            #expect(NodeID.make(kind, "X").hasPrefix(kind.rawValue + ":"))
        }
    }
}
