"""Draw lane wrong16's sample (round 35): named speech quotations of main's big output.

Usage: python eval/real/tools/wrong16_sample.py BIG_OUTPUT.jsonl [N] [SEED]

Named speech = kind "speech" with a speaker. Every (id, s) already listed in an
eval/real/audit/*-sample.tsv is left out (those lanes judged it already). Prints
one tab-separated row per drawn quotation: draw index, id, s, e, speaker, first aev.
"""
import csv
import json
import random
import sys
from pathlib import Path

AUDIT = Path(__file__).resolve().parents[1] / "audit"


def judged_pairs():
    pairs = set()
    for path in sorted(AUDIT.glob("*-sample.tsv")):
        lines = [ln for ln in path.read_text().splitlines() if not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            if row.get("id") and (row.get("s") or "").isdigit():
                pairs.add((row["id"], int(row["s"])))
    return pairs


def main():
    big, n, seed = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200, \
        int(sys.argv[3]) if len(sys.argv) > 3 else 20261233
    seen = judged_pairs()
    rows = [json.loads(ln) for ln in open(big)]
    pool = [r for r in rows if r["kind"] == "speech" and r["speaker"]
            and (r["id"], r["s"]) not in seen]
    print(f"# {len(pool)} named speech quotations outside {len(seen)} judged pairs", file=sys.stderr)
    for i, r in enumerate(random.Random(seed).sample(pool, n)):
        aev = (r.get("aev") or [""])[0]
        print("\t".join([str(i), r["id"], str(r["s"]), str(r["e"]), r["speaker"], aev]))


if __name__ == "__main__":
    main()
