"""echo20 (round 37): draw 120 quotations typed scare or term from main's output on big2
(big2-r36.jsonl, main 6062184), excluding every (id, s) pair of an earlier *-sample.tsv.
Usage: python echo20-draw.py BIG2_JSONL AUDIT_DIR > draw.jsonl"""
import csv, glob, json, os, random, sys

SEED = 20261265
seen = set()
for f in glob.glob(os.path.join(sys.argv[2], "*-sample.tsv")):
    if f.endswith("echo20-sample.tsv"):
        continue
    rows = [l for l in open(f, encoding="utf-8") if not l.startswith("#")]
    for r in csv.DictReader(rows, delimiter="\t"):
        if r.get("id") and (r.get("s") or "").strip().isdigit():
            seen.add((r["id"], int(r["s"])))
pool = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d["kind"] in ("scare", "term") and (d["id"], d["s"]) not in seen:
        pool.append(d)
print(f"pool {len(pool)} excluded-pairs {len(seen)}", file=sys.stderr)
for d in random.Random(SEED).sample(pool, 120):
    print(json.dumps(d, ensure_ascii=False))
