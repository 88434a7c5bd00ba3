"""Round 37, lane kind20: the targeted corpus check's articles. Every AllSides and BBC article
(under $ONRECORD_SHARED/data/corpora) outside the attribution splits' lists, final17/19/20 and
big/big2 whose title and text hold a stock saying before marks ("the old saying “", "the adage
that “") or a capitalised name in marks before a cast noun ("“…” star", "actor", "contestant");
shuffled with random.Random(20261264), the first 150 written to the folder given as the only
argument (title, blank line, text, cut at 20,000 characters). Ids: kind20-targeted-ids.txt."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import targeted_articles  # noqa: E402

SAY = re.compile(r"\b(?:the|an?|that|this)\s+(?:[\w'’-]+\s+){0,3}?(?:saying|adage|maxim|dictum|proverb|aphorism|"
                 r"axiom|truism|clich[eé])(?:\s+(?:that|is|was|goes))?\s*[,:]?\s*[\"“‘']")
CAST = re.compile(r"[A-Z][^\"“”\n]{0,60}[\"”’']\s+(?:star|stars|co-star|actor|actress|contestant|contestants|alum|"
                  r"alumnus|alumna)\b")


def main():
    held, hits = targeted_articles(lambda body: bool(SAY.search(body) or CAST.search(body)), 20261264, 150)
    out = Path(sys.argv[1])
    for i, body in hits:
        (out / f"{i}.txt").write_text(body[:20000])
    print(held, "articles hold a construct; 150 written", file=sys.stderr)


main()
