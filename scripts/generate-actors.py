#!/usr/bin/env python3
"""Generate Sources/DiploExtraction/Actors/ActorData.swift: a dated knowledge base of political actors.

Sources (all offline; see scripts/ACTORS.md):
  * PETRARCH2's Phoenix actor dictionaries (MIT): Phoenix.Countries.actors.txt and
    Phoenix.International.actors.txt, read from --data (default ../shared/data/petrarch2);
  * scripts/actors-overlay.tsv: dated public facts from 2014 to 2026 (public record, compiled
    for this project);
  * the gazetteer's office holders ("H" records of GazetteerData.swift, CIA World Factbook,
    early 2026): current chiefs of state and heads of government, undated;
  * Debian's `wamerican` word list (/usr/share/dict/american-english): its lower-case entries are
    the common English words a single-word alias must not be (`apt-get install wamerican`).

Besides the people and the alias index it writes a family-name index (see `family_words` and
ACTORS.md). The output is deterministic: running the script twice gives the same file.

    python3 scripts/generate-actors.py [--data DIR] [--output FILE] [--words FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Sources/DiploExtraction/Actors/ActorData.swift")
GAZETTEER = os.path.join(REPO, "Sources/DiploExtraction/Gazetteer/GazetteerData.swift")
OVERLAY = os.path.join(REPO, "scripts/actors-overlay.tsv")
WORDS = "/usr/share/dict/american-english"
MASK = (1 << 64) - 1

# ---------------------------------------------------------------------------------------------
# Keys: the hash that Swift's `NameKey` computes too.


def fold_words(text: str) -> list[str]:
    """Lower-case words without diacritics, '.' or apostrophes; '-', '_' and spaces separate."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    for mark in (".", "'", "\u2019"):
        text = text.replace(mark, "")
    return [w for w in re.split(r"[-_\s]+", text) if w]


def word_hash(word: str) -> int:
    """FNV-1a 64 over the word's UTF-8 bytes."""
    h = 0xCBF29CE484222325
    for b in word.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & MASK
    return h


def extend_key(key: int, word: int) -> int:
    """The key of a word sequence extended by one word hash (Swift: NameKey.extend)."""
    k = ((key ^ word) * 0x9E3779B97F4A7C15) & MASK
    return k ^ (k >> 29)


def name_key(words: list[str]) -> int:
    key = 0
    for w in words:
        key = extend_key(key, word_hash(w))
    return key


# ---------------------------------------------------------------------------------------------
# Codes and dates.

ROLE_CODES = {
    "GOV": "government", "MIL": "military", "ELI": "elite", "OPP": "opposition",
    "REB": "rebel", "INS": "rebel", "UAF": "rebel", "LEG": "legislature", "JUD": "judiciary",
    "BUS": "business", "MED": "media",
}
KNOWN_ROLE_LETTERS = set(ROLE_CODES) | {"SPY", "COP", "OCC", "PRI", "UNR", "MUS", "EDU", "HLH",
                                        "AGR", "REF", "LAB", "DEV", "ENV", "HRI", "CVL", "CRM"}
