#!/usr/bin/env python3
"""Generate Sources/DiploExtraction/Lexicons/RelationLexiconData.swift: the event coders' verbs.

Sources (offline, read-only; see scripts/RELATIONS.md):
  * PETRARCH2's CAMEO verb dictionary, CAMEO.verbpatterns.150430.txt (MIT, Open Event Data
    Alliance), read from --petrarch (default ../shared/data/petrarch2): its verb synonym blocks
    (`--- DESCRIPTION [CODE] ---`), the verbs of each block with their irregular forms in `{…}`,
    and multi-word verbs written with `_` and a `+` before the inflected word. The patterns (lines
    starting with `-`) are not used.
  * PLOVER's CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, used as data), read from --plover (default
    ../shared/data/plover): the PLOVER event type of each CAMEO code.

Each verb form (the regular -s, -ed and -ing forms are generated unless the dictionary lists
irregular ones) becomes one line `phrase|CAMEO code|PLOVER type|relation`. The relation is read
from the CAMEO code by `RELATION_BY_CODE` (longest code prefix wins); codes without one, and the
words in `EXCLUDED` (too ambiguous to be triggers), give no line. The output is deterministic:
the lines are sorted, and running the script twice gives the same file.

    python3 scripts/generate-relation-lexicon.py [--petrarch DIR] [--plover DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Sources/DiploExtraction/Lexicons/RelationLexiconData.swift")
VERBS = "CAMEO.verbpatterns.150430.txt"
TABLE = "CAMEO2PLOVER-2021.txt"

# CAMEO code prefix -> relation of our vocabulary (scripts/RELATIONS.md explains each choice).
# The longest matching prefix wins; a prefix mapped to None is left out.
RELATION_BY_CODE: dict[str, str | None] = {
    "01": None,            # make public statement: no target
    "02": "urged",         # appeal
    "03": "proposed",      # express intent to cooperate
    "04": "met",           # consult
    "042": "visited",      # make a visit
    "043": "met",          # host a visit: "X hosted Y" is a meeting (the guest is the object)
    "045": "negotiated",   # engage in mediation
    "046": "negotiated",   # engage in negotiation
    "05": "supports",      # engage in diplomatic cooperation, defend, rally support, recognise
    "051": "praised",      # praise or endorse
    "055": None,           # apologise: no relation of ours reads it
    "056": None,           # forgive
    "057": "signed",       # sign formal agreement
    "06": "cooperates_with",  # material cooperation
    "07": "aided",         # provide aid
    "08": None,            # yield, release, ease: measured, see RELATIONS.md
    "09": None,            # investigate: mostly domestic, no second actor
    "10": "urged",         # demand
    "11": "criticized",    # disapprove, criticise, complain
    "112": "accused",      # accuse
    "115": "accused",      # bring lawsuit against
    "12": "rejected",      # reject, refuse, veto
    "13": "threatened",    # threaten
    "14": None,            # protest: demonstrations, mostly domestic
    "15": None,            # mobilise: no target
    "16": "sanctioned",    # reduce relations, halt aid, expel
    "17": "coerced",       # coerce: seize, arrest, deport
    "1712": "attacked",    # destroy property
    "175": "attacked",     # violent repression
    "18": "attacked",      # unconventional violence
    "19": "attacked",      # conventional military force
    "191": "coerced",      # blockade
    "192": "coerced",      # occupy territory
    "20": "attacked",      # mass violence
}

# Synonym blocks left out whole: most of their verbs (WordNet synonym sets) are not acts between
# two actors in news ("GO_SOMEWHERE" holds go, leave and tour; "CONSIDER" holds think and weigh).
EXCLUDED_BLOCKS = {
    "EXPLAIN_VERBAL", "DELAY", "ENGAGE", "ASSEMBLE", "MERGE", "LINK", "GO_SOMEWHERE",
    "OVERSEE_MANAGE", "DECREE", "BOOST", "FACILITATE", "ALLOCATE", "ENCOURAGE", "FAVOR",
    "EVACUATE", "OFFEND", "VIOLATE", "MARK", "CONFIRM", "ENACT", "CONSIDER", "CONSPIRE", "INTEND",
    "EXTRACT", "MOBILIZE", "ALLEGE", "STABILISE", "DISCLOSE", "NOTIFY", "INFLUENCE", "REPEAT",
    "WHIP", "DISRUPT", "BARGAIN", "DESPATCH", "DISMAY", "PURCHASE", "LAMENT", "CURSE",
    "INTRODUCE", "INTERVENE", "SUBMIT", "COLLAPSE", "STRENGTHEN", "ARRIVE", "REVIVE", "HEAR",
    "ENLIST", "FLATTEN", "ABUSE", "AGREE", "APPRECIATE", "BACKLASH", "BETRAY", "BLESS", "CABLE",
    "DESPAIR", "DIE", "DISASSOCIATE", "DISGRACE", "ENDANGER", "FORMALIZE", "IMPORT", "JEER",
    "LEGITIMISE", "OVERRULE", "RAMPAGE", "RE_ESTABLISH", "REASSERT", "REGRET", "REJOICE",
    "RESCUE", "RESPECT", "RIP", "SECEDE", "SIGNAL", "SLAP", "STEAL", "UNDERMINE", "VANDALISE",
    "TRADE", "HURT", "STEAL", "FINE",
}

# Blocks whose verbs read better as another relation than their block's CAMEO code says.
RELATION_BY_BLOCK = {
    "GRANT": "aided",            # 060, but its verbs give: donate, lend, grant
    "AID": "aided",              # aid, assist
    "ARM": "aided",              # arm, equip
    "FINANCE": "aided",          # bankroll, fund, sponsor
    "COLLABORATE": "cooperates_with",  # collaborate, cooperate (coded 05x)
    "COORDINATE": "cooperates_with",
    "WARN": "warned",            # our vocabulary has `warned`
    "INVADE": "attacked",        # invade, overrun (hand-written "invaded" reads attacked)
    "SUE": "accused",            # bring a lawsuit (CAMEO 115)
}

# Verbs (every form) too ambiguous to be triggers on their own, or that read another way far
# more often in news than as an act between two actors.
EXCLUDED = {
    "want", "push", "bid", "campaign", "crusade", "necessitate",
    "battle", "conflict", "grapple", "hammer", "hit", "kick", "match", "pit", "quarrel",
    "square off", "stone", "storm", "strike", "struggle", "wrestle", "fight", "fight down",
    "compete", "contrast", "counter", "counterbalance", "debate", "differ", "argue", "contend",
    "contest", "contravene", "object", "oppose", "protest", "challenge",
    "brave", "confront", "encounter", "face", "interact", "run into",
    "blow", "blow up", "explode", "fire",
    "speak", "utter", "verbalise", "verbalize", "talk", "call", "converse",
    "advertise", "advertize", "promote", "back",
    "hint", "advocate", "counsel",
    "give", "issue", "add", "accord", "supply", "provide", "bequeath", "endow", "entrust",
    "award", "bestow",
    "cane", "flog", "lecture", "chasten", "dress down",
    "beat", "best", "break", "bust", "disarm", "dominate", "master", "overcome", "overshadow",
    "overtake", "desolate", "ravish", "ruin", "shatter", "surmount", "eradicate", "crush",
    "overpower", "overwhelm", "smash", "defeat",
    "catch", "grab", "snatch", "take", "arrest and",
    "take over", "subvert", "pirate", "overturn", "revolutionise", "revolutionize",
    "hang", "string up", "stamp out", "die",
    "moderate", "constrain", "curb",
    "slight",
    "certify", "ensure",
    "admire", "celebrate", "clap", "commemorate", "recognise", "recognize", "respect",
    "reward", "toast", "honor", "honour",
    "subscribe",
    "confine", "contain", "enclose", "hold", "restrict", "withhold",
    "bar", "block", "exclude", "segregate", "vote down",
    "remove", "boot out", "oust",
    "forbid", "veto",
    "benefit", "serve",
    "ally", "associate", "concert",
    "enquire", "grill", "inquire", "interrogate", "interview", "query", "question", "wonder",
    "proffer", "volunteer", "offer",
    "attire", "furnish", "gear", "outfit", "render", "stock", "tender",
    "invest", "pay", "pay for",
    "circle", "rang", "rung",
    "force", "enforce", "reinforce", "impel",
    "infest", "inhabit", "reside",
    "bill", "inflict",
    "elicit", "ask for",
    "aim", "ram", "thump",
    "require",
    "savage", "crucify",
    "charge", "convict",
    "tax",
    "nationalise", "nationalize",
}


def is_unambiguous_form(phrase: str, base: str, keep_ing: bool) -> bool:
    """Whether a form of a one-word verb reads as a verb: the base and the -s form are most
    often nouns in news ("arms", "finance", "embargo", "pounds"), so only past forms (and, with
    `keep_ing`, -ing forms) of one-word verbs are triggers. Phrases keep every form."""
    if " " in phrase:
        return True
    if phrase == base or phrase in (base + "s", base + "es", base[:-1] + "ies"):
        return False
    if phrase.endswith("ing"):
        return keep_ing
    return True


PHRASE = re.compile(r"^[a-z][a-z' -]*[a-z]$")


def read_plover(path: str) -> dict[str, str]:
    """CAMEO code -> PLOVER type (the first field after the colon)."""
    table: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
            if m and m.group(1) not in table:
                table[m.group(1)] = m.group(2)
    # CAMEO 02 (appeal) is not in the 2021 table; PLOVER's manual files appeals under REQUEST.
    table.setdefault("02", "REQUEST")
    for code in ("020", "021", "022", "023", "024", "025", "026", "027", "028"):
        table.setdefault(code, "REQUEST")
    return table


def lookup(table: dict, code: str):
    """The value of the longest prefix of `code` that is a key of `table`, or None."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]], code[:n]
    return None, None


