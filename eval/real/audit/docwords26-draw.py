"""Round 43, lane docwords26: draw the judged sample of two constructs of uncredited fragments.

Pool: quotations main (9e7f003) typed scare or term with no speaker, in big2-r43.jsonl first, then
big-r43.jsonl, minus every (id, s) of an earlier audit *-sample.tsv.
- ECHO: an earlier quotation of the same article, typed speech with a named speaker, holds the
  fragment's words (lowercased, punctuation stripped).
- DOC: not ECHO; the fragment's sentence (text between sentence ends around the marks) holds a
  lowercase document noun (lexicon DOCUMENT_NOUNS, or its plural, or dossier/lawsuit/op-ed/
  indictment) before the marks.
Up to 50 of each, big2 first, drawn with random.Random(20261409) (draws.seeded_sample).
Usage: python docwords26-draw.py BIG2.jsonl BIG2_DIR BIG.jsonl BIG_DIR OUT.tsv
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

from onrecord.lexicon.reporting import DOCUMENT_NOUNS

SEED = 20261409
EXTRA = {"dossier", "op-ed", "indictment", "lawsuit", "suit", "memoir", "bill", "resolution"}
NOUNS = set(DOCUMENT_NOUNS) | EXTRA
NOUNS |= {n + "s" for n in NOUNS} | {n + "es" for n in NOUNS}


def norm(t):
    return " ".join(re.findall(r"[a-z0-9']+", t.lower().replace("’", "'")))


def sentence_before(text, s):
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s))
    return text[start + 1:s]


def pools(jsonl, folder, taken):
    rows = [json.loads(line) for line in open(jsonl)]
    by_id = {}
    for r in rows:
        by_id.setdefault(r["id"], []).append(r)
    echo, doc = [], []
    for aid, qs in by_id.items():
        text = Path(folder, aid + ".txt").read_text()
        for q in qs:
            if q["kind"] not in ("scare", "term") or q["speaker"] or (aid, q["s"]) in taken:
                continue
            words = norm(q["text"])
            if not words:
                continue
            earlier = [p for p in qs if p["s"] < q["s"] and p["kind"] == "speech" and p["speaker"]]
            if any(f" {words} " in f" {norm(p['text'])} " for p in earlier):
                echo.append(q)
                continue
            before = sentence_before(text, q["s"])
            if any(w in NOUNS for w in re.findall(r"[a-z-]+", before)):
                doc.append(q)
    return echo, doc


def main(big2, big2_dir, big, big_dir, out):
    taken = judged_pairs(sample_files())
    e2, d2 = pools(big2, big2_dir, taken)
    e1, d1 = pools(big, big_dir, taken)
    print("pools: echo big2", len(e2), "big", len(e1), "; doc big2", len(d2), "big", len(d1))
    picked = []
    for name, p2, p1 in (("ECHO", e2, e1), ("DOC", d2, d1)):
        got = [("big2", q) for q in seeded_sample(p2, min(50, len(p2)), SEED)]
        if len(got) < 50:
            got += [("big", q) for q in seeded_sample(p1, min(50 - len(got), len(p1)), SEED)]
        picked += [(name, src, q) for src, q in got]
    with open(out, "w") as f:
        f.write("no\tconstruct\tsource\tid\ts\te\ttext\tkind\tspeaker\n")
        for i, (name, src, q) in enumerate(picked, 1):
            f.write(f"{i}\t{name}\t{src}\t{q['id']}\t{q['s']}\t{q['e']}\t{q['text']}\t{q['kind']}\t-\n")


if __name__ == "__main__":
    main(*sys.argv[1:6])
