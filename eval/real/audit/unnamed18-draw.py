"""Draw lane unnamed18's sample: named speech quotations whose own sentence or the
sentence before holds an indefinite or anonymous credit.

usage: python unnamed18-draw.py BIG_DIR BIG_JSONL BIG2_DIR BIG2_JSONL AUDIT_DIR N SEED
"""
import csv, glob, json, random, re, sys

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


def sampled_pairs(audit_dir):
    pairs = set()
    for path in glob.glob(audit_dir + "/*-sample.tsv"):
        for row in open(path, encoding="utf-8"):
            f = row.split("\t")
            for i in range(len(f) - 1):
                if f[i + 1].isdigit() and "-" in f[i]:
                    pairs.add((f[i], int(f[i + 1])))
                    break
    return pairs


def main(big, bigj, big2, big2j, audit, n, seed):
    done = sampled_pairs(audit)
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
    for q in random.Random(seed).sample(pool, n):
        print(json.dumps(q, ensure_ascii=False))


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], a[1], a[2], a[3], a[4], int(a[5]), int(a[6]))
