"""census53: draw the 300 random unread AllSides articles (seed 53053) into OUT_DIR.

    ONRECORD_SHARED=... python eval/real/audit/census53-random-draw.py OUT_DIR   (from the repo root)

AllSides records with more than 400 characters of text, sorted by id, less
draws.taken_article_ids(); random.Random(53053).sample of 300."""
import os
import random
import sys

sys.path.insert(0, 'eval/real/attribution')
sys.path.insert(0, 'eval/real/tools')
import draw  # noqa: E402
import draws  # noqa: E402

SEED = 53053
out = sys.argv[1]
taken = draws.taken_article_ids()
recs = [r for r in draw.records("allsides") if r["id"] not in taken and len(r.get("text") or "") > 400]
recs.sort(key=lambda r: r["id"])
pick = random.Random(SEED).sample(recs, 300)
os.makedirs(out, exist_ok=True)
for r in pick:
    with open(os.path.join(out, f'{r["id"]}.txt'), 'w', encoding='utf-8') as f:
        f.write(draw.document_text(r))
print(len(recs), len(pick))
