"""Round 35, lane titles17: draw 160 quotations typed speech or term from main's output on the
974 corpus articles (the lead's big-m37.jsonl, first argument; articles in the folder given as
second argument) whose text is in title case (2 to 10 words, its first capitalised and at least
three in four of its words outside a short list of function words capitalised) or that sit within 60 characters of a work noun or a naming word
(film, book, song, album, show, series, report, article, column, essay, podcast, play,
documentary, episode, titled, called, entitled, ...), excluding the (id, s) pairs of the
titles15, terms15 and kindspeech16 samples; random.Random(20261239).sample in file order.
Prints a TSV of the drawn items; the pool size goes to stderr."""

import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import AUDIT, judged_pairs, seeded_sample  # noqa: E402  (eval/real/tools/draws.py)

SEED = 20261239
EARLIER = ["titles15-sample.tsv", "terms15-sample.tsv", "kindspeech16-sample.tsv"]
WORK = re.compile(
    r"\b(films?|movies?|books?|novels?|memoirs?|songs?|albums?|singles?|shows?|series|reports?|"
    r"articles?|columns?|essays?|podcasts?|plays?|musicals?|documentar(?:y|ies)|episodes?|poems?|"
    r"op-eds?|headlines?|exhibitions?|anthology|programmes?|programs?|segments?|titled|called|"
    r"entitled|named|dubbed|headlined|bills?)\b", re.I)


SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
         "as", "but", "nor", "vs", "vs."}


def title_case(text):
    words = [w.strip("\"'“”‘’()[],.:;!?…") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if not 2 <= len(text.split()) <= 10 or not words or not words[0][0].isupper():
        return False
    content = [w for w in words if w.lower() not in SMALL]
    return bool(content) and sum(w[0].isupper() for w in content) * 4 >= 3 * len(content)


def main():
    seen = judged_pairs(AUDIT / name for name in EARLIER)
    arts = Path(sys.argv[2])
    cache = {}
    pool = []
    for line in open(sys.argv[1]):
        q = json.loads(line)
        if q["kind"] not in ("speech", "term") or (q["id"], q["s"]) in seen:
            continue
        if q["id"] not in cache:
            cache[q["id"]] = (arts / f"{q['id']}.txt").read_text()
        art = cache[q["id"]]
        near = art[max(0, q["s"] - 60): q["s"]] + " " + art[q["e"]: q["e"] + 60]
        if title_case(q["text"]) or (len(q["text"].split()) <= 12 and WORK.search(near)):
            pool.append(q)
    drawn = seeded_sample(pool, 160, SEED)
    print(f"# pool {len(pool)}", file=sys.stderr)
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["item", "id", "s", "e", "text", "kind", "speaker", "cue", "kev"])
    for i, q in enumerate(drawn):
        w.writerow([i, q["id"], q["s"], q["e"], q["text"].replace("\n", " "), q["kind"],
                    q["speaker"] or "", q["cue"] or "", "; ".join(q["kev"])])


main()
