"""Round 44, lane census27: the seeded sample of the construct GROUP_VERB_KIND (a fragment typed
scare or term because a reporting or naming verb is "credited to a generic group"), from main's
output on big2 (then big), leaving out every (id, s) an earlier sample judged.

    python eval/real/audit/census27-draw.py BIG2_R43.jsonl BIG_R43.jsonl > pool.tsv
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED, N = 20261602, 40


def pool(path: str, judged: set) -> list[dict]:
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    return [r for r in rows if any("credited to a generic group" in k for k in r["kev"] or [])
            and (r["id"], r["s"]) not in judged]


def main() -> None:
    judged = judged_pairs(sample_files())
    big2 = pool(sys.argv[1], judged)
    drawn = seeded_sample(big2, min(N, len(big2)), SEED)
    if len(drawn) < N:
        big = pool(sys.argv[2], judged)
        drawn += seeded_sample(big, min(N - len(drawn), len(big)), SEED)
    for r in drawn:
        print("\t".join([r["id"], str(r["s"]), r["kind"], r["speaker"] or "-", r["text"], " | ".join(r["kev"])]))


if __name__ == "__main__":
    main()