def regular_forms(verb: str) -> list[str]:
    """The base and the regular -s, -ed and -ing forms of an English verb."""
    forms = [verb]
    if re.search(r"[^aeiou]y$", verb):
        forms += [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    elif verb.endswith("e"):
        forms += [verb + "s", verb + "d", (verb if verb.endswith("ee") else verb[:-1]) + "ing"]
    elif re.search(r"(s|x|z|ch|sh)$", verb):
        forms += [verb + "es", verb + "ed", verb + "ing"]
    else:
        forms += [verb + "s", verb + "ed", verb + "ing"]
    return forms


def expand(entry: str, irregular: list[str] | None) -> list[str]:
    """The forms of one dictionary verb: `MEET`, `+MEET_WITH`, `WIRE_+TAP`."""
    words = entry.lower().split("_")
    if irregular is not None:
        forms = [entry] + irregular
        return [" ".join(w for w in f.lower().replace("+", "").split("_") if w) for f in forms]
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    index = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    return [" ".join(words[:index] + [form] + words[index + 1:]) for form in regular_forms(words[index])]


def read_verbs(path: str):
    """Yields (phrase, base phrase, CAMEO code, block name) for every verb form of every synonym block."""
    in_verbs = False
    block_code = "---"
    block = ""
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip() if not raw.startswith("---") else raw.rstrip()
            if raw.startswith("####### VERB PATTERNS"):
                in_verbs = True
                continue
            if not in_verbs or not line.strip():
                continue
            if line.startswith("---"):
                m = re.match(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*(?:---|###)", line)
                block = m.group(1) if m else line
                block_code = (m.group(2) or "---") if m else "---"
                continue
            if line.startswith("-") or line.startswith("&") or line.startswith("~"):
                continue
            m = re.match(r"^\s*(\S+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$", line)
            if not m:
                continue
            entry, irregular, code = m.group(1), m.group(2), m.group(3)
            code = (code or block_code).split(":")[0].strip()
            if not re.fullmatch(r"\d{2,4}", code):
                continue
            forms = expand(entry, irregular.split() if irregular is not None else None)
            for form in forms:
                yield form, forms[0], code, block


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--petrarch", default=os.path.join(REPO, "../shared/data/petrarch2"))
    ap.add_argument("--plover", default=os.path.join(REPO, "../shared/data/plover"))
    ap.add_argument("--output", default=OUTPUT)
    ap.add_argument("--keep-ing", action=argparse.BooleanOptionalAction, default=True,
                    help="keep the -ing forms of one-word verbs (default: yes)")
    args = ap.parse_args()

    plover = read_plover(os.path.join(args.plover, TABLE))
    entries: dict[str, tuple[str, str, str]] = {}
    counts = {"forms": 0, "excluded": 0, "noun-like": 0, "unmapped": 0, "conflicts": 0}
    for phrase, base, code, block in read_verbs(os.path.join(args.petrarch, VERBS)):
        counts["forms"] += 1
        if not PHRASE.match(phrase):
            counts["unmapped"] += 1
            continue
        if block in EXCLUDED_BLOCKS or base in EXCLUDED:
            counts["excluded"] += 1
            continue
        if not is_unambiguous_form(phrase, base, args.keep_ing):
            counts["noun-like"] += 1
            continue
        relation, _ = lookup(RELATION_BY_CODE, code)
        relation = RELATION_BY_BLOCK.get(block, relation)
        ptype, _ = lookup(plover, code)
        if relation is None or ptype is None:
            counts["unmapped"] += 1
            continue
        if phrase in entries and entries[phrase] != (code, ptype, relation):
            counts["conflicts"] += 1
            # The same form in two blocks: keep the lower code (deterministic either way).
            if entries[phrase][0] <= code:
                continue
        entries[phrase] = (code, ptype, relation)

    lines = [f"{p}|{c}|{t}|{r}" for p, (c, t, r) in sorted(entries.items())]
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("// GENERATED by scripts/generate-relation-lexicon.py — do not edit.\n")
        out.write("// Sources: PETRARCH2 CAMEO.verbpatterns.150430.txt (MIT, Open Event Data Alliance);\n")
        out.write("// PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, used as data). See scripts/RELATIONS.md.\n\n")
        out.write("extension RelationLexicon {\n")
        out.write(f"    /// {len(lines)} verb forms and phrases of the CAMEO verb dictionary, one a line:\n")
        out.write("    /// `phrase|CAMEO code|PLOVER type|relation`, each ending with a line break.\n")
        out.write('    static let generatedLines = """\n')
        for line in lines:
            out.write("    " + line + "\n")
        # An empty last line: every record, the last one too, ends with a line break.
        out.write('\n    """\n}\n')
    print(f"{len(lines)} triggers written ({counts})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
