/// International organisations and forums: nodes of kind `organization`, never states.
///
/// Each entry: the forms that name it (case-sensitive, as written in running text) and its label.
enum Organizations {
    struct Entry {
        let key: String
        let label: String
        let forms: [String]
    }

    static let entries: [Entry] = [
        Entry(key: "un", label: "United Nations", forms: ["United Nations", "UN", "U.N."]),
        Entry(key: "un-security-council", label: "UN Security Council", forms: ["Security Council", "UN Security Council", "United Nations Security Council"]),
        Entry(key: "eu", label: "European Union", forms: ["European Union", "EU", "E.U."]),
        Entry(key: "european-commission", label: "European Commission", forms: ["European Commission", "EU Commission", "E.U. Commission"]),
        Entry(key: "nato", label: "NATO", forms: ["NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"]),
        Entry(key: "apec", label: "APEC", forms: ["APEC", "Apec", "Asia-Pacific Economic Cooperation"]),
        Entry(key: "asean", label: "ASEAN", forms: ["ASEAN", "Asean", "Association of Southeast Asian Nations"]),
        Entry(key: "wto", label: "World Trade Organization", forms: ["WTO", "World Trade Organization", "World Trade Organisation"]),
        Entry(key: "imf", label: "International Monetary Fund", forms: ["IMF", "International Monetary Fund"]),
        Entry(key: "world-bank", label: "World Bank", forms: ["World Bank"]),
        Entry(key: "opec", label: "OPEC", forms: ["OPEC", "Opec"]),
        Entry(key: "g7", label: "G7", forms: ["G7", "G-7", "Group of Seven"]),
        Entry(key: "g8", label: "G8", forms: ["G8", "G-8", "Group of Eight"]),
        Entry(key: "g20", label: "G20", forms: ["G20", "G-20", "Group of 20", "Group of Twenty"]),
        Entry(key: "african-union", label: "African Union", forms: ["African Union", "AU"]),
        Entry(key: "arab-league", label: "Arab League", forms: ["Arab League"]),
        Entry(key: "osce", label: "OSCE", forms: ["OSCE"]),
        Entry(key: "iaea", label: "IAEA", forms: ["IAEA", "International Atomic Energy Agency"]),
        Entry(key: "who", label: "World Health Organization", forms: ["World Health Organization", "World Health Organisation"]),
        Entry(key: "commonwealth", label: "Commonwealth", forms: ["Commonwealth"]),
        Entry(key: "wef", label: "World Economic Forum", forms: ["World Economic Forum", "WEF"]),
        Entry(key: "oecd", label: "OECD", forms: ["OECD"]),
        Entry(key: "mercosur", label: "Mercosur", forms: ["Mercosur"]),
        Entry(key: "sco", label: "Shanghai Cooperation Organisation", forms: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"]),
        Entry(key: "brics", label: "BRICS", forms: ["BRICS"]),
        Entry(key: "icc", label: "International Criminal Court", forms: ["International Criminal Court", "ICC"]),
        Entry(key: "interpol", label: "Interpol", forms: ["Interpol"]),
        Entry(key: "red-cross", label: "Red Cross", forms: ["Red Cross", "ICRC"]),
        Entry(key: "human-rights-watch", label: "Human Rights Watch", forms: ["Human Rights Watch"]),
        Entry(key: "amnesty-international", label: "Amnesty International", forms: ["Amnesty International", "Amnesty"]),
        Entry(key: "gcc", label: "Gulf Cooperation Council", forms: ["Gulf Cooperation Council", "GCC"]),
        Entry(key: "ecowas", label: "ECOWAS", forms: ["ECOWAS", "Ecowas"]),
        Entry(key: "unesco", label: "UNESCO", forms: ["UNESCO", "Unesco"]),
        Entry(key: "unicef", label: "UNICEF", forms: ["UNICEF", "Unicef"]),
        Entry(key: "hamas", label: "Hamas", forms: ["Hamas"]),
        Entry(key: "hezbollah", label: "Hezbollah", forms: ["Hezbollah", "Hizbollah"]),
        Entry(key: "taliban", label: "Taliban", forms: ["Taliban"]),
        Entry(key: "plo", label: "PLO", forms: ["PLO", "Palestine Liberation Organization", "Palestine Liberation Organisation"]),
    ]

    /// Form → entry, for matching.
    static let byForm: WordTable<Entry> = {
        var map: [String: Entry] = [:]
        for entry in entries {
            for form in entry.forms { map[form] = entry }
        }
        return WordTable(map)
    }()

    /// Every prefix of every form (see ``PrefixSet``).
    static let formPrefixes = PrefixSet(byForm.dictionary.keys)

    /// The most words of any form.
    static let maxFormWords = entries.flatMap(\.forms).map { $0.split(separator: " ").count }.max() ?? 1
}
