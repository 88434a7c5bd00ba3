"""Round 51, lane orgdesc51: the 300 random unread AllSides articles (seed 51051205) and the
seeded sample of speech quotations whose subject is a body's description or name (seed 51051206).

    ONRECORD_SHARED=... python eval/real/audit/orgdesc51-draw.py random OUTDIR
    python eval/real/audit/orgdesc51-draw.py sample BIG2.jsonl BIG.jsonl RANDOM.jsonl
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

RANDOM_SEED = 51051205
SAMPLE_SEED = 51051206
# a definite description of a body or a document, or "the X administration", as the speaker
# description onrecord recorded, or a body's name the evidence shows unresolved
DESC = re.compile(r"^(?:the|The)\s+(?:[\w’'.-]+\s+){0,3}?(agency|group|study|authors|administration|court|report|"
                  r"lawsuit|guidance|organi[sz]ation|department|committee|commission|board|panel|council|"
                  r"memo|letter|survey|poll|paper|ruling|complaint|statement|analysis|filing|company|firm|"
                  r"campaign|union|ministry|office|bureau|government|party|coalition|foundation|institute|"
                  r"association|center|centre|network|newspaper|magazine|outlet|website|site|researchers|"
                  r"justices|judge|order|decision|bill|plan|proposal|rule|policy|document|audit|review)$")

EVID = re.compile(r"(?:description|document) '([^']+)'")


def main() -> None:
    if sys.argv[1] == "random":
        ids = draws.draw_unread(sys.argv[2], RANDOM_SEED, {"allsides": 300})
        print("\n".join(ids))
        return
    taken = draws.judged_pairs(draws.sample_files())
    pool = []
    for path in sys.argv[2:]:
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            if r["kind"] != "speech" or (r["id"], r["s"]) in taken:
                continue
            descs = [(r.get("desc") or "").strip()]
            descs += [m.group(1) for a in r["aev"] for m in [EVID.match(a)] if m]
            if any(DESC.match(d) for d in descs):
                pool.append((path.split("/")[-1], r["id"], r["s"]))
    pool.sort()
    print(len(pool), file=sys.stderr)
    for src, i, s in draws.seeded_sample(pool, 100, SAMPLE_SEED):
        print(src, i, s, sep="\t")


if __name__ == "__main__":
    main()
