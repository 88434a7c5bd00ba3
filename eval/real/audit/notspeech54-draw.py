"""Lane notspeech54's sample: 60 quotations main types scare, term or title in the lane's 300
random unread AllSides articles, earlier samples' (id, s) pairs excluded.

Usage: python notspeech54-draw.py DUMP.jsonl OUT.json  (run from the repository root; DUMP is
/tmp/lead/tools/dump.py's output on the folder drawn with
draws.draw_unread(FOLDER, 5454054, {"allsides": 300}))."""
import json
import random
import sys
from collections import Counter

sys.path.insert(0, "eval/real/tools")
import draws  # noqa: E402

# (this lane's own sample file left out, so the draw repeats after it was committed)
done = draws.judged_pairs(p for p in draws.sample_files() if p.name != "notspeech54-sample.tsv")
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
pool = [r for r in rows if r["kind"] in ("scare", "term", "title") and (r["id"], r["s"]) not in done]
print(len(rows), len(pool), Counter(r["kind"] for r in pool))
smp = random.Random(54054).sample(pool, 60)
smp.sort(key=lambda r: (r["id"], r["s"]))
json.dump(smp, open(sys.argv[2], "w", encoding="utf-8"))
