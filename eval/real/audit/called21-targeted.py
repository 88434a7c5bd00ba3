"""Round 38, lane called21: the targeted corpus check's articles. Every AllSides and BBC article
(under $ONRECORD_SHARED/data/corpora) outside the attribution splits' lists, final17/19/20 and
big/big2 whose title and text hold a one-word naming participle after a lower-case word or a
comma with at most an article before the marks ("links called “", "The group, called the “",
"an ad labeled “"), a contracted "is" of a thing before "called" ("That's called the “") or
"known as" before marks; shuffled with random.Random(20261272), the first 150 written to the
folder given as the only argument (title, blank line, text, cut at 20,000 characters). Ids:
called21-targeted-ids.txt. (Adapted from kind20-targeted.py.)"""

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
PARTICIPLE = re.compile(r"(?:\b[a-z][\w-]*|,)\s+(?:called|label(?:l)?ed|named|dubbed|branded|nicknamed)\s+"
                        r"(?:(?:the|an?)\s+)?[\"“‘]")
THING_IS = re.compile(r"\b(?:[Tt]hat|[Ii]t|[Tt]his|[Ww]hat)['’]s\s+(?:\w+ly\s+)?called\s+(?:(?:the|an?)\s+)?[\"“‘]")
KNOWN = re.compile(r"\bknown\s+as\s+(?:(?:the|an?)\s+)?[\"“‘]")


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
        if i not in skip and (PARTICIPLE.search(body) or THING_IS.search(body) or KNOWN.search(body)):
            hits.append((i, body))
    random.Random(20261272).shuffle(hits)
    out = Path(sys.argv[1])
    for i, body in hits[:150]:
        (out / f"{i}.txt").write_text(body[:20000])
    print(len(hits), "articles hold a construct; 150 written", file=sys.stderr)


main()