# CAMEO country codes that are not the gazetteer's ISO alpha-3 code. Successor states that
# continue the legal personality are mapped (the Soviet Union -> Russia, which Phoenix itself
# mostly uses for Soviet leaders; Yugoslavia and Serbia and Montenegro -> Serbia); East Germany,
# Czechoslovakia and the non-state codes (KNT, KRJ, SRP, FRN, IMG, HIN, ...) are dropped.
COUNTRY_MAP = {"KSV": "XKX", "ROM": "ROU", "TMP": "TLS", "ZAR": "COD", "SUN": "RUS",
               "USR": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB"}
PREFIX_MARK = 0xFFFFF  # the person number of a line that files a key's prefix
MAX_KEY_WORDS = 6  # longer forms are no keys: news text does not write them out
PIVOT = 30  # two-digit years 00-30 are 2000-2030, 31-99 are 1931-1999 (see ACTORS.md)


def parse_date(text: str):
    """YYMMDD or YYYYMMDD -> 'YYYY-MM-DD'; None when malformed."""
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= PIVOT else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    elif len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        return None
    if not 1 <= month <= 12 or year < 1000:
        return None
    lengths = [31, 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28,
               31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    day = min(max(day, 1), lengths[month - 1])  # "000100"-style days clamp to the month
    return f"{year:04d}-{month:02d}-{day:02d}"


class Stats:
    malformed_dates = 0
    unmapped_codes = 0


def parse_affiliation(code: str, restriction: str, states: set[str]):
    """('USAGOV', '010120-090120') -> ('USA', 'government', '2001-01-20', '2009-01-20') or None."""
    country, rest = code[:3], code[3:]
    if country == "IGO":
        state, role = "", "international"
    else:
        country = COUNTRY_MAP.get(country, country)
        if country not in states:
            Stats.unmapped_codes += 1
            return None
        state = country
        # A territory under its sovereign's code: GBRVGBGOV -> VGB, government.
        if rest[:3] in states and rest[:3] not in KNOWN_ROLE_LETTERS:
            state, rest = rest[:3], rest[3:]
        letters = rest[:3]
        role = ROLE_CODES.get(letters, "other")
        if letters == "GOV" and rest[3:6] in ("LEG", "JUD"):
            role = ROLE_CODES[rest[3:6]]
    start = end = ""
    restriction = restriction.strip()
    if restriction:
        m = re.fullmatch(r"([<>])\s*(\d+)|(\d+)\s*-\s*(\d+)", restriction)
        if not m:
            Stats.malformed_dates += 1
            return None
        if m.group(1):
            d = parse_date(m.group(2))
            if d is None:
                Stats.malformed_dates += 1
                return None
            if m.group(1) == "<":
                end = d
            else:
                start = d
        else:
            start, end = parse_date(m.group(3)), parse_date(m.group(4))
            if start is None or end is None:
                Stats.malformed_dates += 1
                return None
            if end < start:
                start, end = end, start
    return (state, role, start, end)


# ---------------------------------------------------------------------------------------------
# Names.

TITLE_WORDS = set("""
PRESIDENT PRES PRESIDENT-ELECT ELECT VICE VICE-PRESIDENT PRIME MINISTER PREMIER CHANCELLOR FOREIGN
DEFENSE DEFENCE FINANCE INTERIOR SECRETARY SECRETARY-GENERAL SEC SECY GENERAL GEN LT LIEUTENANT
COL COLONEL MAJOR MAJ CAPTAIN CAPT ADMIRAL ADM MARSHAL FIELD BRIGADIER KING QUEEN PRINCE PRINCESS
CROWN EMIR AMIR EMPEROR SHEIKH SHEIK SHAIKH SULTAN AYATOLLAH GRAND MULLAH MR MRS MS MISS DR SIR
DAME LORD LADY SEN SENATOR REP REPRESENTATIVE CONGRESSMAN CONGRESSWOMAN GOV GOVERNOR MAYOR FORMER
EX EX-PRESIDENT ACTING INTERIM DEPUTY CHIEF LEADER OPPOSITION SPEAKER AMBASSADOR ENVOY JUSTICE
JUDGE CHAIRMAN CHAIRWOMAN CHAIR COMMANDER COMMUNIST PARTY STATE PM FM HIS HER MAJESTY HIGHNESS
EXCELLENCY REVEREND REV POPE CARDINAL ARCHBISHOP BISHOP SUPREME REFORMER DICTATOR STRONGMAN
MONARCH REGENT HEAD OFFICIAL SPOKESMAN SPOKESWOMAN
""".split())
# Words that make a phrase an institution or a description, not a person's name.
GENERIC_WORDS = set("""
ADMINISTRATION GOVERNMENT REGIME CAMP FAMILY SUPPORTERS LOYALISTS FORCES FORCE ARMY PARTY COUNCIL
MINISTRY OFFICE CABINET COMMITTEE COMMISSION ASSEMBLY CONGRESS PARLIAMENT COURT GUARD GUARDS FRONT
MOVEMENT ALLIANCE BRIGADE BRIGADES UNION ORGANIZATION ORGANISATION AGENCY SERVICE SERVICES BUREAU
DEPARTMENT PALACE STREET OF THE AND FOR NATIONAL REPUBLIC PEOPLES PEOPLE'S GROUP MILITIA POLICE
INSTITUTE FOUNDATION BANK CORPORATION COMPANY AUTHORITY SECURITY INTELLIGENCE TROOPS SOLDIERS
DIRECTORATE FEDERATION CONFERENCE SUMMIT ASSOCIATION LEAGUE BOARD
""".split())
PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "dos", "das", "del", "la", "le",
             "bin", "bint", "ibn", "y", "ben", "al", "el"}
ROMAN = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
MAC_NAMES = {"MACDONALD", "MACKAY", "MACARTHUR", "MACMILLAN", "MACLEAN", "MACKENZIE",
             "MACGREGOR", "MACLEOD", "MACINTYRE", "MACNEIL", "MACKINNON", "MACAULAY"}


def display_word(word: str, first: bool) -> str:
    """One word of an UPPER_CASE Phoenix name in normal case."""
    if word in ROMAN and not first:
        return word
    if re.fullmatch(r"[A-Z]\.?", word) or re.fullmatch(r"([A-Z]\.)+", word):
        return word if word.endswith(".") or len(word) > 1 else word + "."
    parts = word.split("-")
    out = []
    for i, part in enumerate(parts):
        low = part.lower()
        if not part:
            out.append(part)
            continue
        if low in ("al", "el", "ad", "as", "ash", "ar", "at", "az", "an") and i < len(parts) - 1:
            out.append(low.capitalize() if first and i == 0 else low)
            continue
        if low in PARTICLES and len(parts) == 1 and not first:
            out.append(low)
            continue
        if "'" in part:  # O'BRIEN, D'ESCOTO
            head, _, tail = part.partition("'")
            out.append(head.capitalize() + "'" + tail.capitalize())
            continue
        if part.startswith("MC") and len(part) > 3:
            out.append("Mc" + part[2:].capitalize())
            continue
        if part in MAC_NAMES:
            out.append("Mac" + part[3:].capitalize())
            continue
        out.append(part.capitalize() if part.isupper() or part.islower() else part)
    return "-".join(out)


def phoenix_words(phrase: str) -> list[str]:
    """'US_PRESIDENT_GEORGE_W._BUSH_' -> ['US', 'PRESIDENT', 'GEORGE', 'W.', 'BUSH']."""
    return [w for w in re.split(r"[_\s]+", phrase.strip().upper()) if w]


def strip_titles(words: list[str], qualifiers: set[tuple]) -> list[str]:
    """Leading titles, honorifics and state qualifiers removed ('PRESIDENT', 'US', 'MR.',
    'UNITED STATES')."""
    i = 0
    while i < len(words) - 1:
        bare = words[i].rstrip(".")
        if bare in TITLE_WORDS or (words[i],) in qualifiers or (bare,) in qualifiers:
            i += 1
            continue
        for n in (4, 3, 2):
            if i + n < len(words) and tuple(words[i:i + n]) in qualifiers:
                i += n
                break
        else:
            break
    return words[i:]


def display_name(words: list[str]) -> str:
    return " ".join(display_word(w, i == 0) for i, w in enumerate(words))


def clean_phrase(phrase: str, qualifiers: set[str]):
    """A Phoenix phrase as a display name, or None when it is no person's name."""
    phrase = re.sub(r'"[^"]*"', " ", phrase).replace("`", "")  # nicknames, ayn marks
    if re.search(r"[,\d()/&\x00-\x1f\x7f]", phrase):
        return None
    words = strip_titles(phoenix_words(phrase), qualifiers)
    if not words or any(w.rstrip(".") in GENERIC_WORDS for w in words):
        return None
    if len(words) == 1 and words[0].rstrip(".") in TITLE_WORDS:
        return None
    return display_name(words)


# ---------------------------------------------------------------------------------------------
# Reading the sources.


def read_states_and_qualifiers():
    states, qualifiers, holders = set(), set(), []
    with open(GAZETTEER, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "S" and len(cols) == 3:
                states.add(cols[1])
            elif cols[0] == "F" and len(cols) == 5 and cols[2] in ("name", "demonym"):
                words = tuple(cols[4].upper().split())
                qualifiers.add(words)
                qualifiers.add(tuple(w.replace(".", "") for w in words))
            elif cols[0] == "H" and len(cols) == 4:
                holders.append((cols[1], cols[2], cols[3]))
    qualifiers |= {(w,) for w in ("U.S.", "US", "USA", "UK", "U.K.", "UN", "U.N.", "SOVIET")}
    return states, qualifiers, holders


def read_phoenix(path: str, international: bool, states: set[str], qualifiers: set[str]):
    """Person records of one Phoenix file: (display name, [alias display names], explicit
    single-word aliases, [affiliations])."""
    records = []
    cur = None
    previous_was_record_line = False

    def finish():
        if cur is not None:
            records.append(cur)

    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                previous_was_record_line = False
                continue
            body, _, comment = line.partition("#")
            if line[0] in " \t":
                if cur is not None:
                    for m in re.finditer(r"\[([A-Z]+)\s*([^\]]*)\]", body):
                        cur["aff"].append((m.group(1), m.group(2)))
                previous_was_record_line = True
                continue
            if line.startswith("+"):
                if cur is not None:
                    cur["alias"].append(body[1:].split("[")[0].split("\t")[0])
                previous_was_record_line = True
                continue
            name = body.split("[")[0].split("\t")[0]
            inline = [(m.group(1), m.group(2)) for m in re.finditer(r"\[([A-Z]+)\s*([^\]]*)\]", body)]
            # Consecutive primary lines with nothing between them share the affiliations that
            # follow: the later lines are aliases of the first ("LEONID_BREZHNEV_" then
            # "LEONID_ILYICH_BREZHNEV" then the dates).
            if (cur is not None and previous_was_record_line and not cur["alias"] and not cur["aff"]
                    and not cur["inline"] and not inline):
                cur["alias"].append(name)
                cur["countryinfo"] |= "CountryInfo" in comment
                continue
            finish()
            cur = {"name": name, "alias": [], "aff": list(inline) if international else [],
                   "inline": inline, "countryinfo": "CountryInfo" in comment}
            previous_was_record_line = True
    finish()

    people = []
    for r in records:
        codes = r["aff"]
        if not international:
            # A bare country code on the primary line marks a country or institution entry.
            if any(len(c) == 3 for c, _ in r["inline"]) or r["inline"]:
                continue
            # Any bare country affiliation ([TMP >990830], [MDA]) marks a country entry.
            if any(len(c) == 3 for c, _ in codes):
                continue
            dated = any(d.strip() for _, d in codes)
            only_elite = bool(codes) and all(c[3:6] == "ELI" for c, _ in codes)
            if not (r["countryinfo"] or dated or only_elite):
                continue
        else:
            if not any(d.strip() for _, d in codes):
                continue  # undated: an organisation
        name = clean_phrase(r["name"], qualifiers)
        if name is None:
            continue
        affs = []
        for code, restriction in codes:
            a = parse_affiliation(code, restriction, states)
            if a is not None and a not in affs:
                affs.append(a)
        if not affs:
            continue
        aliases, explicit = [], set()
        for phrase in r["alias"]:
            alias = clean_phrase(phrase, qualifiers)
            if alias is None:
                continue
            aliases.append(alias)
            if len(fold_words(alias)) == 1:
                explicit.add(tuple(fold_words(alias)))
        if len(fold_words(name)) == 1:
            explicit.add(tuple(fold_words(name)))
        people.append({"name": name, "aliases": aliases, "explicit": explicit, "aff": affs,
                       "overlay_words": set(), "source": "phoenix"})
    return people


def read_overlay(path: str, states: set[str]):
    people = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                sys.exit(f"{path}:{number}: expected 3 tab-separated columns, found {len(cols)}")
            name, alias_text, aff_text = cols
            aliases = [a.strip() for a in alias_text.split("|") if a.strip()]
            affs = []
            for item in aff_text.split(";"):
                parts = item.strip().split(":")
                if len(parts) != 4:
                    sys.exit(f"{path}:{number}: affiliation '{item}' is not STATE:role:from:until")
                state, role, start, end = parts
                if state and state not in states:
                    sys.exit(f"{path}:{number}: unknown state '{state}'")
                if role not in set(ROLE_CODES.values()) | {"international", "other"}:
                    sys.exit(f"{path}:{number}: unknown role '{role}'")
                for d in (start, end):
                    if d and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                        sys.exit(f"{path}:{number}: date '{d}' is not YYYY-MM-DD")
                affs.append((state, role, start, end))
            people.append({"name": name, "aliases": aliases,
                           "explicit": {tuple(fold_words(a)) for a in aliases + [name]},
                           "aff": affs, "overlay_words": {tuple(fold_words(a)) for a in aliases},
                           "source": "overlay"})
    return people


# ---------------------------------------------------------------------------------------------
# Merging and keys.


def states_of(person):
    return {a[0] for a in person["aff"]}


def merge_into(target, other):
    """Adds `other`'s names and affiliations to `target` (the same person)."""
    affs = other["aff"]
    if target["source"] == "overlay" and other["source"] != "overlay":
        # The overlay is authoritative for the (state, role) pairs it names: a source's open end
        # there meant "still in office when the dictionary was compiled" (about 2016).
        named = {(a[0], a[1]) for a in target["aff"]}
        affs = [a for a in affs if not ((a[0], a[1]) in named and not a[3])]
    for alias in [other["name"]] + other["aliases"]:
        if fold_words(alias) != fold_words(target["name"]) and alias not in target["aliases"]:
            target["aliases"].append(alias)
    for a in affs:
        if a not in target["aff"]:
            target["aff"].append(a)
    target["explicit"] |= other["explicit"]
    target["overlay_words"] |= other["overlay_words"]


def without_initials(name: str) -> str:
    words = name.split()
    kept = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.?", w)]
    return " ".join(kept)


def build(people_phoenix, people_overlay, holders):
    people = []
    by_name: dict[tuple, list] = {}

    def find(words, states):
        for p in by_name.get(tuple(words), []):
            if states & states_of(p):
                return p
        return None

    # Overlay first, so that its spelling is the canonical name; then Phoenix, merged into a
    # person of the same folded name and a shared state.
    for p in people_overlay + people_phoenix:
        existing = find(fold_words(p["name"]), states_of(p))
        if existing is not None:
            merge_into(existing, p)
            continue
        people.append(p)
        by_name.setdefault(tuple(fold_words(p["name"])), []).append(p)
    # Current office holders (undated).
    names_in_use = {tuple(fold_words(p["name"])) for p in people}
    for code, _title, name in holders:
        aff = (code, "government", "", "")
        full = fold_words(name)
        short_name = without_initials(name)
        short = fold_words(short_name)
        target = find(full, {code}) or find(short, {code})
        if target is None:
            # "Vladimir Vladimirovich Putin" is Phoenix's "Vladimir Putin": first and last word.
            for p in by_name.get((full[0], full[-1]), []) if len(full) >= 3 else []:
                if code in states_of(p):
                    target = p
                    break
        if target is not None:
            if name != target["name"] and name not in target["aliases"]:
                target["aliases"].append(name)
            if not any(a[0] == code and a[1] == "government" for a in target["aff"]):
                target["aff"].append(aff)
            continue
        canonical = short_name if short != full and tuple(short) not in names_in_use else name
        p = {"name": canonical, "aliases": [name] if canonical != name else [], "explicit": set(),
             "aff": [aff], "overlay_words": set(), "source": "factbook"}
        people.append(p)
        by_name.setdefault(tuple(fold_words(canonical)), []).append(p)
        names_in_use.add(tuple(fold_words(canonical)))
    return people


def key_forms(person, common_words: set[str], name_word_counts: dict):
    """The folded word sequences under which the person is found."""
    forms = []
    family = set()
    words = fold_words(person["name"])
    if words:
        family = {words[0], words[-1]}
    for text in [person["name"]] + person["aliases"]:
        w = tuple(fold_words(text))
        if not w or w in forms or len(w) > MAX_KEY_WORDS:
            continue
        if len(w) == 1:
            word = w[0]
            if w not in person["explicit"]:
                continue
            if len(word) < 4 or not word.isalpha():
                continue
            if w not in person["overlay_words"]:
                if word not in family and len(words) > 1:
                    continue
                # A one-word name (Suharto) is a key only when no other person's name has that
                # word: "Johnson" or "Abdullah" alone would name thousands.
                if len(words) == 1 and name_word_counts.get(word, 0) > 1:
                    continue
                if word in common_words:
                    continue
        forms.append(w)
    return forms


# ---------------------------------------------------------------------------------------------
# Family names: a second index, consulted only with an office title ("President Bush").

# States whose names put the family name first (Swift: LeaderResolver.familyNameFirst).
FAMILY_NAME_FIRST = {"CHN", "KOR", "PRK", "TWN", "HKG", "MAC", "VNM", "KHM", "MNG", "SGP"}
# Folded words that are never a family name (Swift: FamilyName.particles and .suffixes).
FAMILY_PARTICLES = {w.lower() for w in PARTICLES} | {"des", "della", "ter", "ten", "zu", "ul"}
FAMILY_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "x", "xi", "xii"}
OFFICE_ROLES = ("government", "military")


def family_words(name: str, aliases: list[str], affs) -> set[str]:
    """The folded family names of a person with a government or military affiliation (none
    for anyone else): of the name and of each alias of two or more words, the last word that is
    no particle, suffix or single letter; the first such word instead when every office state
    puts the family name first (Xi Jinping -> xi), both when only some do (a governor of Hong
    Kong from Britain)."""
    office_states = {a[0] for a in affs if a[1] in OFFICE_ROLES}
    if not office_states:
        return set()
    first_order = office_states & FAMILY_NAME_FIRST
    ends = ["first"] if first_order == office_states else (["first", "last"] if first_order else ["last"])
    found = set()
    for text in [name] + aliases:
        words = fold_words(text)
        if len(words) < 2:
            continue
        for end in ends:
            ordered = words if end == "first" else [w for w in reversed(words) if w not in FAMILY_SUFFIXES]
            for w in ordered:
                if len(w) > 1 and w not in FAMILY_PARTICLES:
                    found.add(w)
                    break
    return found


# ---------------------------------------------------------------------------------------------
# Output.


def swift_literal_ok(text: str):
    assert '"""#' not in text and "\\#" not in text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data", "petrarch2"))
    ap.add_argument("--output", default=OUTPUT)
    ap.add_argument("--words", default=WORDS)
    args = ap.parse_args()

    if not os.path.exists(args.words):
        sys.exit(f"{args.words} is missing: apt-get install wamerican")
    with open(args.words, encoding="utf-8", errors="replace") as f:
        common_words = {w.strip() for w in f if w.strip() and w.strip().islower()}
    common_words = {"".join(fold_words(w)) for w in common_words}

    states, qualifiers, holders = read_states_and_qualifiers()
    phoenix = (read_phoenix(os.path.join(args.data, "Phoenix.Countries.actors.txt"), False, states, qualifiers)
               + read_phoenix(os.path.join(args.data, "Phoenix.International.actors.txt"), True, states, qualifiers))
    overlay = read_overlay(OVERLAY, states)
    people = build(phoenix, overlay, holders)

    name_word_counts: dict = {}
    for p in people:
        for w in set(fold_words(p["name"])):
            name_word_counts[w] = name_word_counts.get(w, 0) + 1
    entries = []
    for p in people:
        forms = key_forms(p, common_words, name_word_counts)
        if not forms:
            continue
        folded_aliases = set()
        aliases = []
        for a in p["aliases"]:
            w = tuple(fold_words(a))
            if w in forms and w != tuple(fold_words(p["name"])) and w not in folded_aliases:
                folded_aliases.add(w)
                aliases.append(a)
        affs = sorted(set(p["aff"]), key=lambda a: (a[2] or "0000", a[3] or "9999", a[0], a[1]))
        entries.append((p["name"], aliases, affs, forms))
    entries.sort(key=lambda e: (fold_words(e[0]), e[0], [a for a in e[2]]))

    lines, offsets, index = [], [], []
    offset = 0
    key_of_words: dict[int, tuple] = {}
    max_words = 1
    for number, (name, aliases, affs, forms) in enumerate(entries):
        aff_text = ";".join(f"{s}:{r}:{a}:{b}" for s, r, a, b in affs)
        line = f"{name}\t{'|'.join(aliases)}\t{aff_text}\n"
        assert "\t" not in name and all("|" not in a and "\t" not in a for a in aliases)
        lines.append(line)
        offsets.append(offset)
        offset += len(line.encode("utf-8"))
        for w in forms:
            key = name_key(list(w))
            if key in key_of_words and key_of_words[key] != w:
                sys.exit(f"key collision: {w} and {key_of_words[key]}")
            key_of_words[key] = w
            index.append((key, number))
            max_words = max(max_words, len(w))
    # Every proper prefix of a key is filed under the person number PREFIX_MARK, so that a
    # matcher stops extending a span as soon as no name starts with it.
    full_keys = {k for k, _ in index}
    prefixes = set()
    for w in key_of_words.values():
        for n in range(1, len(w)):
            prefixes.add(name_key(list(w[:n])))
    index = sorted(set(index) | {(k, PREFIX_MARK) for k in prefixes})
    # The family-name index: one-word keys, so a collision would be between two words.
    family_index, word_of_key = set(), {}
    for number, (name, aliases, affs, _forms) in enumerate(entries):
        for w in family_words(name, aliases, affs):
            key = name_key([w])
            if word_of_key.setdefault(key, w) != w:
                sys.exit(f"family key collision: {w} and {word_of_key[key]}")
            family_index.add((key, number))
    family_index = sorted(family_index)
    assert len(entries) < PREFIX_MARK and offset < 0x100000000

    people_text = "".join(lines)
    index_text = "".join(f"{k:016x} {n:05x}\n" for k, n in index)
    offsets_text = "".join(f"{o:08x}\n" for o in offsets)
    family_text = "".join(f"{k:016x} {n:05x}\n" for k, n in family_index)
    for text in (people_text, index_text, offsets_text, family_text):
        swift_literal_ok(text)

    affiliations = sum(len(e[2]) for e in entries)
    header = f"""// Generated by scripts/generate-actors.py — do not edit; sources, licences and format: see scripts/ACTORS.md
//
// Political actors from PETRARCH2's Phoenix dictionaries (MIT, see LICENSE-PETRARCH2.txt), the
// gazetteer's office holders and scripts/actors-overlay.tsv. {len(entries)} people, {len(index) - len(prefixes)} keys,
// {affiliations} affiliations, {len(family_index)} family-name lines ({len(word_of_key)} family names).
"""
    # Two files, the people and their indexes, so that neither grows past 2 MiB.
    out = header + f"""
enum ActorData {{
    /// The most words in any key.
    static let maxKeyWords = {max_words}

    /// One line per person: `name<TAB>aliases joined by |<TAB>STATE:role:from:until;...`.
    static let people: StaticString = #\"\"\"
{people_text}\"\"\"#

    /// Byte offset of each person's line in ``people``, as 8 hex digits and a line feed.
    static let offsets: StaticString = #\"\"\"
{offsets_text}\"\"\"#
}}
"""
    index_out = header + f"""
extension ActorData {{
    /// The alias index sorted by key: 16 hex digits of the key, a space, the person's number in
    /// 5 hex digits, a line feed (23 bytes a line). Person `fffff` marks a key that is a proper
    /// prefix of a longer key (a matcher may stop when a span's key is neither).
    static let index: StaticString = #\"\"\"
{index_text}\"\"\"#

    /// The family-name index sorted by key, in the alias index's format: the key of one folded
    /// word (a family name), a space, the person's number (23 bytes a line). Only people with a
    /// government or military affiliation are in it; see `family_words` in the generator.
    static let familyIndex: StaticString = #\"\"\"
{family_text}\"\"\"#
}}
"""
    index_output = os.path.join(os.path.dirname(args.output), "ActorIndexData.swift")
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(out)
    with open(index_output, "w", encoding="utf-8") as f:
        f.write(index_out)
    family_people = len({n for _, n in family_index})
    print(f"{len(entries)} people, {len(index) - len(prefixes)} keys, {len(prefixes)} prefixes, {affiliations} affiliations, max key words {max_words}; "
          f"family names: {len(word_of_key)} words, {len(family_index)} lines, {family_people} people; "
          f"dropped: {Stats.malformed_dates} malformed dates, {Stats.unmapped_codes} unmapped codes; "
          f"{os.path.getsize(args.output)} bytes -> {os.path.relpath(args.output, REPO)}, "
          f"{os.path.getsize(index_output)} bytes -> {os.path.relpath(index_output, REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
