"""census53: draw the 300 random unread AllSides articles (seed 53053) into /tmp/census53/rand. Run from the worktree root."""
import sys, random, os
sys.path.insert(0, 'eval/real/attribution'); sys.path.insert(0, 'eval/real/tools')
import draw, draws
SEED = 53053
taken = draws.taken_article_ids()
recs = [r for r in draw.records("allsides") if r["id"] not in taken and len(r.get("text") or "") > 400]
recs.sort(key=lambda r: r["id"])
pick = random.Random(SEED).sample(recs, 300)
os.makedirs('/tmp/census53/rand', exist_ok=True)
for r in pick:
    open(f'/tmp/census53/rand/{r["id"]}.txt', 'w').write(draw.document_text(r))
print(len(recs), len(pick))
