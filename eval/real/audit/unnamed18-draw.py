"""Draw lane unnamed18's sample: named speech quotations whose own sentence or the
sentence before holds an indefinite or anonymous credit.

usage: python unnamed18-draw.py BIG_DIR BIG_JSONL BIG2_DIR BIG2_JSONL AUDIT_DIR N SEED
"""
import json, re, sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402  (eval/real/tools/draws.py)

CREDIT = re.compile(
    r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,3}?(?:official|spokes(?:man|woman|person)|aide|"
    r"source|adviser|advisor|staffer|member|resident|woman|man|person|analyst|critic|lawyer|"
    r"officer|diplomat|executive|supporter|voter|employee|representative|insider)\b"
    r"|\bofficials\b|\bsources\b|\bpeople familiar\b|\baides\b|\bcritics\b"
    r"|\bspokes(?:man|woman|person) for\b", re.I)
SENT_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])|\n+")


def window(text, s):
    """The text of the quotation's own sentence and the one before."""
    starts = [0] + [m.end() for m in SENT_END.finditer(text)]
    own = max(i for i, b in enumerate(starts) if b <= s)
    begin = starts[max(own - 1, 0)]
    end = next((m.start() for m in SENT_END.finditer(text, s)), len(text))
    return text[begin:end]


def main(big, bigj, big2, big2j, audit, n, seed):
    done = judged_pairs(sample_files(audit))
    pool = []
    for folder, path in ((big, bigj), (big2, big2j)):
        for line in open(path, encoding="utf-8"):
            q = json.loads(line)
            if q["kind"] != "speech" or not q["speaker"] or (q["id"], q["s"]) in done:
                continue
            text = open(f"{folder}/{q['id']}.txt", encoding="utf-8").read()
            if CREDIT.search(window(text, q["s"])):
                q["folder"] = folder
                pool.append(q)
    print(len(pool), "in the pool", file=sys.stderr)
    for q in seeded_sample(pool, n, seed):
        print(json.dumps(q, ensure_ascii=False))


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], a[1], a[2], a[3], a[4], int(a[5]), int(a[6]))
