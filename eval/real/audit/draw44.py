"""The forty-fourth session's draws (round 83). No article outside the eval lists and the draws
C to L is left unread by every round, so both draws come from the 9,000 articles of the earlier
*unseen* draws D, F, H and J (draw39.py) that draw K (draw43.py) did not take. On those only the
answers a merged round changed were ever read, and no lane has hunted there.

* draw N, where the lanes hunt: 3,000 of them (seed 87).
* draw O, the out-of-sample check: 3,000 of the 6,000 left after N (seed 88). Draw L (draw43.py,
  read only where round 82 changed an answer) stays a second check.

    python eval/real/audit/draw44.py N --seed 87 --from D --from F --from H --from J --skip K
    python eval/real/audit/draw44.py O --seed 88 --from D --from F --from H --from J --skip K --skip N

(D, F, H, J are draw39.py's folders and K draw43.py's, made by the commands in their docstrings.)
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path


def remaining(sources: list[Path], skip: list[Path]) -> dict[str, str]:
    taken = {p.stem for f in skip for p in f.glob("*.txt")}
    return {p.stem: p.read_text(encoding="utf-8") for f in sources for p in f.glob("*.txt")
            if p.stem not in taken}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--from", dest="sources", type=Path, action="append", required=True)
    ap.add_argument("--skip", type=Path, action="append", default=[])
    a = ap.parse_args()
    pool = remaining(a.sources, a.skip)
    chosen = random.Random(a.seed).sample(sorted(pool), a.n)
    a.out.mkdir(parents=True, exist_ok=True)
    for i in chosen:
        (a.out / f"{i}.txt").write_text(pool[i], encoding="utf-8")
    print(f"{len(chosen)} of {len(pool)} written to {a.out}")


if __name__ == "__main__":
    main()
