"""Round 47, lane titles28: the pool of quotations main (97c2752) typed title by title case
alone (kind evidence "title case, no reporting verb in the sentence": fresh15's and the tuning
splits' largest term-typed-title reading, 11 of 23) on big2 then big (arguments: big2-r47.jsonl,
its article folder, big-r47.jsonl, its article folder), and a seeded draw of up to 100 of them
(random.Random(20261705).sample). Excludes the (id, s) pairs of every earlier audit/*-sample.tsv.
Prints a TSV with 160 characters of context either side; counts to stderr."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED = 20261705
READING = "title case, no reporting verb in the sentence"


def main(argv):
    taken = judged_pairs(sample_files())
    pool = []
    for dump, folder in zip(argv[::2], argv[1::2]):
        for line in open(dump, encoding="utf-8"):
            q = json.loads(line)
            if q["kind"] == "title" and (q["kev"] or [""])[0] == READING and (q["id"], q["s"]) not in taken:
                q["folder"] = folder
                pool.append(q)
    draw = seeded_sample(pool, min(100, len(pool)), SEED)
    print(f"pool {len(pool)}", file=sys.stderr)
    for q in draw:
        text = Path(q["folder"], q["id"] + ".txt").read_text(encoding="utf-8")
        ctx = (text[max(0, q["s"] - 160):q["s"]] + "[[" + text[q["s"]:q["e"]] + "]]" + text[q["e"]:q["e"] + 160])
        print("\t".join([q["id"], str(q["s"]), q["text"], q["kind"], q["speaker"] or "",
                         ctx.replace("\n", " ¶ ").replace("\t", " ")]))


if __name__ == "__main__":
    main(sys.argv[1:])
