"""quote_echo_measure.py TABLE.json OUT.tsv ARTICLES_DIR: how the cross-article count of a quotation's words
(quote_echo_table.py) falls by gold kind on the tuning splits (issue 11, round 60, lane echo61).

Runs extraction and attribution on the ten tuning splits as `onrecord eval extract` does,
matches gold and predicted quotations by overlap, and writes one row per matched quotation
(split, id, start, gold kind, predicted kind, words, articles, outlets, months, the deciding
rule, text). Prints (1) gold kind by length by article count, (2) predicted kind by gold kind
by length by article count, and (3) a scan of every cell (predicted kind, target kind, length
band, credit, count column, threshold "at least" or "at most") for a threshold whose fixes are
at least twice its breaks with 8+ fixes over 3+ splits, set against the same cell with no
count filter (so a cell that passes by length alone shows as such). Tuning splits only.

Run: PYTHONPATH=src python eval/real/tools/quote_echo_measure.py TABLE.json OUT.tsv ARTICLES_DIR
(ARTICLES_DIR: the annotated articles, `python eval/real/attribution/draw.py --out ARTICLES_DIR`)
"""

from __future__ import annotations

import collections
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quote_echo_table import ROOT, normalise_phrase  # noqa: E402

from onrecord.eval import match_overlap  # noqa: E402
from onrecord.pipeline import extract  # noqa: E402

SPLITS = ("tune", "ext", "fresh2", "fresh3", "fresh4", "fresh5", "fresh14", "fresh15", "fresh17", "fresh18")
KINDS = ("speech", "term", "title", "scare")
LENGTHS = (("1", 1, 1), ("2", 2, 2), ("3", 3, 3), ("4-6", 4, 6), ("7-12", 7, 12), (">12", 13, 10**6))
COUNTS = (("0", 0, 0), ("1", 1, 1), ("2", 2, 2), ("3-4", 3, 4), ("5-9", 5, 9), ("10+", 10, 10**9))
BANDS = ((1, 1), (2, 2), (3, 3), (2, 3), (1, 3), (2, 6), (1, 6), (4, 12))
CREDIT = {"any": lambda r: True, "null": lambda r: r["speaker"] is None}


def rows_of(table: dict, articles: Path) -> list[dict]:
    rows = []
    for split in SPLITS:
        gold_file = ROOT / "eval/real/attribution" / f"gold-{split}.jsonl"
        recs = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
        for rec, res in zip(recs, extract([articles / f"{r['id']}.txt" for r in recs])):
            pred = [q for q in res.quotes if not q.nested]
            for gi, pi in match_overlap(rec["quotes"], [{"start": q.start, "end": q.end} for q in pred]):
                q = pred[pi]
                counts = table.get(normalise_phrase(q.text), [0, 0, 0])
                rows.append({"split": split, "id": rec["id"], "start": q.start, "gold": rec["quotes"][gi]["kind"],
                             "pred": q.kind, "words": len(q.text.split()), "counts": counts,
                             "speaker": q.speaker, "rule": (q.kind_evidence or ["-"])[-1], "text": q.text})
    return rows


def _bucket(n: int, buckets) -> str:
    return next(name for name, lo, hi in buckets if lo <= n <= hi)


def print_tables(rows: list[dict]) -> None:
    head = "".join(f"{c:>6}" for c, _, _ in COUNTS)
    print(f"gold kind by words by articles quoting the words\n{'gold':8}{'words':6}{head}")
    for g, (name, lo, hi) in itertools.product(KINDS, LENGTHS):
        cnt = collections.Counter(_bucket(r["counts"][0], COUNTS) for r in rows if r["gold"] == g and lo <= r["words"] <= hi)
        if cnt:
            print(f"{g:8}{name:6}" + "".join(f"{cnt[c]:>6}" for c, _, _ in COUNTS))
    print(f"\npredicted by gold by words (1-12)\n{'pred':8}{'words':6}{'gold':8}{head}")
    for p, (name, lo, hi), g in itertools.product(KINDS, LENGTHS[:5], KINDS):
        cnt = collections.Counter(_bucket(r["counts"][0], COUNTS) for r in rows
                                  if r["pred"] == p and r["gold"] == g and lo <= r["words"] <= hi)
        if cnt:
            print(f"{p:8}{name:6}{g:8}" + "".join(f"{cnt[c]:>6}" for c, _, _ in COUNTS))


def scan(rows: list[dict]) -> None:
    passed, cells, best = [], 0, {}
    for pred, target in itertools.permutations(KINDS, 2):
        for (lo, hi), credit, col, (way, ths) in itertools.product(
                BANDS, CREDIT, (0, 1, 2), (("at least", (2, 3, 4, 5, 7, 10, 15, 20, 30, 50)), ("at most", (0, 1, 2, 3)))):
            base = [r for r in rows if r["pred"] == pred and lo <= r["words"] <= hi and CREDIT[credit](r)]
            for th in ths:
                cells += 1
                sel = [r for r in base if (r["counts"][col] >= th if way == "at least" else r["counts"][col] <= th)]
                fixes = [r for r in sel if r["gold"] == target]
                breaks = sum(r["gold"] == pred for r in sel)
                if len(fixes) >= 8 and len(fixes) / max(breaks, 1) > best.get((pred, target), (0,))[0]:
                    best[(pred, target)] = (round(len(fixes) / max(breaks, 1), 2), f"{lo}-{hi}", credit, col, way, th,
                                            len(fixes), breaks)
                if len(fixes) >= 8 and len({r["split"] for r in fixes}) >= 3 and len(fixes) >= 2 * breaks:
                    nofilter = (sum(r["gold"] == target for r in base), sum(r["gold"] == pred for r in base))
                    passed.append((pred, target, f"{lo}-{hi}", credit, col, way, th, len(fixes), breaks, nofilter))
    print("\nbest cell (fixes/breaks, band, credit, column, way, threshold, fixes, breaks) per predicted -> target, 8+ fixes:")
    for key, cell in sorted(best.items()):
        print("  ", key, cell)
    print(f"\nscan: {cells} cells; {len(passed)} pass (fixes >= 2x breaks, 8+ fixes, 3+ splits)")
    for p in passed:
        print("  ", p)


def main() -> None:
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["phrases"]
    rows = rows_of(table, Path(sys.argv[3]))
    with Path(sys.argv[2]).open("w", encoding="utf-8") as f:
        f.write("split\tid\tstart\tgold\tpredicted\twords\tarticles\toutlets\tmonths\trule\ttext\n")
        for r in rows:
            text = r["text"].replace("\t", " ").replace("\n", " ")[:120]
            f.write(f"{r['split']}\t{r['id']}\t{r['start']}\t{r['gold']}\t{r['pred']}\t{r['words']}\t"
                    + "\t".join(map(str, r["counts"])) + f"\t{r['rule']}\t{text}\n")
    print_tables(rows)
    scan(rows)


if __name__ == "__main__":
    main()
