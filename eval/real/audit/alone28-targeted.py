"""Round 48, lane alone28: a targeted corpus folder for the rule's check: unread AllSides
articles (every split, audit list and earlier draw left out: draws.unread_pool, which also
leaves out this lane's drawn folder, alone28-articles.txt) holding a quotation, a clause of
at most 30 words with no marks ending its sentence, then one capitalised word in marks closed
by sentence punctuation ('“…,” she said. “Word.”'). Seeded, up to 150 articles.

    python alone28-targeted.py OUT_DIR   (writes OUT_DIR/<id>.txt and alone28-targeted-articles.txt)"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
from draws import seeded_sample, unread_pool  # noqa: E402

SEED = 20261805
CONSTRUCT = re.compile(r"[,.?!][\u201d\"] (?:[^\u201c\u201d\"\n]\S*\s){1,30}?\S*[.!?] [\u201c\"][A-Z][a-z]+[.!?][\u201d\"]")
pool = unread_pool(["allsides"], construct=CONSTRUCT)
ids = seeded_sample(sorted(pool), min(150, len(pool)), SEED)
out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for doc_id in ids:
    (out / f"{doc_id}.txt").write_text(pool[doc_id], encoding="utf-8")
(HERE / "alone28-targeted-articles.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
print(len(pool), len(ids))
