"""Draw lane unnamed28's sample: named speech quotations decided by a continuation rule ("continues the speaker of the previous sentence", "… the subject of the previous sentence", "… the last speaker")
(attribute/continuation.py: an uncued quotation given an earlier voice), big2
first, then big; pairs of earlier samples excluded; up to N drawn with random.Random(SEED).

usage: python unnamed28-draw.py BIG2_DIR BIG2_JSONL BIG_DIR BIG_JSONL N SEED
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402  (eval/real/tools/draws.py)

RULE = "continues the "  # the continuation rules: previous speaker, previous subject, last speaker


def pool_of(folder, path, done):
    out = []
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        if q["kind"] != "speech" or not q["speaker"] or (q["id"], q["s"]) in done:
            continue
        if q["aev"] and q["aev"][0].startswith(RULE):
            q["folder"] = folder
            out.append(q)
    return out


def main(big2, big2j, big, bigj, n, seed):
    done = judged_pairs(sample_files())
    first = pool_of(big2, big2j, done)
    second = pool_of(big, bigj, done)
    print(len(first), "in big2,", len(second), "in big", file=sys.stderr)
    drawn = seeded_sample(first, min(n, len(first)), seed)
    if len(drawn) < n:
        drawn += seeded_sample(second, min(n - len(drawn), len(second)), seed)
    for q in drawn:
        print(json.dumps(q, ensure_ascii=False))


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], a[1], a[2], a[3], int(a[4]), int(a[5]))
