/// Words that name agreements, and the words around them that do or do not make one specific.
enum AgreementLexicon {
    /// Agreement nouns (lower case), singular and plural, with their singular.
    static let nouns: WordTable<String> = [
        "agreement": "agreement", "agreements": "agreement", "accord": "accord", "accords": "accord",
        "treaty": "treaty", "treaties": "treaty", "pact": "pact", "pacts": "pact", "deal": "deal",
        "deals": "deal", "protocol": "protocol", "protocols": "protocol", "memorandum": "memorandum",
        "memoranda": "memorandum", "memorandums": "memorandum", "mou": "MOU", "mous": "MOU",
        "convention": "convention", "conventions": "convention", "charter": "charter",
        "ceasefire": "ceasefire", "cease-fire": "ceasefire", "truce": "truce", "armistice": "armistice",
        "swap": "swap", "swaps": "swap", "roadmap": "roadmap", "road-map": "roadmap",
        "framework": "framework", "declaration": "declaration", "communique": "communique",
        "communiqué": "communique", "plan": "plan", "plans": "plan", "code": "code",
        "settlement": "settlement", "arrangement": "arrangement", "arrangements": "arrangement",
        "exchange": "exchange", "compact": "compact", "understanding": "understanding",
        "constitution": "constitution", "package": "package", "packages": "package",

    ]

    /// Nouns that name an agreement only with a subject beside them ("peace plan", "code of
    /// conduct", "currency exchange"), since alone they are too common.
    static let needsSubject: WordSet = [
        "plan", "code", "settlement", "arrangement", "exchange", "framework", "declaration",
        "understanding", "charter", "compact", "swap", "package",
    ]

    /// Subjects that make "exchange" an agreement ("currency exchange") rather than a talk.
    static let exchangeSubjects: WordSet = ["currency", "prisoner", "prisoners", "swap", "information", "intelligence"]

    /// Modifiers that say nothing about which agreement it is.
    static let genericModifiers: WordSet = [
        "new", "historic", "landmark", "bilateral", "multilateral", "international", "final", "draft",
        "formal", "possible", "proposed", "previous", "current", "existing", "latest",
        "first", "second", "major", "broad", "comprehensive", "wide-ranging", "key", "important",
        "separate", "joint", "official", "controversial", "long-awaited",
        "binding", "legally-binding", "secret", "informal", "big", "huge", "such", "other", "further",
        "more", "similar", "this", "that", "any", "every", "some", "each", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "number", "few",
        "fresh", "revised", "amended", "old", "original", "planned", "future", "ambitious", "own",
        "unprecedented", "new-look", "vague", "specific", "detailed", "limited", "full", "whole",
        "overall", "actual", "the", "a", "an", "its", "their", "his", "her", "our", "your", "my",
        "another", "these", "those", "both", "all", "no", "same", "crucial", "significant",
        "business", "government", "state", "bid", "whose", "most", "biggest", "largest", "best", "less",
    ]

    /// Nouns after which a number names a stage of one agreement ("phase one trade deal").
    static let stageNouns: WordSet = ["phase", "stage", "step", "tranche", "round", "part"]

    /// Signs of a currency before an amount ("$10 billion deal").
    static let currencySigns: Set<String> = ["$", "\u{00A3}", "\u{20AC}", "\u{00A5}", "US$"]

    /// Second halves of compounds that name a kind rather than an agreement ("Kyoto-style
    /// treaty", "business-friendly deal", "Iran-type deal").
    static let kindSuffixes: WordSet = ["type", "style", "like", "friendly", "inspired", "esque"]

    /// Whether a modifier is a compound naming a kind ("Kyoto-style").
    static func isKindModifier(_ lower: String) -> Bool {
        guard let hyphen = lower.lastIndex(of: "-"), hyphen != lower.startIndex else { return false }
        return kindSuffixes.contains(String(lower[lower.index(after: hyphen)...]))
    }

    /// Agreement nouns that name one agreement without a modifier once parties adopt it ("the two
    /// sides agreed a ceasefire", "adopted the roadmap").
    static let namedByAdoption: WordSet = ["ceasefire", "truce", "armistice", "roadmap"]

    /// Verbs of adopting an agreement, right before its determiner ("signed a truce").
    static let adoptionVerbs: WordSet = [
        "agreed", "agree", "agrees", "adopted", "adopt", "adopts", "signed", "sign", "signs", "endorsed",
        "endorse", "endorses", "ratified", "ratify", "ratifies", "declared", "declare", "declares",
        "approved", "approve", "approves", "accepted", "accept", "accepts", "reached", "reach", "reaches",
    ]

