"""Round 49, lane exchange28: the targeted folder of unread AllSides articles holding a quoted
question followed in the same paragraph by another quotation with nothing but spaces between the
marks ('…?” “…'), the shape of a quoted exchange's turns. draws.unread_pool leaves out every
annotated list, audit list and earlier draw (the drawn folder's ids too, given as a folder);
seed 20261911, at most 60 articles.

    python exchange28-targeted.py OUT_DIR [DRAWN_DIR]   (writes OUT_DIR/<id>.txt and
    exchange28-targeted-articles.txt here; prints how many held the shape)"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261911
SHAPE = re.compile(r"\?[”\"][ \t]+[“\"]")
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
pool = unread_pool(["allsides"], sys.argv[2:], construct=SHAPE)
ids = seeded_sample(sorted(pool), min(60, len(pool)), SEED)
for doc_id in ids:
    (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
(HERE / "exchange28-targeted-articles.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
print(len(pool), len(ids))
