"""Round 38, lane called21: the targeted corpus check's articles. Every AllSides and BBC article
(under $ONRECORD_SHARED/data/corpora) outside the attribution splits' lists, final17/19/20 and
big/big2 whose title and text hold a one-word naming participle after a lower-case word or a
comma with at most an article before the marks ("links called “", "The group, called the “",
"an ad labeled “"), a contracted "is" of a thing before "called" ("That's called the “") or
"known as" before marks; shuffled with random.Random(20261272), the first 150 written to the
folder given as the only argument (title, blank line, text, cut at 20,000 characters). Ids:
called21-targeted-ids.txt. (Adapted from kind20-targeted.py.)"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import targeted_articles  # noqa: E402

PARTICIPLE = re.compile(r"(?:\b[a-z][\w-]*|,)\s+(?:called|label(?:l)?ed|named|dubbed|branded|nicknamed)\s+"
                        r"(?:(?:the|an?)\s+)?[\"“‘]")
THING_IS = re.compile(r"\b(?:[Tt]hat|[Ii]t|[Tt]his|[Ww]hat)['’]s\s+(?:\w+ly\s+)?called\s+(?:(?:the|an?)\s+)?[\"“‘]")
KNOWN = re.compile(r"\bknown\s+as\s+(?:(?:the|an?)\s+)?[\"“‘]")


def main():
    held, hits = targeted_articles(lambda body: bool(PARTICIPLE.search(body) or THING_IS.search(body) or KNOWN.search(body)), 20261272, 150)
    out = Path(sys.argv[1])
    for i, body in hits:
        (out / f"{i}.txt").write_text(body[:20000])
    print(held, "articles hold a construct; 150 written", file=sys.stderr)


main()
