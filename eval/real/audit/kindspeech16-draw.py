"""Round 35, lane kindspeech16: draw 160 speech quotations of one to six words from main's
output on the 974 corpus articles (the lead's big-m37.jsonl, given as the first argument),
file order, excluding the (id, s) pairs of the terms15, scare14, scare15, echo14 and
notspeech15 samples; seed 20261230. Prints a TSV of the drawn items."""

import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import AUDIT, judged_pairs, seeded_sample  # noqa: E402  (eval/real/tools/draws.py)

SEED = 20261230
EARLIER = ["terms15-sample.tsv", "scare14-first.tsv", "scare14-adjudicated.tsv",
           "scare15-sample.tsv", "echo14-mechanisms.tsv", "notspeech15-sample.tsv"]


def main():
    seen = judged_pairs(AUDIT / name for name in EARLIER)
    pool = []
    for line in open(sys.argv[1]):
        q = json.loads(line)
        if q["kind"] == "speech" and 1 <= len(q["text"].split()) <= 6 and (q["id"], q["s"]) not in seen:
            pool.append(q)
    drawn = seeded_sample(pool, 160, SEED)
    print(f"# pool {len(pool)}", file=sys.stderr)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["item", "id", "s", "e", "text", "kind", "speaker", "cue", "kev"])
    for i, q in enumerate(drawn):
        w.writerow([i, q["id"], q["s"], q["e"], q["text"].replace("\n", " "), q["kind"],
                    q["speaker"] or "", q["cue"] or "", "; ".join(q["kev"])])


main()
