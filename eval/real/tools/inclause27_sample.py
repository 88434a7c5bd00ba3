"""Draw lane inclause27's sample (round 45): named quotations of main's big2 output whose
sentence holds two reporting words outside quotation marks, one of them before the quotation
("X said Y told them “…”", "Y said “…”, according to X", "X said … after Y used the term “…”"):
the construct where the words may belong to someone named inside the clause.

Usage: python eval/real/tools/inclause27_sample.py BIG2_OUTPUT.jsonl ARTICLES_DIR [SEED] [N]

A reporting word is a form of lexicon.reporting.REPORT_FORMS or "according to". The sentence is
cut at . ! ? followed by a space or line break (rough: enough to pool). Every (id, s) already in
an eval/real/audit/*-sample.tsv is left out. Prints one tab-separated row per drawn quotation:
draw index, id, s, e, kind, speaker, first aev, the sentence.
"""
import json
import re
import sys
from pathlib import Path

from draws import judged_pairs, sample_files, seeded_sample  # eval/real/tools/draws.py, beside this script
from onrecord.lexicon.reporting import REPORT_FORMS

QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
WORD = re.compile(r"[A-Za-z]+(?:\s+to\b)?")


def _sentence(text, s, e):
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s))
    ends = [i for i in (text.find(". ", e), text.find("\n", e)) if i >= 0]
    return a + 1, (min(ends) if ends else len(text))


def _reporting(span):
    """Start offsets of reporting words in ``span`` with quoted stretches blanked."""
    blank = QUOTED.sub(lambda m: " " * len(m.group()), span)
    hits = [m.start() for m in re.finditer(r"\baccording to\b", blank, re.I)]
    hits += [m.start() for m in re.finditer(r"[A-Za-z]+", blank) if m.group().lower() in REPORT_FORMS]
    return sorted(hits)


def pool(rows, arts):
    seen = judged_pairs(sample_files())
    out = []
    for r in rows:
        if not r["speaker"] or (r["id"], r["s"]) in seen:
            continue
        text = (arts / f"{r['id']}.txt").read_text(encoding="utf-8")
        a, b = _sentence(text, r["s"], r["e"])
        hits = _reporting(text[a:b])
        if len(hits) >= 2 and hits[0] + a < r["s"]:
            out.append((r, text[a:b].replace("\n", " ").strip()))
    return out


def main():
    rows = [json.loads(ln) for ln in open(sys.argv[1], encoding="utf-8")]
    arts = Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261702
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    items = pool(rows, arts)
    print(f"# pool: {len(items)}", file=sys.stderr)
    for i, (r, sent) in enumerate(seeded_sample(items, min(n, len(items)), seed)):
        print("\t".join([str(i), r["id"], str(r["s"]), str(r["e"]), r["kind"], r["speaker"],
                         (r.get("aev") or [""])[0], sent[:600]]))


if __name__ == "__main__":
    main()
