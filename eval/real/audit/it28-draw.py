"""Lane it28 (round 48): every speech quotation of main's big2/big dumps (db25711) whose speaker
came through the pronoun "it" (an attribution-evidence line "pronoun 'it' -> …"), all of
them (the lane brief asks for every one, about 68), put in a recorded reading order (seed
20261803); the last column names the earlier samples that already hold the (id, s) pair (63
of the 72: itthey14 and others judged them on older code).

    python eval/real/audit/it28-draw.py BIG2.jsonl BIG.jsonl > order.tsv
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED = 20261803


def it_rows(paths):
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if r["kind"] == "speech" and any("pronoun 'it'" in a for a in r["aev"]):
                    rows.append(r)
    return rows


def main(argv):
    earlier = {p.name: judged_pairs([p]) for p in sample_files() if p.name != "it28-sample.tsv"}
    rows = it_rows(argv[1:])
    rows.sort(key=lambda r: (r["id"], r["s"]))
    for i, r in enumerate(seeded_sample(rows, len(rows), SEED), 1):
        held = [n for n, pairs in earlier.items() if (r["id"], r["s"]) in pairs]
        print(i, r["id"], r["s"], r["e"], r["speaker"], ",".join(held) or "-", sep="\t")


if __name__ == "__main__":
    main(sys.argv)
