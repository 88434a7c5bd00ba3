"""List the tuning quotations whose gold speaker is not among the ranker's candidates (round 60,
lane cands61), with what the article holds of that name: the speaker no rule or ranker can pick.

    PYTHONPATH=src python eval/real/tools/missing_candidates.py --articles DIR [--rows R.json] --out T.tsv

The rows are train_ranker.py's (``build_rows``: matched gold speech the cascade typed speech),
read from a ``--rows`` cache when present. Each missing item gets automatic facts (is there an
entity with that canonical name, one sharing its last word, where the name's words occur); the
mechanism column is filled by reading the article. Tuning sets only (train_ranker.TUNING).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "attribution"))

from train_ranker import TUNING, cascade_output  # noqa: E402

from onrecord.attribute.ranker import article_candidates  # noqa: E402
from onrecord.eval import _norm, match_overlap, read_jsonl  # noqa: E402


def _facts(text: str, lay, ents, gold: str, q) -> dict:
    """Where the gold name (and its last word) is in the article, and the nearest entity forms."""
    want = _norm(gold)
    last = gold.split()[-1] if gold.split() else gold
    same = [e for e in ents if _norm(e.canonical) == want]
    share = [e.canonical for e in ents if last.lower() in e.canonical.lower().split()]
    spots = [m.start() for m in re.finditer(re.escape(last), text)]
    dists = [s - q.start for s in spots]
    return {"entity": "same" if same else ("shares-last" if share else "none"),
            "forms": "|".join(sorted(set(share)))[:80],
            "in_head": any(s < lay.headline_end for s in spots),
            "n_last": len(spots),
            "nearest": min(dists, key=abs) if dists else None,
            "full_in_text": gold.lower() in text.lower()}


def missing(gold_path: Path, articles: Path) -> list[dict]:
    gold, arts = cascade_output(gold_path, articles)
    out = []
    for g, a in zip(gold, arts):
        text = (articles / f"{g['id']}.txt").read_text(encoding="utf-8")
        cands = article_candidates(a.lay, a.ents.entities)
        pred = [{"start": q.start, "end": q.end} for q in a.lay.quotes]
        for gi, pi in match_overlap(g["quotes"], pred):
            gq, q = g["quotes"][gi], a.lay.quotes[pi]
            if gq["kind"] != "speech" or pi not in cands or not gq.get("speaker"):
                continue
            if any(_norm(c.name) == _norm(gq["speaker"]) for c in cands[pi]):
                continue
            row = {"split": gold_path.stem.replace("gold-", ""), "id": g["id"], "start": gq["start"],
                   "gold": gq["speaker"], "onrecord": q.speaker or "", "conf": round(q.confidence, 2)}
            row.update(_facts(text, a.lay, a.ents.entities, gq["speaker"], q))
            out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    args = ap.parse_args(argv)
    here = HERE.parent / "attribution"
    rows = [r for n in TUNING if (here / n).is_file() for r in missing(here / n, args.articles)]
    cols = list(rows[0]) if rows else []
    with args.out.open("w", encoding="utf-8") as f:
        f.write("\t".join(cols) + "\n")
        for r in rows:
            f.write("\t".join(str(r[c]) for c in cols) + "\n")
    print(f"{len(rows)} missing", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
