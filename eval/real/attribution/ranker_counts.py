"""Count right / wrong person / null / named-for-unnamed over matched speech quotations, the
rule cascade alone against the cascade with the shipped ranker (issue 11), on either split.
Scoring only: nothing here is tuned (train_ranker.py trains on the tune split alone).

    python eval/real/attribution/draw.py --out DIR
    PYTHONPATH=src python eval/real/attribution/ranker_counts.py --articles DIR --gold eval/real/attribution/gold-test.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from onrecord.attribute.ranker import load_model, probabilities
from onrecord.thresholds.learned import RANKER

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ranker import build_rows, outcome  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", required=True, type=Path)
    ap.add_argument("--gold", required=True, type=Path)
    args = ap.parse_args(argv)
    rows = build_rows(args.gold, args.articles)
    model = load_model()
    probs = [probabilities(model, r["x"]) for r in rows]
    print(f"{args.gold.name}: {len(rows)} matched speech quotations typed speech")
    print(f"  cascade alone:      {outcome(rows, None, RANKER)}")
    print(f"  cascade + ranker:   {outcome(rows, probs, RANKER)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
