"""Round 59, lane glued60: how often the unread corpus glues two words across a lost space, and
how often such a glue reaches onrecord's speaker names, sentence ends and quotation spans.

    PYTHONPATH=src python eval/real/tools/glued_scan.py OUT.tsv [--sample N --seed S --out-ids F]

Shapes (each match lies inside one whitespace-free token):
  period_lower  "reporters.Tom"   a lower-case word, a period, a capitalised word
  period_cap    "Reyes.Tom"       a capitalised word, a period, a capitalised word (not an
                                  abbreviation of lexicon/abbreviations.py, not an initial)
  camel_lower   "saidJohn"        a lower-case word of 3+ letters, then a capitalised word
  camel_cap     "ReyesTom"        a capitalised word of 3+ letters then a capitalised word of 3+
                                  (brands like "YouTube" fall here too: counted, not judged)
Domains ("Amazon.com"), decimals and initials ("J.K.", "U.S.") cannot match: the part after the
period must be a capital then a lower-case letter, and the part before it two letters or more.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import seeded_sample, unread_pool  # noqa: E402

from onrecord.lexicon.abbreviations import ABBREVIATIONS, NAME_PERIOD_ABBREVIATIONS  # noqa: E402

ABBR = ABBREVIATIONS | NAME_PERIOD_ABBREVIATIONS
SHAPES = {
    "period_lower": re.compile(r"(?<![\w.@/])([a-z]{2,})\.([A-Z][a-z]+)"),
    "period_cap": re.compile(r"(?<![\w.@/])([A-Z][a-z]+)\.([A-Z][a-z]+)"),
    "camel_lower": re.compile(r"(?<![\w.@/])([a-z]{3,})([A-Z][a-z]+)"),
    "camel_cap": re.compile(r"(?<![\w.@/])([A-Z][a-z]{2,})([A-Z][a-z]{2,})"),
}


def glue_spans(text: str) -> list[tuple[str, int, int, str]]:
    """(shape, start, end, matched text) of every glue shape in ``text``."""
    out = []
    for shape, rx in SHAPES.items():
        for m in rx.finditer(text):
            if shape.startswith("period") and m.group(1).lower() in ABBR:
                continue
            out.append((shape, m.start(), m.end(), m.group()))
    return out


GLUE_SHAPES = ("period_lower", "period_cap", "camel_lower")


def respaced(text: str, spans) -> str:
    """``text`` with the lost space put back after each glue's period (or between the camel
    halves): what the writer meant, for a with-and-without comparison."""
    cuts = sorted({s + len(re.match(r"[A-Za-z]+\.?", g).group()) for sh, s, _, g in spans if sh in GLUE_SHAPES})
    out, last = [], 0
    for c in cuts:
        out += [text[last:c], " "]
        last = c
    return "".join(out) + text[last:]


def reach(text: str, spans, result) -> Counter:
    """Which of onrecord's outputs each glue touches: a speaker name holding either glued word
    next to the glue, a quotation whose span starts or ends inside the glued token, a glue in a
    sentence (by the shared segmenter) that holds a quotation."""
    from onrecord.text.segment import sentences
    c: Counter = Counter()
    sents = sentences(text, 0, len(text))
    for shape, s, e, g in spans:
        if shape not in GLUE_SHAPES:
            continue
        a, b = re.split(r"\.|(?<=[a-z])(?=[A-Z])", g, maxsplit=1)
        if any(q.speaker and (g in q.speaker or f"{a} {b}" in q.speaker) for q in result.quotes):
            c[shape, "speaker_name_holds_glue"] += 1
        if any(s < q.start < e or s < q.end < e for q in result.quotes):
            c[shape, "quote_edge_inside_glue"] += 1
        sent = next(((x, y) for x, y in sents if x <= s < y), None)
        if sent and any(sent[0] <= q.start < sent[1] or sent[0] < q.end <= sent[1] for q in result.quotes):
            c[shape, "glue_in_a_quotation_sentence"] += 1
    return c


def changed(before, after) -> Counter:
    """Quotations (matched by their text) whose speaker or kind differs once the spaces are back."""
    c: Counter = Counter()
    a = {q.text: (q.speaker, q.kind) for q in after.quotes}
    for q in before.quotes:
        if q.text in a and a[q.text] != (q.speaker, q.kind):
            c["respaced", "speaker_changes" if a[q.text][0] != q.speaker else "kind_changes"] += 1
        elif q.text not in a:
            c["respaced", "quote_not_found_after"] += 1
    return c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--out-ids")
    args = ap.parse_args()
    folders = sorted(Path("/tmp/lead/r300").glob("*"))
    pool = unread_pool(["allsides", "bbc"], folders)
    arts: Counter = Counter()
    shapes: Counter = Counter()
    hits: dict[str, list] = {}
    for doc_id, text in pool.items():
        spans = glue_spans(text)
        if spans:
            hits[doc_id] = spans
        for shape in {s[0] for s in spans}:
            arts[shape] += 1
        for s in spans:
            shapes[s[0]] += 1
    rows = [("pool_articles", "", len(pool)), ("any_shape_articles", "", len(hits))]
    rows += [(f"{k}", "articles", arts[k]) for k in SHAPES] + [(f"{k}", "matches", shapes[k]) for k in SHAPES]
    if args.sample:
        from onrecord.pipeline import extract
        glued = sorted(i for i, sp in hits.items() if any(x[0] in GLUE_SHAPES for x in sp))
        rows.append(("glue_shapes_any", "articles", len(glued)))
        ids = seeded_sample(glued, min(args.sample, len(glued)), args.seed)
        if args.out_ids:
            Path(args.out_ids).write_text("\n".join(ids) + "\n")
        tmp = Path("/tmp/glued60-sample")
        tmp.mkdir(exist_ok=True)
        (tmp / "respaced").mkdir(exist_ok=True)
        paths, fixed = [], []
        for i in ids:
            (tmp / f"{i}.txt").write_text(pool[i], encoding="utf-8")
            (tmp / "respaced" / f"{i}.txt").write_text(respaced(pool[i], hits[i]), encoding="utf-8")
            paths.append(tmp / f"{i}.txt")
            fixed.append(tmp / "respaced" / f"{i}.txt")
        reached: Counter = Counter()
        for p, res, res2 in zip(paths, extract(paths), extract(fixed)):
            reached += reach(pool[p.stem], hits[p.stem], res) + changed(res, res2)
        rows.append(("sample", f"seed={args.seed}", len(ids)))
        rows += [(f"{k[0]}", f"sample_{k[1]}", v) for k, v in sorted(reached.items())]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("shape\tmeasure\tcount\n")
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")
    for r in rows:
        print(*r, sep="\t")


if __name__ == "__main__":
    main()
