"""Round 41, lane frag24: draw 150 quotations typed scare by the fall-through default for short
fragments credited to nobody (first kind evidence "1-word / 2-word / 3-word fragment credited to
nobody" or "one word in marks modifying the noun after it, credited to nobody") from main's
output (10038c5) on the 600 big2 corpus articles (the lead's big2-r41.jsonl, first argument),
file order, excluding the (id, s) pairs of every earlier eval/real/audit/*-sample.tsv. big2 holds
fewer than 150, so all of them are taken and the rest drawn from main's output on the 974 big
articles (big-r41.jsonl, second argument) with random.Random(20261401).sample; the 150 are then
put in one order by random.Random(20261401).shuffle, so the first 100 (where the rules are
decided) and the last 50 (where they are confirmed) are both random parts of the sample.
Prints a TSV (item, id, s, e, text, kind, kev, source)."""

import csv
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED = 20261401
RULES = re.compile(r"^(?:[123]-word fragment credited to nobody"
                   r"|one word in marks modifying the noun after it, credited to nobody)$")


def pool(path, seen, source):
    out = []
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        if q["kev"] and RULES.match(q["kev"][0]) and (q["id"], q["s"]) not in seen:
            out.append(dict(q, source=source))
    return out


def main():
    seen = judged_pairs(p for p in sample_files() if not p.name.startswith("frag24"))
    first, second = pool(sys.argv[1], seen, "big2"), pool(sys.argv[2], seen, "big")
    drawn = first + seeded_sample(second, 150 - len(first), SEED)
    random.Random(SEED).shuffle(drawn)
    print(f"# pool big2 {len(first)} (all taken), big {len(second)}", file=sys.stderr)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["item", "id", "s", "e", "text", "kind", "kev", "source"])
    for i, q in enumerate(drawn):
        w.writerow([i, q["id"], q["s"], q["e"], q["text"].replace("\n", " "), q["kind"], q["kev"][0], q["source"]])


main()
