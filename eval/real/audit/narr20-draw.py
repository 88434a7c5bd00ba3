"""Draw narr20's sample: null speech whose first attribution evidence says no verb was found.

Usage: python narr20-draw.py BIG2_DUMP.jsonl BIG_DUMP.jsonl OUT.json  (run from the repo root)
Pool: speech, no speaker, no speaker_description, aev[0] one of AEV below; (id, s) pairs
already in eval/real/audit/*-sample.tsv excluded. 100 from big2 with seed 20261261 (topped up
from big with the same seed if big2 held fewer).
"""
import glob
import json
import random
import sys

AEV = ("no reporting verb: a quotation inside narration names nobody", "no speaker found")
SEED = 20261261


def pool(path, excluded):
    out = []
    for line in open(path):
        r = json.loads(line)
        if r["kind"] != "speech" or r["speaker"] or r["desc"]:
            continue
        if r["aev"] and r["aev"][0] in AEV and (r["id"], r["s"]) not in excluded:
            out.append(r)
    return out


def excluded_pairs():
    pairs = set()
    for f in glob.glob("eval/real/audit/*-sample.tsv"):
        if f.endswith("narr20-sample.tsv"):  # this lane's own draw
            continue
        for line in open(f):
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            for i in range(len(parts) - 1):
                if parts[i].startswith(("abp-", "bbc-")) and parts[i + 1].isdigit():
                    pairs.add((parts[i], int(parts[i + 1])))
                    break
    return pairs


def main(big2, big, out):
    excl = excluded_pairs()
    p2, p1 = pool(big2, excl), pool(big, excl)
    print(len(p2), len(p1), file=sys.stderr)
    if len(p2) >= 100:
        sample = random.Random(SEED).sample(p2, 100)
    else:
        sample = p2 + random.Random(SEED).sample(p1, 100 - len(p2))
    json.dump(sample, open(out, "w"))


if __name__ == "__main__":
    main(*sys.argv[1:4])
