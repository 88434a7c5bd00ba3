"""Round 47, lane pronoun28: draw 100 pronoun-resolved speech quotations from main 97c2752's
dump of the big2 articles (big2-r47.jsonl; the dump path is the first argument), excluding
every (id, s) pair of the earlier audit/*-sample.tsv files. Pool sorted by (id, s), seed
20261701. Prints one line per item: id, s, e, speaker, the pronoun route."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

PRONOUN = re.compile(r"pronoun '([^']+)' -> ")
taken = draws.judged_pairs(draws.sample_files())
pool = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d["kind"] != "speech" or (d["id"], d["s"]) in taken:
        continue
    route = next((a for a in d["aev"] if PRONOUN.search(a)), None)
    if route:
        pool.append((d["id"], d["s"], d["e"], d["speaker"], route))
pool.sort()
print(f"# pool {len(pool)}", file=sys.stderr)
for item in draws.seeded_sample(pool, 100, 20261701):
    print("\t".join(str(x) for x in item))
