"""Round 37, lane kind20: the targeted corpus check's articles. Every AllSides and BBC article
(under $ONRECORD_SHARED/data/corpora) outside the attribution splits' lists, final17/19/20 and
big/big2 whose title and text hold a stock saying before marks ("the old saying “", "the adage
that “") or a capitalised name in marks before a cast noun ("“…” star", "actor", "contestant");
shuffled with random.Random(20261264), the first 150 written to the folder given as the only
argument (title, blank line, text, cut at 20,000 characters). Ids: kind20-targeted-ids.txt."""

import glob
import json
import lzma
import os
import random
import re
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ["ONRECORD_SHARED"]) / "data" / "corpora"
SAY = re.compile(r"\b(?:the|an?|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:saying|adage|maxim|dictum|proverb|aphorism|"
                 r"axiom|truism|clich[eé])(?:\s+(?:that|is|was|goes))?\s*[,:]?\s*[\"“‘']")
CAST = re.compile(r"[A-Z][^\"“”\n]{0,60}[\"”’']\s+(?:star|stars|co-star|actor|actress|contestant|contestants|alum|"
                  r"alumnus|alumna)\b")


def excluded():
    ids = set()
    for f in glob.glob(str(REAL / "attribution" / "articles*.tsv")):
        ids |= {row.split("\t")[0].strip() for row in open(f) if not row.startswith(("#", "id\t"))}
    for name in ("final17", "final19", "final20", "big", "big2"):
        ids |= {l.strip() for l in open(REAL / "audit" / f"{name}-articles.txt") if l.strip()}
    return ids


def records():
    with lzma.open(CORPORA / "allsides_news_2012_2020" / "articles.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            yield (a["id"] if a["id"].startswith("abp-") else "abp-" + a["id"]), a
    for line in open(CORPORA / "bbc_news_2004_2005" / "articles.jsonl"):
        a = json.loads(line)
        yield a["id"], a


def main():
    skip, hits = excluded(), []
    for i, a in records():
        body = (a.get("title") or "") + "\n\n" + a["text"]
        if i not in skip and (SAY.search(body) or CAST.search(body)):
            hits.append((i, body))
    random.Random(20261264).shuffle(hits)
    out = Path(sys.argv[1])
    for i, body in hits[:150]:
        (out / f"{i}.txt").write_text(body[:20000])
    print(len(hits), "articles hold a construct; 150 written", file=sys.stderr)


main()
