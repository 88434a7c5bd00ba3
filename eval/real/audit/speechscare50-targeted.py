"""Lane speechscare50's targeted folder: 150 unread AllSides articles (draws.unread_pool: every
list, audit file and the lane's random folder excluded) holding an owned claim noun whose
"that"/"to" clause reaches a quotation mark, seeded 20261852.

    python eval/real/audit/speechscare50-targeted.py OUT_DIR RANDOM_DIR
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

SEED = 20261852
N = 150
CLAIM = re.compile(
    r"(?:[’']s|\b(?:his|her|their|its))\s+(?:[\w-]+\s+){0,2}"
    r"(?:claims?|assertions?|allegations?|suggestion|promises?|pledges?|admission|warnings?|arguments?"
    r"|insistence|contention|complaints?|accusations?|vows?|predictions?|comments?|remarks?|statement"
    r"|assurances?|belief|denial|declaration|explanation|boast)\s+(?:that|to)\s+[^.“”\"\n]{0,80}[“\"]")

if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pool = draws.unread_pool(["allsides"], folders=[sys.argv[2]], construct=CLAIM)
    chosen = draws.seeded_sample(sorted(pool), min(N, len(pool)), SEED)
    for doc_id in chosen:
        (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
    print(len(pool), len(chosen))
    print("\n".join(chosen), file=sys.stderr)
