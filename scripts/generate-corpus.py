#!/usr/bin/env python3
"""Generates a corpus of news-like diplomacy text for benchmarks (deterministic for a seed).

Documents are built from sentence templates, the gazetteer's state names, demonyms and capitals
(read from Sources/DiploExtraction/Gazetteer/GazetteerData.swift) and invented person names, so
that every recogniser and relation rule has work to do. The output is not committed: write it
under /tmp or a git-ignored folder.

    scripts/generate-corpus.py --out /tmp/diplograph-corpus --count 100000 [--seed 1]
        writes OUT/000000.txt … (about 2-4 KB each; a smaller count gives a prefix of a larger one)
    scripts/generate-corpus.py --out /tmp/d30 --count 30 --seed 3 --dates 2026-09-01..2026-11-30
        the same documents, each opened by a news dateline ("ACCRA, 7 October 2026 (AFP) — ")
        with a day of the window (both ends included) that the extractor reads as the
        document's date; the day depends on the seed and the document's number only
    scripts/generate-corpus.py --big /tmp/big.txt --size-mb 200 [--one-line]
        writes one large document (paragraphs, or with --one-line a single line)
"""
import argparse
import datetime
import hashlib
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZETTEER = os.path.join(ROOT, "Sources", "DiploExtraction", "Gazetteer", "GazetteerData.swift")

SYLLABLES = ["ka", "lo", "mi", "ren", "tus", "an", "bel", "cor", "dan", "el", "fra", "gor", "hal", "ito",
             "jun", "kel", "lar", "mon", "nor", "ol", "pet", "quin", "ros", "sal", "tor", "ul", "vin",
             "wen", "xu", "yan", "zor", "ber", "cha", "dor", "eva", "fin", "gra", "hen", "ira", "jos"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Chancellor", "King", "Defence Minister",
          "Trade Minister", "Premier"]
TOPICS = ["trade", "energy", "climate", "security", "fisheries", "digital economy", "tourism",
          "health", "education", "nuclear safety", "border management", "water sharing",
          "online crime prevention", "elderly care", "innovation", "agriculture", "shipping"]
