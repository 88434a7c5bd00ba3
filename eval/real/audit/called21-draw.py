"""Round 38, lane called21: draw 100 quotations from main's output (50d118c) on big2 and big
(the lead's big2-r37.jsonl then big-r37.jsonl, file order) whose 40 characters before the
opening mark hold a naming word (called, known as, dubbed, named, nicknamed, labelled/labeled,
billed as, branded), any kind, excluding the (id, s) pairs of every earlier
eval/real/audit/*-sample.tsv; random.Random(20261272).sample. Prints a TSV with the 40
characters before the mark.

Usage: called21-draw.py BIG2_JSONL BIG2_DIR BIG_JSONL BIG_DIR"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED = 20261272
N = 100
NAMING = re.compile(
    r"\b(?:called|known\s+as|dubbed|named|nicknamed|label(?:l)?ed|billed\s+as|branded)\b",
    re.IGNORECASE,
)


def pool(pairs, jsonl, folder):
    out, texts = [], {}
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            q = json.loads(line)
            if (q["id"], q["s"]) in pairs:
                continue
            if q["id"] not in texts:
                texts[q["id"]] = (Path(folder) / f"{q['id']}.txt").read_text(encoding="utf-8")
            text = texts[q["id"]]
            before = text[max(0, q["s"] - 41) : q["s"] - 1]
            if NAMING.search(before):
                out.append((q, before))
    return out


def main():
    pairs = judged_pairs(p for p in sample_files() if not p.name.startswith("called21"))
    items = pool(pairs, sys.argv[1], sys.argv[2]) + pool(pairs, sys.argv[3], sys.argv[4])
    print(f"# pool {len(items)}", file=sys.stderr)
    print("id\ts\te\tkind\tspeaker\tbefore\ttext")
    for q, before in seeded_sample(items, N, SEED):
        cells = [q["id"], str(q["s"]), str(q["e"]), q["kind"], q["speaker"] or "",
                 before.replace("\n", " ").replace("\t", " "), q["text"].replace("\t", " ")]
        print("\t".join(cells))


if __name__ == "__main__":
    main()
