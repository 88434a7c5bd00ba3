"""Kind confusion on an eval/real attribution split, and the kind errors with their context.

    python eval/real/tools/kind_errors.py --gold eval/real/attribution/gold-tune.jsonl --articles DIR [--list]

Extraction and attribution, as `onrecord eval extract` runs them (attribution retypes a
fragment the parse shows is someone's words: attribute/fragment_kind.py, round 14), gold and
predicted quotations matched by overlap as `onrecord eval extract` does. Prints the
confusion matrix (gold kind by row, predicted by column) and, with --list, each kind error
with ~140 characters before and ~80 after the marks and the rule that decided it
(kind_evidence). Context is printed for the tune split only: the test split is never read
item by item (a rule is never tuned on it), so --list refuses a gold file named *test* or
*held* (the held-out test extension).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from onrecord.eval import match_overlap
from onrecord.pipeline import extract

KINDS = ("speech", "title", "scare", "term")


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 140) : start].replace("\n", " ¶ ")
    after = text[end : end + 80].replace("\n", " ¶ ")
    return f"…{before}[[{text[start:end][:160]}]]{after}…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--list", action="store_true", help="list each kind error with its context")
    args = ap.parse_args(argv)
    if args.list and ("test" in args.gold.name or "held" in args.gold.name):
        print("Error: the test and held-out splits are never read item by item; use the tune or ext split", file=sys.stderr)
        return 2
    confusion = {g: {p: 0 for p in KINDS} for g in KINDS}
    errors = []
    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    paths = [args.articles / f"{rec['id']}.txt" for rec in records]
    for rec, result in zip(records, extract(paths)):
        doc = result.document
        pred = [q for q in result.quotes if not q.nested]
        gold = rec["quotes"]
        for gi, pi in match_overlap(gold, [{"start": q.start, "end": q.end} for q in pred]):
            g, p = gold[gi], pred[pi]
            confusion[g["kind"]][p.kind] += 1
            if g["kind"] != p.kind:
                errors.append((g["kind"], p.kind, rec["id"], _context(doc.text, p.start, p.end), p.kind_evidence))
    total = sum(sum(row.values()) for row in confusion.values())
    right = sum(confusion[k][k] for k in KINDS)
    print(f"kind accuracy {right}/{total} = {right / total:.3f}" if total else "no matched quotations")
    print("gold \\ predicted " + "".join(f"{k:>8}" for k in KINDS))
    for g in KINDS:
        print(f"{g:<17}" + "".join(f"{confusion[g][p]:>8}" for p in KINDS))
    if args.list:
        for g, p, doc_id, ctx, why in sorted(errors):
            print(f"\n{g} -> {p}  {doc_id}\n  {ctx}\n  because: {'; '.join(why)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