AGREEMENTS = ["agreement", "treaty", "accord", "pact", "memorandum of understanding", "deal",
              "currency swap", "ceasefire"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS_AB = ["met", "urged", "welcomed", "criticised", "praised", "thanked", "warned", "visited",
            "rejected a proposal from", "held talks with", "called on", "congratulated"]
FILLER = [
    "Officials said the talks lasted more than three hours and covered a wide range of issues.",
    "Analysts said the meeting was closely watched by investors in the region.",
    "The visit comes at a time of rising tension over shipping lanes and energy prices.",
    "Local newspapers described the atmosphere as cordial but cautious.",
    "Both delegations included senior officials from the economy and finance ministries.",
    "A joint statement is expected to be published later in the week.",
    "Protesters gathered outside the conference hall, holding banners and chanting slogans.",
    "The exchange rate moved little after the announcement, traders said.",
    "Critics at home said the government had given away too much in the negotiations.",
    "Observers noted that the two sides had not met at this level for almost a decade.",
]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
# Words the extractor does not take as the first word of a dateline's place
# (Sources/DiploExtraction/Reading/Dating/Dateline.swift): "THE VALLEY" is left out.
SENTENCE_OPENERS = {"on", "in", "at", "by", "since", "from", "until", "before", "after", "last", "next", "the",
                    "this", "that", "as", "for", "but", "and", "when", "while", "during"}


def date_window(text):
    """FROM..TO (ISO days, FROM <= TO) as two dates, for argparse."""
    parts = text.split("..")
    try:
        if len(parts) != 2:
            raise ValueError
        first, last = (datetime.date.fromisoformat(part) for part in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not FROM..TO with days written YYYY-MM-DD")
    if last < first:
        raise argparse.ArgumentTypeError(f"'{text}' ends before it starts")
    return first, last


def day_of(window, seed, number):
    """The day of document `number` in `window`: spread over it by a hash of the seed and the
    number, so that the documents' texts draw nothing more from the generator and a smaller
    count still gives a prefix of a larger one."""
    first, last = window
    digest = hashlib.sha256(f"{seed}:{number}".encode()).digest()
    return first + datetime.timedelta(days=int.from_bytes(digest[:8], "big") % ((last - first).days + 1))


def with_dateline(text, place, day):
    """`text` (a headline, a blank line, the body) with "PLACE, D Month YYYY (AFP) — " before the
    body, the place left out when the extractor would not read it as one."""
    headline, body = text.split("\n\n", 1)
    words = place.upper().split()
    readable = (1 <= len(words) <= 4 and words[0].lower() not in SENTENCE_OPENERS
                and all(re.fullmatch(r"[A-Z][^\s,()]*", word) for word in words))
    prefix = f"{' '.join(words)}, " if readable else ""
    return f"{headline}\n\n{prefix}{day.day} {MONTHS[day.month - 1]} {day.year} (AFP) — {body}"


def load_gazetteer():
    states, demonyms, capitals = {}, {}, {}
    with open(GAZETTEER, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "S" and len(cols) == 3:
                states[cols[1]] = cols[2]
            elif cols[0] == "F" and len(cols) == 5 and cols[3] == "0":
                if cols[2] == "demonym" and not cols[4].endswith("s"):
                    demonyms.setdefault(cols[1], []).append(cols[4])
                elif cols[2] == "capital":
                    capitals.setdefault(cols[1], []).append(cols[4])
    codes = sorted(c for c in states if c in demonyms and re.fullmatch(r"[A-Za-z .'-]+", states[c]))
    return [(c, states[c], sorted(demonyms[c]), sorted(capitals.get(c, []))) for c in codes]


def person(rng):
    def word():
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        return w.capitalize()
    return f"{word()} {word()}"


def document(rng, states, date=None):
    """One article; with `date`, opened by a dateline in the capital it is set in."""
    a, b, c = rng.sample(states, 3)
    la, lb = person(rng), person(rng)
    ta, tb = rng.choice(TITLES), rng.choice(TITLES)
    sa, sb = la.split()[-1], lb.split()[-1]
    dem_a = rng.choice(a[2])
    dem_b = rng.choice(b[2])
    cap_b = rng.choice(b[3]) if b[3] else b[1]
    topics = rng.sample(TOPICS, 3)
    agreement = rng.choice(AGREEMENTS)
    day = rng.choice(DAYS)
    paragraphs = [
        f"{dem_a} {ta} {la} arrived in {cap_b} on {day} for a {rng.randint(2, 4)}-day state visit, "
        f"the first by a leader of {a[1]} in years.",
        f"{la} {rng.choice(VERBS_AB)} {dem_b} {tb} {lb} at the presidential palace, and the two leaders "
        f"discussed {topics[0]}, {topics[1]} and regional security.",
        f"{a[1]} and {b[1]} signed {rng.choice(NUMBERS)} agreements, including on {topics[0]}, {topics[1]} "
        f"and {topics[2]}, officials said.",
        rng.choice(FILLER) + " " + rng.choice(FILLER),
        f"{sb} said {b[1]} would support {a[1]}'s bid for a seat on the UN Security Council. "
        f"\"We are partners, not rivals,\" {sb} told reporters.",
        f"{sa} urged {sb} to reopen talks on a {topics[2]} {agreement} that stalled last year. "
        f"{c[1]} criticised the plan, and its foreign ministry said the deal would hurt the region.",
        rng.choice(FILLER) + " " + rng.choice(FILLER) + " " + rng.choice(FILLER),
        f"Mr {sa} later travelled to {c[1]}, where he is expected to meet officials from the European Union. "
        f"{b[1]} has close ties with {c[1]} and depends on {a[1]} for energy imports.",
        f"The {dem_b} government rejected a proposal from {c[1]} to hold trilateral talks, calling it "
        f"\"out of the question\" for now.",
        rng.choice(FILLER) + " " + rng.choice(FILLER),
    ]
    rng.shuffle(paragraphs[3:])
    body = "\n\n".join(paragraphs)
    # Pad to 2-4 KB with more filler and relation sentences.
    target = rng.randint(2048, 4096)
    while len(body.encode("utf-8")) < target:
        x, y = rng.sample(states, 2)
        body += "\n\n" + rng.choice([
            f"{x[1]} {rng.choice(VERBS_AB)} {y[1]} over {rng.choice(TOPICS)}, according to state media.",
            f"{rng.choice(x[2])} officials {rng.choice(VERBS_AB)} their {rng.choice(y[2])} counterparts in {y[1]}.",
            rng.choice(FILLER),
        ])
    headline = f"{a[1]} and {b[1]} sign {topics[0]} deals as {sa} visits {cap_b}"
    text = headline + "\n\n" + body + "\n"
    return with_dateline(text, cap_b, date) if date else text


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", help="directory for --count documents")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--big", help="write one large document to this file")
    parser.add_argument("--size-mb", type=float, default=200)
    parser.add_argument("--one-line", action="store_true", help="with --big: no line breaks at all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dates", type=date_window, metavar="FROM..TO",
                        help="with --out: date each document by a dateline with a day of this window")
    args = parser.parse_args()
    states = load_gazetteer()
    if args.big and args.dates:
        parser.error("--dates dates the documents of --out")
    if args.big:
        rng = random.Random(args.seed)
        limit = int(args.size_mb * 1024 * 1024)
        written = 0
        with open(args.big, "w", encoding="utf-8") as f:
            while written < limit:
                text = document(rng, states)
                text = text.replace("\n\n", " ").replace("\n", " ") if args.one_line else text + "\n"
                f.write(text)
                written += len(text.encode("utf-8"))
        return
    if not args.out:
        parser.error("give --out DIR or --big FILE")
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    for n in range(args.count):
        path = os.path.join(args.out, f"{n:06d}.txt")
        text = document(rng, states, day_of(args.dates, args.seed, n) if args.dates else None)
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    print(f"wrote {args.count} documents to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
