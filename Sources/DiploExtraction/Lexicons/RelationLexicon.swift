import DiploGraph

/// The verb and noun lexicon that maps words of diplomacy to the relation vocabulary.
///
/// Each trigger is a lower-case word sequence. Verbs take the actor before them as source and
/// the actor after as target; nouns ("talks", "alliance") take a possessor or the actor before,
/// and the actor after "with", "to", "on" or both actors after "between".
enum RelationLexicon {
    /// How a trigger reads.
    enum Reading: Equatable {
        /// "X urged Y": source before, target after.
        case verb
        /// "X's talks with Y", "talks between X and Y", "X held talks with Y".
        case noun
        /// "X refused to …", "X rejected …": a refusal; negation does not flip it back.
        case refusal
        /// "despite opposition from X": X acts on the clause's subject.
        case byNoun
    }

    struct Trigger {
        let words: [String]
        let relation: Relation
        let reading: Reading
        /// The CAMEO code of a trigger generated from the CAMEO verb dictionary; `nil` for a
        /// hand-written one.
        var cameo: String? = nil
    }

    private static func verbs(_ forms: [String], _ relation: Relation, _ reading: Reading = .verb) -> [Trigger] {
        forms.map { Trigger(words: words(of: $0), relation: relation, reading: reading) }
    }

