"""Round 35, lane kindspeech16: draw 160 speech quotations of one to six words from main's
output on the 974 corpus articles (the lead's big-m37.jsonl, given as the first argument),
file order, excluding the (id, s) pairs of the terms15, scare14, scare15, echo14 and
notspeech15 samples; seed 20261230. Prints a TSV of the drawn items."""

import csv
import json
import random
import sys
from pathlib import Path

SEED = 20261230
AUDIT = Path(__file__).parent
EARLIER = ["terms15-sample.tsv", "scare14-first.tsv", "scare14-adjudicated.tsv",
           "scare15-sample.tsv", "echo14-mechanisms.tsv", "notspeech15-sample.tsv"]


def earlier_pairs():
    pairs = set()
    for name in EARLIER:
        lines = [l for l in (AUDIT / name).read_text().splitlines() if not l.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t"):
            start = row.get("s") or row.get("start")
            pairs.add((row["id"], int(start)))
    return pairs


def main():
    seen = earlier_pairs()
    pool = []
    for line in open(sys.argv[1]):
        q = json.loads(line)
        if q["kind"] == "speech" and 1 <= len(q["text"].split()) <= 6 and (q["id"], q["s"]) not in seen:
            pool.append(q)
    drawn = random.Random(SEED).sample(pool, 160)
    print(f"# pool {len(pool)}", file=sys.stderr)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["item", "id", "s", "e", "text", "kind", "speaker", "cue", "kev"])
    for i, q in enumerate(drawn):
        w.writerow([i, q["id"], q["s"], q["e"], q["text"].replace("\n", " "), q["kind"],
                    q["speaker"] or "", q["cue"] or "", "; ".join(q["kev"])])


main()
