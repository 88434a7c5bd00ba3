"""Draw lane epithet28's sample: speech quotations of main's output on big2 (then big) whose
attribution evidence says a definite description ("the …" / "this …") was left unresolved or
went to the person in focus; pairs earlier samples judged are left out (draws.judged_pairs);
random.Random(20261702).sample of 100 from big2's pool, topped up from big's if it is smaller.

usage: python epithet28-draw.py BIG2.jsonl BIG.jsonl > sample-rows.jsonl
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import AUDIT, judged_pairs, seeded_sample  # noqa: E402

SEED = 20261702
N = 100
DEFINITE = re.compile(r"description '((?:[Tt]he|[Tt]his)\s[^']*)' (?:unresolved|-> the person in focus)")


def pool(path, taken):
    rows = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["kind"] != "speech" or (d["id"], d["s"]) in taken:
            continue
        if any(DEFINITE.search(a) for a in d["aev"]):
            rows.append(d)
    return rows


def main():
    taken = judged_pairs(sorted(AUDIT.glob("*-sample.tsv")))
    big2 = pool(sys.argv[1], taken)
    big = pool(sys.argv[2], taken)
    print(f"# pool big2 {len(big2)}, big {len(big)}", file=sys.stderr)
    picked = seeded_sample(big2, min(N, len(big2)), SEED)
    if len(picked) < N:
        picked += seeded_sample(big, min(N - len(picked), len(big)), SEED)
    for d in picked:
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main()