    /// The words of `form` between its spaces, as `form.split(separator: " ")` gives them, read
    /// as bytes (splitting the `String` walks it by characters: two million instructions over all
    /// the hand-written forms).
    private static func words(of form: String) -> [String] {
        var words: [String] = []
        var form = form
        form.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
                if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
        }
        return words
    }

    static let triggers: [Trigger] = {
        var t: [Trigger] = []
        t += verbs(["urge", "urges", "urged", "urging", "call on", "calls on", "called on", "calling on",
                    "press", "presses", "pressed", "pressing", "appeal to", "appealed to", "appeals to",
                    "asked", "asks", "demanded", "demands", "encouraged", "encourages", "implored",
                    "called upon", "told", "tells", "pushed", "pushes"], .urged)
        t += verbs(["meet", "meets", "met", "met with", "meeting with", "hosted", "hosts", "host",
                    "hosting", "received", "receives", "held talks", "hold talks", "holds talks", "spoke by phone with", "spoke by telephone with",
                    "spoke on the phone with", "speaks by phone with", "held a phone call with", "held a call with",
                    "had a phone call with", "had talks with", "telephoned",
                    "holding talks", "talked with", "talks with", "spoke with", "spoke to", "speaks with",
                    "phoned", "telephoned", "sat down with", "conferred with"], .met)
        t += verbs(["talks", "meeting", "meetings", "summit", "summits", "phone call", "conversation"], .met, .noun)
        t += verbs(["visit", "visits", "visited", "visiting", "travelled to", "traveled to", "travels to",
                    "arrived in", "arrives in", "toured", "flew to", "flies to"], .visited)
        t += verbs(["trip to", "tour of", "state visit"], .visited, .noun)
        t += verbs(["welcome", "welcomes", "welcomed", "welcoming", "greeted", "greets"], .welcomed)
        t += verbs(["propose", "proposes", "proposed", "proposing", "offered", "offers", "suggested"], .proposed)
        t += verbs(["proposal", "proposals", "offer"], .proposed, .noun)
        t += verbs(["sign", "signs", "signed", "signing", "inked", "concluded", "agreed", "agree",
                    "agrees", "reached", "struck", "seal", "seals", "sealed", "ratified", "ratify", "formalised",
                    "formalized", "finalised", "finalized", "adopted", "renewed", "extended", "signed up to"], .signed)
        t += verbs(["reject", "rejects", "rejected", "rejecting", "refused", "refuses", "refuse",
                    "refusing", "dismissed", "dismisses", "turned down", "rebuffed", "spurned", "snubbed",
                    "ruled out", "rules out", "vetoed", "declined", "out of the question"], .rejected, .refusal)
        t += verbs(["criticise", "criticised", "criticises", "criticising", "criticize", "criticized",
                    "criticizes", "criticizing", "condemned", "condemns", "condemn", "denounced",
                    "denounces", "slammed", "blasted", "rebuked", "attacked", "lambasted", "chided"], .criticized)
        t += verbs(["criticism of", "condemnation of"], .criticized, .noun)
        t += verbs(["accused", "accuses", "accusing", "blamed", "blames"], .accused)
        t += verbs(["threaten", "threatened", "threatens", "threatening"], .threatened)
        t += verbs(["threat to", "threats against", "drills near", "drills around", "exercises near", "exercises around", "military pressure on"], .threatened, .noun)
        t += verbs(["concerned by", "concerned about", "concerned over", "alarmed by", "angered by"], .criticized)
        t += verbs(["warned", "warns", "warning"], .warned)
        t += verbs(["praise", "praised", "praises", "praising", "hailed", "hails", "commended", "lauded",
                    "thanked", "thanks", "congratulated", "congratulates"], .praised)
        t += verbs(["support", "supports", "supported", "supporting", "backed", "backs", "endorsed",
                    "endorses", "sided with", "stood by", "stands by", "committed to", "favour", "favours", "favor", "favors"], .supports)
        t += verbs(["support for", "backing for", "backing of"], .supports, .noun)
        t += verbs(["oppose", "opposes", "opposed", "opposing", "objected to", "objects to", "resisted"], .opposed)
        t += verbs(["objections", "objection", "opposition to"], .opposed, .noun)
        t += verbs(["sanctioned", "sanctions", "imposed sanctions on", "imposes sanctions on",
                    "embargo on", "ban on"], .sanctioned, .noun)
        t += verbs(["invaded", "invades", "invade", "bombed", "bombs", "shelled", "shells", "struck at", "fired on",
                    "fired at", "fires at", "launched strikes on", "attacks on", "attack on", "war with", "war against",
                    "killed", "kills", "killing", "wounded", "shot", "raided", "raids", "clashed with", "clash with",
                    "fought", "fighting", "ambushed", "targeted", "strikes on", "airstrikes on", "air strikes on",
                    "missile strikes on", "shelling of", "occupied", "occupies", "annexed", "annexes",
                    "fired", "fires"], .attacked)
        t += verbs(["arrested", "arrests", "detained", "detains", "expelled", "expels", "deported", "deports",
                    "seized", "seizes", "captured", "banned", "bans", "blockaded", "extradited",
                    "recalled its ambassador from", "severed ties with", "cut ties with", "suspended ties with",
                    "broke off relations with", "boycotted", "boycotts"], .coerced)
        // Closing borders, ultimatums, formal protests and summoning envoys (CAMEO 16, 13, 11).
        for verb in ["closed", "closes", "sealed", "seals"] {
            for side in ["", "southern ", "northern ", "eastern ", "western ", "land "] {
                t += verbs(["border", "borders"].flatMap { ["\(verb) its \(side)\($0) with", "\(verb) its \(side)\($0) to"] }, .sanctioned)
            }
        }
        t += verbs(["issued an ultimatum to", "issues an ultimatum to", "gave an ultimatum to", "ultimatum to"], .threatened)
        t += verbs(["lodged a protest with", "lodged an official protest with", "lodged a formal protest with",
                    "lodges a protest with", "complained to", "complains to", "summoned", "summons"], .criticized)
        // Easing: lifting a curfew, sanctions or a blockade, withdrawing troops, freeing prisoners,
        // opening a border (PLOVER's RETREAT). The place eased is the one acted on.
        t += verbs(["lifted", "lifts", "eased", "eases", "relaxed", "relaxes", "loosened", "loosens",
                    "withdrew its troops from", "withdraws its troops from", "withdrew troops from", "withdraw its troops from",
                    "withdraw troops from", "pulled its troops out of", "pulled troops out of", "released", "releases", "freed",
                    "frees", "opened its borders to", "opens its borders to", "reopened its border with", "reopened its borders to",
                    "opened its border with", "reopened the border with"], .eased)
        // "give Tanzania a grant", "granted Peru a loan": the receiver stands right after the verb.
        t += verbs(["give", "gives", "gave", "giving", "grant", "grants", "granted", "granting"], .aided)
        t += verbs(["send aid to", "send arms to", "sends arms to", "sent arms to", "send weapons to", "sent weapons to",
                    "sends weapons to"], .aided)
        t += verbs(["sent aid to", "sends aid to", "delivered aid to", "provided", "provides", "supplied",
                    "supplies", "donated", "pledged aid to", "sold arms to", "sells arms to", "loaned", "lent"], .aided)
        t += verbs(["mediated", "mediates", "brokered"], .negotiated)
        t += verbs(["invited", "invites", "hosted talks with", "met with"], .met)
        t += verbs(["appealed", "demanding", "called for"], .urged)
        t += verbs(["protested", "protests against", "denied", "denies", "rebuffed", "disputed"], .criticized)
        t += verbs(["pledged", "promised", "vowed", "offered to"], .proposed)
        t += verbs(["aid to", "aid for", "helped", "helps", "assisted", "assists", "gave aid to", "donated to"], .aided)
        t += verbs(["seeks help from", "sought help from", "asked for help from"], .urged)
        t += verbs(["talk about", "talked about", "talks about", "discuss", "discussed", "discusses", "discussing"], .discussed)
        t += verbs(["backers of", "backer of", "supporter of", "supporters of", "proponent of", "champion of"], .supports, .noun)
        t += verbs(["exports to", "imports from", "trade with"], .cooperatesWith, .noun)
        t += verbs(["help", "helps", "helped", "helping"], .aided)
        t += verbs(["peace process", "peace talks"], .negotiated, .noun)
        t += verbs(["opposition from", "objections from", "protests from"], .opposed, .byNoun)
        t += verbs(["criticism from", "condemnation from"], .criticized, .byNoun)
        t += verbs(["pressure from", "calls from"], .urged, .byNoun)
        t += verbs(["support from", "backing from"], .supports, .byNoun)
        t += verbs(["negotiate", "negotiated", "negotiates", "negotiating"], .negotiated)
        t += verbs(["negotiations", "talks on"], .negotiated, .noun)
        t += verbs(["cooperate", "cooperates", "cooperated", "cooperating", "co-operate", "co-operated",
                    "worked with", "works with", "working with", "partnered with"], .cooperatesWith)
        t += verbs(["cooperation", "co-operation", "ties", "relations", "relationship", "partnership",
                    "exchanges", "engagement", "trade with", "dialogue"], .cooperatesWith, .noun)
        // Information shared between states ("shared intelligence with", CAMEO 064).
        for verb in ["share", "shares", "shared", "sharing"] {
            t += verbs(["intelligence", "information", "evidence", "expertise", "data", "technology", "know-how"].map { "\(verb) \($0) with" }, .cooperatesWith)
        }
        // Physical assault and military attack named by a noun ("an invasion of", "raids on").
        t += verbs(["beat up", "beaten up", "beating up", "set fire to"], .attacked)
        t += verbs(["forced out", "hacked", "hacked into", "hack into"], .coerced)
        t += verbs(["invasion of", "incursion into", "incursions into", "offensive against", "assault on", "raid on",
                    "air raid on", "air raids on", "attack against", "attacks against", "bombing of", "bombardment of"], .attacked, .noun)
        t += verbs(["blockade of", "blockade on", "blockades on", "blockades in", "blockade in"], .coerced, .noun)
        // Street protest against a state ("riots against", "demonstrations against").
        t += verbs(["riots against", "demonstrations against", "demonstration against", "rally against", "rallies against",
                    "protest against"], .criticized, .noun)
        t += verbs(["protested against", "demonstrated against", "rioted against"], .criticized)
        // Asylum, compensation and a welcome given to someone.
        t += verbs(["asylum to", "refuge to", "compensation to"], .aided, .noun)
        t += verbs(["welcome to"], .welcomed, .noun)
        // Ties cut by a noun ("a suspension of air links with", "the severing of ties with").
        t += verbs(["suspension of", "severing of", "freeze of"], .sanctioned, .noun)
        // A mediator acts with each side: "mediated between X and Y" (see `mediations`).
        t += verbs(["mediate", "mediating", "mediation", "mediation effort", "mediation efforts"], .negotiated)
        // Joint military exercises: the states that hold them cooperate.
        t += verbs(["war games", "joint exercises", "joint military exercises", "joint drills", "joint naval exercises",
                    "joint military drills", "naval exercises with", "military exercises with"], .cooperatesWith, .noun)
        // Withdrawal named by a noun ("the withdrawal of its forces from Panama"), and asking for
        // refuge (PLOVER's REQUEST).
        t += verbs(["withdrawal of", "withdrawal from", "pullout of", "pull-out of", "pullout from"], .eased, .noun)
        t += verbs(["sought refuge in", "seek refuge in", "seeks refuge in", "sought asylum in", "seek asylum in",
                    "seeks asylum in", "applied for asylum in"], .urged)
        t += verbs(["defended", "defends", "defending"], .supports)
        t += verbs(["providing", "supplying"], .aided)
        t += verbs(["boycott"], .coerced)
        t += verbs(["alliance", "allied with", "ally", "allies"], .alliedWith, .noun)
        t += verbs(["dependence on", "dependent on", "depends on", "depend on", "relies on",
                    "reliance on", "rely on"], .dependsOn, .noun)
        return t
    }()

    /// The verbs generated from the CAMEO verb dictionary (``generatedLines``). A generated
    /// rejection reads as a refusal, like the hand-written ones; every other one as a verb.
    /// A line that does not have four fields or names no relation is passed over.
    /// (Read byte by byte, a line and then its fields, with no string made for a field that is
    /// not kept: this runs once per process, before the first sentence.)
    static let generated: [Trigger] = {
        let relations = Relation.allCases.map { (name: Array($0.rawValue.utf8), relation: $0) }
        var out: [Trigger] = []
        out.reserveCapacity(1024)
        var text = generatedLines
        text.withUTF8 { bytes in
            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var lineStart = 0
            while lineStart < bytes.count {
                // The line's first three bars, how many it has, and its end (a line with no line
                // feed is no line).
                var bars = (0, 0, 0), count = 0
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") {
                    if bytes[lineEnd] == UInt8(ascii: "|") {
                        switch count {
                        case 0: bars.0 = lineEnd
                        case 1: bars.1 = lineEnd
                        case 2: bars.2 = lineEnd
                        default: break
                        }
                        count += 1
                    }
                    lineEnd += 1
                }
                guard lineEnd < bytes.count else { break }
                defer { lineStart = lineEnd + 1 }
                guard count == 3 else { continue }
                let name = bytes[(bars.2 + 1)..<lineEnd]
                guard let relation = relations.first(where: { $0.name.count == name.count && $0.name.elementsEqual(name) })?.relation else { continue }
                // The phrase's words, one at each space (two spaces would make an empty word).
                var words: [String] = []
                var wordStart = lineStart
                for index in lineStart..<bars.0 where bytes[index] == UInt8(ascii: " ") {
                    words.append(string(wordStart..<index))
                    wordStart = index + 1
                }
                words.append(string(wordStart..<bars.0))
                out.append(Trigger(words: words, relation: relation,
                                   reading: relation == .rejected ? .refusal : .verb, cameo: string((bars.0 + 1)..<bars.1)))
            }
        }
        return out
    }()

    /// Every trigger, hand-written first, so that a hand-written trigger wins over a generated one
    /// with the same words, compiled for matching over token hashes.
    static let matcher = TriggerMatcher(triggers + generated)

    /// Hand-written triggers indexed by their first word (callers ask whether a word can start
    /// a relation; the generated verbs are not asked about there).
    static let byFirstWord: WordTable<[Trigger]> = {
        var map: [String: [Trigger]] = [:]
        for trigger in triggers { map[trigger.words[0], default: []].append(trigger) }
        for key in map.keys { map[key]!.sort { $0.words.count > $1.words.count } }
        return WordTable(map)
    }()

    /// Verbs whose object stands right after them ("help Taiwan"; "help restart talks with X" is
    /// not help to X).
    static let adjacentObject: WordSet = [
        "help", "helps", "helped", "helping", "asked", "asks", "told", "tells", "pushed", "pushes", "press", "presses", "pressed",
        "pressing", "give", "gives", "gave", "giving", "grant", "grants", "granted", "granting",
        "defended", "defends", "defending",
    ]

    /// Nouns that take the actor right before them as the one acting ("US objections"), and the
    /// clause's subject as the one acted on.
    static let actorFirstNouns: WordSet = ["objections", "objection", "opposition", "criticism", "pressure", "support", "protests", "threats", "warnings"]

    /// First words of mediation triggers: with "between" a few words on, they act on each side
    /// of it ("mediated between X and Y"), never on X and Y as a pair. Without it, only
    /// "mediated" and "mediates" act, on their object ("mediated the truce").
    static let mediations: WordSet = ["mediate", "mediated", "mediates", "mediating", "mediation"]

    /// Verbs of attack that read `criticized` unless armed forces attack (see `GroupNouns.armed`).
    static let armedAttacks: WordSet = ["attacked", "attacks", "attacking", "attack"]

    /// Words that, just before a trigger, negate it ("did not meet", "never visited").
    static let negations: WordSet = ["not", "never", "no", "cannot", "neither", "nor", "without"]
}
