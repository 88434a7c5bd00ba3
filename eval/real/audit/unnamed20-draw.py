"""Draw lane unnamed20's sample: null speech with a speaker_description (big2-r36.jsonl).

Usage: python unnamed20-draw.py BIG2_JSONL AUDIT_DIR > pool-sample.jsonl
Seed 20261262; (id, s) pairs already in any *-sample.tsv are left out.
"""
import csv, glob, json, random, sys

def seen_pairs(audit_dir):
    pairs = set()
    for path in glob.glob(f"{audit_dir}/*-sample.tsv"):
        rows = [l for l in open(path, encoding="utf-8") if not l.startswith("#")]
        for row in csv.DictReader(rows, delimiter="\t"):
            if row.get("id") and (row.get("s") or "").isdigit():
                pairs.add((row["id"], int(row["s"])))
    return pairs

def main():
    seen = seen_pairs(sys.argv[2])
    pool = []
    for line in open(sys.argv[1], encoding="utf-8"):
        q = json.loads(line)
        if q["kind"] == "speech" and q["speaker"] is None and (q.get("desc") or "").strip():
            if (q["id"], q["s"]) not in seen:
                pool.append(q)
    print(f"pool {len(pool)}", file=sys.stderr)
    for q in random.Random(20261262).sample(pool, 100):
        print(json.dumps(q, ensure_ascii=False))

main()
