"""The forty-third session's draws (round 82). The AllSides pool outside every list and every
earlier draw is nearly used up (719 articles after draw J), so:

* draw K, where the lanes hunt: 3,000 articles (seed 86) of the four earlier *unseen* draws D,
  F, H and J (draw39.py). Only the answers a merged round changed were read there, and no lane
  hunted in them; from now on they are tuning text.
* draw L, the out-of-sample check: every article left in the pool, AllSides and BBC, outside
  every eval list, every article an audit sheet names and draws C to J (BBC's British house
  style is new to the lanes' rules).

    SHEETS43="--ignore r60K-read43.tsv --ignore *9[5-8]-aud-judged.tsv --ignore roundL43*"
    python eval/real/audit/draw43.py K --seed 86 --from D --from F --from H --from J $SHEETS43
    python eval/real/audit/draw43.py L --skip C --skip D ... --skip J $SHEETS43

(C to J are draw39.py's folders, made by the commands in its docstring. Checked at the session's
end: L redrawn so gives the same 1,653 ids.)
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import draw39  # noqa: E402


def from_draws(folders: list[Path], n: int, seed: int) -> dict[str, str]:
    texts = {p.stem: p.read_text(encoding="utf-8") for f in folders for p in f.glob("*.txt")}
    return {i: texts[i] for i in random.Random(seed).sample(sorted(texts), n)}


def whole_pool(skip: list[Path], ignore: list[str]) -> dict[str, str]:
    ids = draw39.read_ids(skip, ignore)
    d = draw39.draws._draw_module()
    pool = {}
    for corpus in ("allsides", "bbc"):
        for rec in d.records(corpus):
            text = d.document_text(rec)
            if rec["id"] in ids or len(text) > 20000 or len(d.QUOTE_MARKS.findall(text)) < 2:
                continue
            pool[rec["id"]] = text
    return pool


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--from", dest="sources", type=Path, action="append", default=[])
    ap.add_argument("--skip", type=Path, action="append", default=[])
    ap.add_argument("--ignore", action="append", default=[], help="audit sheet names (globs) not to read")
    a = ap.parse_args()
    if a.sources:
        chosen = from_draws(a.sources, a.n, a.seed)
    else:
        chosen = whole_pool(a.skip, a.ignore)
    a.out.mkdir(parents=True, exist_ok=True)
    for i, text in chosen.items():
        (a.out / f"{i}.txt").write_text(text, encoding="utf-8")
    print(f"{len(chosen)} written to {a.out}")


if __name__ == "__main__":
    main()
