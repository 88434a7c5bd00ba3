"""Draw lane desc54's sample: speech quotations of main 42f2181 on big2 (rt24h-big2.jsonl) whose
attribution evidence says a definite description ("the …"/"this …") was left unresolved or a
definite document ("the …") had no issuer, less every (id, s) judged in an earlier sample.
Earlier samples had judged every such item of big2 and all but 2 of big, so the pool is main's
output on big2, big and the lane's 300 random unread AllSides articles (seed 54054054,
draws.draw_unread; ids in desc54-random.tsv), concatenated in that order; 50 drawn with seed 54005400.

Usage: python desc54-draw.py RT24H-BIG2.jsonl RT24H-BIG.jsonl RAND-MAIN.jsonl > sample.json
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

SEED = 54005400
N = 50
CLASS = re.compile(r"^(?:description '(?:the|this) [^']*' unresolved|document '(?:the|this) [^']*' without issuer)", re.I)


def main(paths: list[str]) -> None:
    taken = draws.judged_pairs(draws.sample_files())
    pool = []
    for line in (ln for path in paths for ln in open(path, encoding="utf-8")):
        r = json.loads(line)
        if r["kind"] != "speech" or r["speaker"] is not None or (r["id"], r["s"]) in taken:
            continue
        if any(CLASS.match(a) for a in r["aev"]):
            pool.append(r)
    print(len(pool), file=sys.stderr)
    json.dump(draws.seeded_sample(pool, min(N, len(pool)), SEED), sys.stdout, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main(sys.argv[1:])
