"""Round 50, lane titlespeech50: the pool of quotations typed speech that may be titles.

Pool: quotations main (d0dd020) typed speech on big2, big and the lane's 300 random unread
AllSides articles, of at most 12 words, that are (a) in title case (2-12 words, the first
capitalised, and at least three in four of the later words outside FUNCTION capitalised, at
least one such word) or (b) with a work noun or naming word (WORK below) among the four words
before the opening mark or the two after the closing one, less every (id, s) pair of an earlier
sample. (A first draft, any work noun within 60 characters, drew mostly plain speech near
"plan", "act", "called": redrawn before any item was judged.) Draw: random.Random(20265050).sample of 100, in pool order.
Usage: python titlespeech50-draw.py BIG2_DIR BIG2.jsonl BIG_DIR BIG.jsonl RANDOM_DIR RANDOM.jsonl > draw.tsv
(each folder of <id>.txt articles beside main's dump of it: the lead's big2/ and big-r50 etc.)
"""
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import draws  # noqa: E402

SEED = 20265050
FUNCTION = set("a an the of and or in on at to for with by from as is are was be it its that this but not no".split())
WORK = re.compile(
    r"\b(film|movie|book|novel|memoir|song|album|show|series|episode|documentary|report|bill|Act|"
    r"programme|program|column|headline|headlined|op-ed|article|essay|podcast|titled|"
    r"entitled|dubbed|poem|play|video|ad|advert|initiative|study|segment|"
    r"editorial|chapter|sequel|anthem|slogan|sign|banner|t-shirt|hashtag|caption)s?\b")


def title_case(text: str) -> bool:
    words = re.findall(r"[\w'’&.-]+", text)
    if not 2 <= len(words) <= 12 or not words[0][:1].isupper():
        return False
    content = [w for w in words[1:] if w.lower() not in FUNCTION]
    return bool(content) and sum(w[:1].isupper() or w[:1].isdigit() for w in content) >= 0.75 * len(content)


def main() -> None:
    # (this lane's own sample left out, so that the draw reads the same after it is committed)
    taken = draws.judged_pairs(p for p in draws.sample_files() if not p.name.startswith("titlespeech50-"))
    pool = []
    args = sys.argv[1:7]
    folders = dict(zip(("big2", "big", "random"), args[0::2]))
    for src, path in zip(("big2", "big", "random"), args[1::2]):
        for line in open(path, encoding="utf-8"):
            q = json.loads(line)
            if q["kind"] != "speech" or (q["id"], q["s"]) in taken:
                continue
            if len(q["text"].split()) > 12:
                continue
            art = Path(folders[src], q["id"] + ".txt").read_text(encoding="utf-8")
            near = " ".join(art[max(0, q["s"] - 80):q["s"]].split()[-4:]) + " | " + " ".join(art[q["e"]:q["e"] + 40].split()[:2])
            why = "titlecase" if title_case(q["text"]) else ("worknoun" if WORK.search(near) else None)
            if why:
                pool.append((src, q, why))
    print(f"# pool {len(pool)}", file=sys.stderr)
    picked = random.Random(SEED).sample(range(len(pool)), 100)
    for i in sorted(picked):
        src, q, why = pool[i]
        print("\t".join([src, q["id"], str(q["s"]), str(q["e"]), why, q["kind"], str(q["speaker"]),
                         q["text"].replace("\t", " ").replace("\n", " "), "; ".join(q["kev"])[:120]]))


if __name__ == "__main__":
    main()
