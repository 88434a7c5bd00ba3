"""Round 41, lane frag24: what the text shows around a short quotation typed scare by the
fall-through default (kind evidence "1/2/3-word fragment credited to nobody", "one word in
marks modifying the noun after it, credited to nobody"), tabulated against the kind a reader
gave it, on three groups: the tuning splits' gold quotations the four rules type (tune, ext,
fresh2-5: 74), the judged sample's items 0-99 (where a rule would be decided) and 100-149 (where
it would be confirmed). Features: the spaCy part of speech of the quotation's head in its
paragraph, of the word before the marks and of the token after; a determiner ("the", "a",
"an") or a possessive/demonstrative right before the marks; a noun right after the closing
mark; a capital first letter (not at the paragraph's start); a hyphen; the words twice or more
in the article; the headline; the number of words.

    PYTHONPATH=src python eval/real/audit/frag24-features.py BIG_DIR BIG2_DIR ARTS_DIR

(BIG_DIR, BIG2_DIR: the corpus articles of big-r41 and big2-r41; ARTS_DIR: the tuning splits'
articles.) Prints one row per feature: term / scare / speech / title counts per group."""

import collections
import csv
import json
import re
import sys
from pathlib import Path

from onrecord.attribute.nlp import get_nlp
from onrecord.eval import match_overlap
from onrecord.pipeline import extract

AUDIT = Path(__file__).parent
SPLITS = ("tune", "ext", "fresh2", "fresh3", "fresh4", "fresh5")
RULES = re.compile(r"^(?:[123]-word fragment credited to nobody"
                   r"|one word in marks modifying the noun after it, credited to nobody)$")
DETS = {"the", "a", "an"}
POSS = {"his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"}


def features(nlp, text, s, e):
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    doc = nlp(text[a:len(text) if b < 0 else b])
    inside = [t for t in doc if s - a <= t.idx < e - a and t.is_alpha]
    before = [t for t in doc if t.idx + len(t) <= s - a and not t.is_punct and not t.is_space]
    after = [t for t in doc if t.idx >= e - a and not t.is_space]
    word_after = [t for t in after if not t.is_punct]
    roots = [t for t in inside if t.head not in inside or t.head == t]
    head = roots[0] if roots else (inside[-1] if inside else None)
    q = text[s:e].strip().rstrip(".,")
    prev = before[-1].text.lower() if before else ""
    nxt = word_after[0] if word_after else None
    return {
        "pos": head.pos_ if head is not None else "?",
        "prev_pos": before[-1].pos_ if before else "",
        "next_pos": after[0].pos_ if after else "",
        "det_before": prev in DETS,
        "poss_before": prev in POSS or prev.endswith(("'s", "\u2019s")),
        "noun_after": nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.idx <= e - a + 2,
        "cap": q[:1].isupper() and s - a > 2,
        "hyphen": "-" in q,
        "recurs": text.lower().count(q.lower()) >= 2,
        "headline": a == 0,
        "n": len(q.split()),
    }


def tuning(nlp, arts):
    items = []
    for split in SPLITS:
        path = AUDIT.parent / "attribution" / f"gold-{split}.jsonl"
        recs = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for rec, res in zip(recs, extract([arts / f"{r['id']}.txt" for r in recs])):
            pred = [q for q in res.quotes if not q.nested]
            text = (arts / f"{rec['id']}.txt").read_text()
            for gi, pi in match_overlap(rec["quotes"], [{"start": q.start, "end": q.end} for q in pred]):
                p = pred[pi]
                if p.kind == "scare" and p.kind_evidence and RULES.match(p.kind_evidence[0]):
                    items.append(dict(features(nlp, text, p.start, p.end), judged=rec["quotes"][gi]["kind"]))
    return items


def sample(nlp, big, big2):
    lines = [line for line in (AUDIT / "frag24-sample.tsv").read_text().splitlines() if not line.startswith("#")]
    items = []
    for row in csv.DictReader(lines, delimiter="\t"):
        text = ((big2 if row["source"] == "big2" else big) / f"{row['id']}.txt").read_text()
        items.append(dict(features(nlp, text, int(row["s"]), int(row["e"])), judged=row["judged"]))
    return items


FEATURES = {
    "all": lambda o: True,
    "head a noun (NOUN/PROPN)": lambda o: o["pos"] in ("NOUN", "PROPN"),
    "head an adjective, adverb or verb": lambda o: o["pos"] in ("ADJ", "ADV", "VERB", "AUX"),
    "determiner before": lambda o: o["det_before"],
    "determiner before, head a noun": lambda o: o["det_before"] and o["pos"] in ("NOUN", "PROPN"),
    "possessive before": lambda o: o["poss_before"],
    "noun after": lambda o: o["noun_after"],
    "determiner before and noun after": lambda o: o["det_before"] and o["noun_after"],
    "hyphen": lambda o: o["hyphen"],
    "capital": lambda o: o["cap"],
    "recurs in the article": lambda o: o["recurs"],
    "headline": lambda o: o["headline"],
    "2-3 words, head a noun": lambda o: o["n"] >= 2 and o["pos"] in ("NOUN", "PROPN"),
    "1 word, head a noun": lambda o: o["n"] == 1 and o["pos"] in ("NOUN", "PROPN"),
    "word before a noun (spaCy)": lambda o: o["prev_pos"] == "NOUN",
    "word before an adjective": lambda o: o["prev_pos"] == "ADJ",
    "word before a preposition": lambda o: o["prev_pos"] == "ADP",
    "word before 'to'/particle": lambda o: o["prev_pos"] == "PART",
}


def main():
    big, big2, arts = (Path(p) for p in sys.argv[1:4])
    nlp = get_nlp()
    judged = sample(nlp, big, big2)
    groups = {"tuning gold": tuning(nlp, arts), "sample 0-99": judged[:100], "sample 100-149": judged[100:]}
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["feature"] + [f"{g}: {k}" for g in groups for k in ("term", "scare", "speech", "title")])
    for name, holds in FEATURES.items():
        row = [name]
        for items in groups.values():
            c = collections.Counter(o["judged"] for o in items if holds(o))
            row += [c["term"], c["scare"], c["speech"], c["title"]]
        w.writerow(row)


main()
