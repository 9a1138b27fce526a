#!/usr/bin/env python3
"""Write a synthetic news corpus for the ingest benchmark.

usage: gen_corpus.py OUT_DIR [--count N] [--seed S] [--per-event K]

Every article is plain text: a title line, a date line, then 5-9 paragraphs
with named people, places, reported and quoted speech. Articles come in
events of about K articles that share names and event words, so clustering
and duplicate detection have real work to do; one article in fifty is a
lightly edited copy of an earlier one. Files go into subfolders of 1,000.
Deterministic for a given seed. Written for newsmon; no external data.
"""
import argparse
import os
import random

SYLLABLES = ["ka", "lo", "mir", "ten", "sa", "vi", "dor", "ra", "bel", "no", "zu", "ph",
             "an", "el", "gor", "tin", "ma", "us", "ri", "len", "ko", "da", "vor", "is"]
COMMON = ("government officials market report plan support council agency region city "
          "week month policy change public pressure meeting vote budget court case "
          "company workers prices energy water school health police border talks deal "
          "leaders minister president election campaign program project cost growth "
          "security forces crisis decision future local national international").split()
VERBS = ["said", "told reporters", "added", "warned", "argued", "noted", "insisted"]


def word(rng, parts=(2, 3)):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*parts)))


def name(rng):
    return f"{word(rng).capitalize()} {word(rng, (2, 4)).capitalize()}"


def sentence(rng, event, n=14):
    words = [rng.choice(event["terms"]) if rng.random() < 0.25 else rng.choice(COMMON)
             for _ in range(n)]
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(event["places"]))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def paragraph(rng, event):
    kind = rng.random()
    person = rng.choice(event["people"])
    if kind < 0.25:
        return (f"\u201c{sentence(rng, event)[:-1]},\u201d {person} {rng.choice(VERBS)}. "
                + sentence(rng, event))
    if kind < 0.45:
        return f"{person} {rng.choice(VERBS)} that {sentence(rng, event).lower()} " + sentence(rng, event)
    return " ".join(sentence(rng, event, rng.randint(8, 20)) for _ in range(rng.randint(2, 5)))


def make_event(rng, i):
    return {
        "people": [name(rng) for _ in range(3)],
        "places": [word(rng).capitalize() for _ in range(2)],
        "terms": [word(rng) for _ in range(8)],
        "day": 1 + (i // 40) % 28,
        "month": 1 + (i // 1120) % 12,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-event", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    written = []
    event = None
    for i in range(args.count):
        if i % args.per_event == 0:
            event = make_event(rng, i // args.per_event)
        if written and rng.random() < 0.02:
            text = rng.choice(written[-200:]).replace(" the ", " a ", 1)
        else:
            title = f"{rng.choice(event['places'])} {rng.choice(event['terms'])} " \
                    f"{rng.choice(COMMON)} as {event['people'][0].split()[1]} {rng.choice(VERBS).split()[0]}"
            date = f"2024-{event['month']:02d}-{event['day']:02d}"
            body = "\n\n".join(paragraph(rng, event) for _ in range(rng.randint(5, 9)))
            text = f"{title}\n\n{date}\n\n{body}\n"
            written.append(text)
            if len(written) > 400:
                del written[:200]
        folder = os.path.join(args.out, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"a{i:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
