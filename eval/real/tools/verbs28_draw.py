"""Round 46, lane verbs28: the seeded draw (seed 20261801) of up to 100 pool quotations whose
nearest verb the reporting lexicon lacks, or whose sentence holds a verb + speech noun pair
(pool from verbs28_scan.py).  python verbs28_draw.py POOL.jsonl OUT.jsonl"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draws import seeded_sample  # noqa: E402

pool = [json.loads(line) for line in open(sys.argv[1])]
cands = [p for p in pool if (p["lemma"] and not p["known"]) or p["pair"]]
cands.sort(key=lambda p: (p["id"], p["s"]))
with open(sys.argv[2], "w") as f:
    for p in seeded_sample(cands, min(100, len(cands)), 20261801):
        f.write(json.dumps(p) + "\n")
print(len(cands), "candidates")
