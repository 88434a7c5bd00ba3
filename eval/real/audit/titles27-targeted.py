"""Round 44, lane titles27: the targeted corpus check's articles. Every AllSides and BBC article
(under $ONRECORD_SHARED/data/corpora) outside the attribution splits' lists, every taken id
(draws.taken_article_ids) and final17/19/20, big and big2, whose title and text hold a quoted
capitalised name ending on "Day(s)" or a weekday ("“Lifeboat Crew Day”", "‘Black Tide Sunday’")
or words in marks right after "search(es|ed) (results) for|on"; shuffled with
random.Random(20261601), the first 150 written to the folder given as the only argument (title,
blank line, text, cut at 20,000 characters). Ids: titles27-targeted-ids.txt."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import taken_article_ids, targeted_articles  # noqa: E402

DAY = r"(?:Days?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)"
CONSTRUCT = re.compile(r"[\"“‘'][A-Z][\w’'.\- ]{0,50}\s" + DAY + r"[.,]?[\"”’']"
                       r"|\b(?i:search(?:es|ed|ing)?(?:\s+(?:results|queries|terms?))?\s+(?:for|on))\s+[\"“‘']")


def main():
    taken = taken_article_ids()
    held, hits = targeted_articles(lambda body: bool(CONSTRUCT.search(body)), 20261601, 400)
    hits = [(i, body) for i, body in hits if i not in taken][:150]
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for i, body in hits:
        (out / f"{i}.txt").write_text(body[:20000])
    print(held, "articles hold the construct;", len(hits), "written", file=sys.stderr)


main()