    /// Words before "deal with" that make it the verb ("they deal with", "governments deal with").
    static let verbDealSubjects: WordSet = [
        "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "and", "or", "not", "never",
        "countries", "states", "nations", "governments", "leaders", "officials", "ministers", "people",
        "companies", "firms", "banks", "authorities", "must", "help", "how", "to", "will", "would",
        "can", "could", "should", "may", "might", "also", "cannot", "can't", "won't", "don't", "doesn't",
    ]

    /// Words before a bare agreement noun that make it a countable agreement ("the deal"); without
    /// one, "agreement" is the mass noun ("there was agreement on …", "to reach agreement").
    static let determiners: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any",
        "every", "another", "each", "such", "which", "whose", "one", "'s", "\u{2019}s",
    ]

    /// Verbs after "agreed to" / "decided to" that start an agreed action ("agreed to open a bus link").
    static let actionOpeners: WordSet = ["agreed", "agree", "agrees", "decided", "decide", "decides", "decision", "pledged", "committed"]

    /// Participles before "by" that name an agreement's parties ("the pact, signed by X and Y");
    /// "brokered by" names a mediator, not a party.
    static let signingParticiples: WordSet = [
        "signed", "agreed", "ratified", "concluded", "reached", "struck", "sealed", "initialled", "initialed", "negotiated",
    ]

    /// Particles that stay with their verb ("set up", "buy out").
    static let particles: WordSet = ["up", "out", "off", "down", "back"]

    /// Words right after an agreed verb that start no object ("agreed to meet again"): an agreed
    /// action needs a thing agreed on.
    static let noObject: WordSet = [
        "again", "together", "soon", "later", "further", "more", "jointly", "forward", "ahead", "away", "now",
        "there", "here", "regularly", "annually", "it", "them", "so", "this",
    ]

    /// Words that end the phrase kept as an agreement's alias.
    static let phraseStops: WordSet = ["which", "that", "who", "because", "but", "while", "although", "after", "before", "when", "if"]

    /// Words that end the modifiers to the left of an agreement noun.
    static let leftStops: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any",
        "every", "some", "no", "of", "on", "in", "to", "for", "with", "by", "from", "at", "and", "or",
        "but", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would",
        "could", "should", "may", "might", "must", "can", "not", "than", "as", "between", "under",
        "over", "into", "after", "before", "during", "about", "against", "including", "such",
        "which", "who", "whom", "whose", "it", "they", "he", "she", "we", "said", "says", "say",
        "reach", "sign", "seal", "strike", "make", "negotiate", "agree", "get", "want", "need", "secure",
        "approve", "back", "support", "reject", "oppose", "break", "honour", "honor", "implement",
        "accept", "renegotiate", "ratify", "scrap", "abandon", "join", "leave", "quit", "violate",
    ]

    /// Words that introduce a list of topics after an agreement noun.
    static let topicIntroducers: WordSet = ["on", "including", "covering", "concerning", "regarding", "over", "about", "for"]

    /// Words that end a topic.
    static let topicStops: WordSet = [
        "during", "after", "before", "at", "between", "with", "by", "while", "when", "which", "that",
        "who", "to", "was", "were", "is", "are", "will", "would", "has", "have", "had", "and", "but",
        "as", "from", "than", "said", "says", "signed", "agreed", "reached", "since", "until", "amid",
        "despite", "because", "if", "its", "their", "this", "these", "those", "could", "should", "may",
        "might", "must", "can", "off", "along", "near", "across", "under", "within", "beyond", "around",
        "through", "last", "next", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "yesterday", "today", "tomorrow",
    ]

    /// Verbs in the past tense that do not end in -ed ("the plan won praise").
    static let irregularPastVerbs: WordSet = [
        "won", "drew", "met", "took", "came", "went", "got", "made", "gave", "fell", "left", "saw", "said",
        "hit", "put", "set", "ran", "began", "broke", "brought", "built", "held", "kept", "led", "lost",
        "paid", "sent", "stood", "struck", "told", "thought", "became", "sought", "grew", "meant", "faced",
        "won't", "will", "would", "could", "should", "must", "may", "might", "can", "cannot", "collapsed",
    ]

    /// Leading words dropped from a topic ("cooperation in innovation" → "innovation").
    static let topicPrefixes: [[String]] = [
        ["cooperation", "in"], ["cooperation", "on"], ["co-operation", "in"], ["co-operation", "on"],
        ["areas", "such", "as"], ["areas", "of"], ["the", "areas", "of"], ["fields", "such", "as"],
        ["issues", "such", "as"], ["the"], ["a"], ["an"],
    ]

    /// Trailing words dropped from a topic ("elderly care sectors" → "elderly care").
    static let topicSuffixes: WordSet = ["sector", "sectors", "area", "areas", "field", "fields", "issues", "matters", "cooperation"]
}
