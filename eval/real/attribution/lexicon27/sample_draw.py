"""Draw lexicon27's judged sample: the big2 and big quotations (main's output, big2-r43.jsonl and
big-r43.jsonl; big2 alone held one unjudged candidate, the other 28 were in earlier samples) that the
rarity rule would change, i.e. typed scare, at most 4 words, whose rarest word has a wordfreq
Zipf frequency below 3.0 (the rule measured on the tuning splits by probe.py).
Pairs already judged in eval/real/audit/*-sample.tsv are left out; seed 20261504.

usage: python sample_draw.py WORDFREQ_PATH OUT.tsv JSONL:ARTICLES_DIR [JSONL:ARTICLES_DIR ...]
Writes the rows to judge (verdict, right kind and mechanism left blank, filled by reading).
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "tools"))

from draws import judged_pairs, sample_files, seeded_sample  # noqa: E402
from probe import norm_words  # noqa: E402

SEED, MAX_N, MAX_WORDS, ZIPF_BELOW = 20261504, 100, 4, 3.0


def main(wf_path, out, *sources):
    sys.path.insert(0, wf_path)
    from wordfreq import zipf_frequency
    taken = judged_pairs(sample_files())
    pool = []
    for source in sources:
        jsonl, arts = source.split(":")
        pool.extend(candidates(jsonl, arts, taken, zipf_frequency))
    pool.sort(key=lambda t: (t[0]["id"], t[0]["s"]))
    draw = seeded_sample(pool, min(MAX_N, len(pool)), SEED)
    write(out, draw)
    print(f"pool {len(pool)}, drawn {len(draw)}")


def candidates(jsonl, arts, taken, zipf_frequency):
    pool = []
    for line in open(jsonl, encoding="utf-8"):
        r = json.loads(line)
        r["arts"] = arts
        words = norm_words(r["text"])
        if r["kind"] != "scare" or not words or len(words) > MAX_WORDS:
            continue
        if (r["id"], r["s"]) in taken:
            continue
        zs = [zipf_frequency(w, "en") for w in words]
        if min(zs) < ZIPF_BELOW:
            pool.append((r, words[zs.index(min(zs))], min(zs)))
    return pool


def write(out, draw):
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("id\ts\te\ttext\tours\trare_word\tzipf\tverdict\tright_kind\tmechanism\tcontext\n")
        for r, word, z in draw:
            text = (Path(r["arts"]) / f"{r['id']}.txt").read_text(encoding="utf-8")
            ctx = text[max(0, r["s"] - 200): r["e"] + 120].replace("\n", " ").replace("\t", " ")
            fh.write(f"{r['id']}\t{r['s']}\t{r['e']}\t{r['text']}\t{r['kind']}\t{word}\t{z:.2f}"
                     f"\t\t\t\t{ctx}\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
