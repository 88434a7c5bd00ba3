"""Lane speechscare50's sample: 100 short quotations (<= 8 words) onrecord types scare or term,
drawn with seed 20261851 from main d0dd020's output on big2, big and the lane's 300 random
unread AllSides articles (seed 20261850, ids in speechscare50-random.tsv), every (id, s) already
in an audit sample left out.

    python eval/real/audit/speechscare50-draw.py BIG2.jsonl BIG.jsonl RANDOM.jsonl > pool-draw.jsonl
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

SEED = 20261851
N = 100
MAX_WORDS = 8


def pool(paths: list[str]) -> list[dict]:
    taken = draws.judged_pairs(draws.sample_files())
    rows = []
    for name, path in zip(("big2", "big", "random"), paths):
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row["kind"] in ("scare", "term") and len(row["text"].split()) <= MAX_WORDS \
                    and (row["id"], row["s"]) not in taken:
                row["folder"] = name
                rows.append(row)
    return rows


if __name__ == "__main__":
    rows = pool(sys.argv[1:4])
    print(len(rows), file=sys.stderr)
    for row in draws.seeded_sample(rows, N, SEED):
        print(json.dumps(row, ensure_ascii=False))
