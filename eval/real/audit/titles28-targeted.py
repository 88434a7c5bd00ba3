"""Round 47, lane titles28: the targeted corpus check's articles. Every AllSides article (under
$ONRECORD_SHARED/data/corpora; BBC left alone) outside the attribution splits' lists, every taken
id (draws.taken_article_ids) and final17/19/20, big and big2, whose title and text hold words in
marks in capitals (two words or more: "“SAVE THE PARK”") or capitalised words ending on "!"
("“Four More Years!”"); shuffled with random.Random(20261705), the first 150 written to the
folder given as the only argument (title, blank line, text, cut at 20,000 characters). Ids:
titles28-targeted-ids.txt."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import taken_article_ids, targeted_articles  # noqa: E402

CONSTRUCT = re.compile(r"[\"“‘][A-Z][A-Z’'.,\-]*(?:\s+[A-Z][A-Z’'.,\-!]*)+[.,!]?[\"”’]"
                       r"|[\"“‘][A-Z][\w’'\-]*(?:,?\s+[\w’'\-]+){1,6}![\"”’]")


def main():
    taken = taken_article_ids()
    held, hits = targeted_articles(lambda body: bool(CONSTRUCT.search(body)), 20261705, 2000)
    hits = [(i, body) for i, body in hits if i not in taken and i.startswith("abp-")][:150]
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for i, body in hits:
        (out / f"{i}.txt").write_text(body[:20000])
    print(held, "articles hold the construct;", len(hits), "written", file=sys.stderr)


main()
