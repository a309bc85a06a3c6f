/// The lexicon of state offices: which words make someone a leader, and what they hold.
///
/// General-purpose and hand-written: heads of state and government, monarchs, ministers,
/// secretaries, envoys and spokespeople. Matching is case-insensitive ("the Kenyan president").
enum OfficeTitles {
    /// Whole titles, lower case, as token sequences joined by spaces.
    static let titles: WordSet = [
        "president", "vice president", "vice-president", "prime minister", "premier", "chancellor",
        "chancellor of the exchequer", "king", "queen", "emperor", "empress", "emir", "amir", "sultan",
        "crown prince", "supreme leader", "head of state", "head of government", "taoiseach",
        "foreign minister", "foreign secretary", "secretary of state", "home secretary",
        "minister", "secretary", "ambassador", "envoy", "special envoy", "spokesman", "spokeswoman",
        "spokesperson", "national security adviser", "national security advisor", "attorney general",
        "chief of staff", "army chief", "military chief", "defence chief", "defense chief",
        "pope", "monarch", "dictator", "strongman", "ruler", "grand duke", "governor-general",
        "leader", "chief negotiator", "negotiator", "representative", "trade representative",
        "high commissioner", "consul", "consul general", "foreign affairs minister", "counterpart", "counterparts",
    ]

    /// Titles that make a leader only with a state named beside them ("North Korean leader Kim",
    /// "China's envoy"), since alone they are too loose ("opposition leader", "union spokesman").
    static let needsState: WordSet = [
        "leader", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "representative",
        "negotiator", "chief negotiator", "ruler", "strongman", "dictator", "consul", "counterpart", "counterparts",
    ]

    /// Portfolio words that make "<portfolio> minister/secretary" a full title.
    static let portfolios: WordSet = [
        "foreign", "defence", "defense", "trade", "finance", "interior", "home", "health", "environment",
        "energy", "economy", "economic", "economics", "justice", "education", "agriculture", "culture",
        "transport", "treasury", "commerce", "industry", "labour", "labor", "information", "oil",
        "petroleum", "development", "immigration", "security", "europe", "european", "foreign affairs",
        "external affairs", "deputy foreign", "state", "cabinet", "war", "navy",
        "army", "industry and trade", "planning", "tourism", "communications", "fisheries", "mines",
        "mining", "water", "housing", "social", "work and pensions", "northern ireland", "scotland",
        "wales", "international development", "culture media and sport", "business", "unification",
        "intelligence", "climate", "digital", "science",
    ]

    /// Every prefix of every title and portfolio (see ``PrefixSet``).
    static let titleOrPortfolioPrefixes = PrefixSet(Array(titles) + Array(portfolios))

    /// Words that may stand before a title without changing who holds it.
    static let modifiers: WordSet = ["deputy", "vice", "acting", "interim", "new", "outgoing", "incoming", "current", "first", "senior", "top", "chief"]

    /// Words before a title that mean the person does not (now) hold a state office.
    static let disqualifiers: WordSet = [
        "former", "ex", "ex-", "late", "then", "then-", "shadow", "opposition", "would-be", "presidential",
        "party", "labour", "conservative", "tory", "liberal", "democratic", "republican", "democrat",
        "rebel", "militant", "union", "company", "group", "club", "team", "church", "world", "un", "u.n.",
        "eu", "nato", "bank", "deputy leader", "future", "possible", "prospective", "candidate",
    ]

    /// Titles held by one state's officials only, with that state (world knowledge: the titles
    /// themselves are specific, e.g. only the UK has a Chancellor of the Exchequer).
    static let stateOfTitle: WordTable<String> = [
        "chancellor of the exchequer": "GBR", "foreign secretary": "GBR", "home secretary": "GBR",
        "taoiseach": "IRL", "secretary of state": "USA", "national security adviser": "USA",
        "trade representative": "USA", "pope": "VAT",
    ]

    /// Titles that "the <title>" may give to the person a document keeps naming ("the prime
    /// minister" … "Mr Blair").
    static let bindableTitles: WordSet = [
        "president", "prime minister", "premier", "chancellor", "foreign secretary", "foreign minister",
        "secretary of state", "king", "queen", "emir", "vice president", "chancellor of the exchequer",
    ]

    /// Words that name an organ of a government between its state and a title: "Chinese foreign
    /// ministry spokesman X", "a spokeswoman for the US State Department, X".
    static let governmentOrgans: WordSet = [
        "foreign", "defence", "defense", "interior", "home", "state", "ministry", "office", "department",
        "government", "cabinet", "embassy", "mission", "council", "security", "national", "affairs", "external",
    ]

    /// Honorifics that come before a surname but are not offices.
    static let honorifics: WordSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madam", "monsieur", "herr", "senor", "señor"]

    /// Lower-case particles that may stand inside a person's name ("Lula da Silva").
    static let nameParticles: WordSet = ["da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "bin", "ibn", "al", "el", "le", "la", "abu", "ben", "y", "du"]
}

extension String {
    /// Each word capitalised ("prime minister" → "Prime Minister").
    var capitalizedWords: String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
