"""Round 44, lane titles27: the pool of title-case quotations main (9e7f003/efe0787) typed on
big2 then big (arguments: big2-r43.jsonl, its article folder, big-r43.jsonl, its article folder)
in fresh15's two largest title constructs, and a seeded draw of up to 100 of them
(random.Random(20261601).sample). A quotation (2 to 12 words, its words capitalised but small
function words, its first word capitalised) is in the pool when it is

- C1, typed title by a weak title-case reading (fresh15: 20 names of events, bodies, page labels
  and slogans typed title): title case alone, after a possessive, right after "on", after or
  ending in a work noun, or "names the … that follows it";
- C2, typed speech by the length default or a reporting verb (fresh15: 11 titles typed speech).

Excludes the (id, s) pairs of every earlier audit/*-sample.tsv. Prints a TSV; counts to stderr."""

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402

SEED = 20261601
SMALL = set("a an the of and or for to in on at by with from as but nor vs is are".split())
WEAK_TITLE = ("title case, no reporting verb", "title case after the possessive", "title case right after 'on'",
              "title case after the work noun", "title case ending in the work noun", "names the ")
SPEECH = (" words: a statement", "reporting verb ", "a whole sentence standing")


def title_case(t):
    ws = re.findall(r"[A-Za-z0-9][\w'’.&-]*", t)
    return 2 <= len(ws) <= 12 and ws[0][0].isupper() and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in SMALL for w in ws)


def construct(q):
    kev = (q["kev"] or [""])[0]
    if q["kind"] == "title" and kev.startswith(WEAK_TITLE):
        return "C1"
    if q["kind"] == "speech" and any(s in kev for s in SPEECH):
        return "C2"
    return None


def main(argv):
    taken = judged_pairs(sample_files())
    pool, counts = [], collections.Counter()
    for dump, folder in zip(argv[::2], argv[1::2]):
        for line in open(dump, encoding="utf-8"):
            q = json.loads(line)
            c = construct(q) if title_case(q["text"]) else None
            if c and (q["id"], q["s"]) not in taken:
                q["c"], q["folder"] = c, folder
                pool.append(q)
                counts[c] += 1
    draw = seeded_sample(pool, min(100, len(pool)), SEED)
    print(f"pool {len(pool)} {dict(counts)}", file=sys.stderr)
    for q in draw:
        text = Path(q["folder"], q["id"] + ".txt").read_text(encoding="utf-8")
        ctx = (text[max(0, q["s"] - 160):q["s"]] + "[[" + text[q["s"]:q["e"]] + "]]" + text[q["e"]:q["e"] + 100])
        print("\t".join([q["id"], str(q["s"]), q["c"], q["text"], q["kind"], q["speaker"] or "",
                         (q["kev"] or [""])[0], ctx.replace("\n", " ¶ ").replace("\t", " ")]))


if __name__ == "__main__":
    main(sys.argv[1:])
