"""Round 54, lane npterm54: the targeted corpus folder for relative_label.py's check.

Every unread AllSides article (eval/real/tools/draws.unread_pool: outside every list, every
audited article and the lane's random folder; the size cap and mark floor) holding a relative
word, then within 80 characters a two- or three-word quotation with a lowercase word right after
its closing mark (the rule's string shape, roughly); shuffled with random.Random(5405406), the
first 150 written to OUT as <id>.txt.
Usage: python npterm54-targeted.py RANDOM_FOLDER OUT
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import unread_pool  # noqa: E402

SEED, N = 5405406, 150
SHAPE = re.compile(r"\b(?:that|which|who|whose|where)\b[^.\"“”]{0,80}[\"“][A-Za-z][\w-]*(?: [\w-]+){1,2}[\"”] [a-z]")


def main() -> None:
    folder, out = sys.argv[1:3]
    pool = unread_pool(["allsides"], [folder], SHAPE)
    ids = sorted(pool)
    random.Random(SEED).shuffle(ids)
    print(f"pool {len(ids)}", file=sys.stderr)
    Path(out).mkdir(parents=True, exist_ok=True)
    for doc_id in ids[:N]:
        (Path(out) / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")


if __name__ == "__main__":
    main()
