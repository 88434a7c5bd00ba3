"""Draw lane big2's 600 new corpus articles (round 35): 420 AllSides + 180 BBC, seed 20261240.

Usage: python eval/real/tools/big2_draw.py OUT_DIR  (writes OUT_DIR/<id>.txt and audit/big2-articles.txt)
"""
import importlib.util, random, sys
from pathlib import Path
from draws import taken_article_ids  # eval/real/tools/draws.py, beside this script
spec = importlib.util.spec_from_file_location("d", str(Path(__file__).resolve().parents[1] / "attribution" / "draw.py")); d = importlib.util.module_from_spec(spec); spec.loader.exec_module(d)
R = Path(__file__).resolve().parents[1]
excl = taken_article_ids(leave_out={"big2-articles.txt"})
rng = random.Random(20261240)  # one generator for both corpora in turn: not seeded_sample
chosen = []
for corpus, n in (("allsides", 420), ("bbc", 180)):
    pool = []
    for rec in d.records(corpus):
        t = d.document_text(rec)
        if rec["id"] in excl or len(t) > d.MAX_CHARS or len(d.QUOTE_MARKS.findall(t)) < 2:
            continue
        pool.append((rec["id"], t))
    for i, t in rng.sample(pool, n):
        (Path(sys.argv[1]) / f"{i}.txt").write_text(t, encoding="utf-8", newline="")
        chosen.append(i)
(R / "audit" / "big2-articles.txt").write_text("\n".join(sorted(chosen)) + "\n")
print(len(chosen), len(excl))
