"""Round 38, lane terms21: draw 150 quotations typed scare, or typed speech of at most 4 words
with no speaker, from main's output (50d118c) on the big2 articles, excluding every (id, s) pair
an earlier *-sample.tsv judged. Seed 20261273. Usage: terms21-draw.py BIG2_JSONL OUT_JSONL"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED = 20261273


def in_class(r: dict) -> bool:
    if r["kind"] == "scare":
        return True
    return r["kind"] == "speech" and not r["speaker"] and len(r["text"].split()) <= 4


def main() -> None:
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    done = judged_pairs(p for p in sample_files() if p.name != "terms21-sample.tsv")
    pool = [r for r in rows if in_class(r) and (r["id"], r["s"]) not in done]
    print(len(rows), "rows;", sum(in_class(r) for r in rows), "in class;", len(pool), "not judged")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for r in seeded_sample(pool, 150, SEED):
            out.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
