"""Round 41, lane titles25: the targeted corpus check's articles. Every AllSides and BBC article
(under $ONRECORD_SHARED/data/corpora) outside the attribution splits' lists, every taken id
(draws.taken_article_ids: fresh13, fresh14, the audits) and final17/19/20, big and big2, whose
title and text hold a capitalised phrase in marks with a colon and a subtitle opening on an
article or a capitalised -ing word ("“Main Title: A Subtitle”"); shuffled with
random.Random(20261404), the first 150 written to the folder given as the only argument (title,
blank line, text, cut at 20,000 characters). Ids: titles25-targeted-ids.txt."""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import taken_article_ids, targeted_articles  # noqa: E402

COLON_TITLE = re.compile(r"[\"“‘'][A-Z][^\"“”\n:]{0,60}:\s+(?:A|An|The|[A-Z][a-z]+ing)\s+[A-Z]")


def main():
    taken = taken_article_ids()
    held, hits = targeted_articles(lambda body: bool(COLON_TITLE.search(body)), 20261404, 400)
    hits = [(i, body) for i, body in hits if i not in taken][:150]
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for i, body in hits:
        (out / f"{i}.txt").write_text(body[:20000])
    print(held, "articles hold the construct;", len(hits), "written", file=sys.stderr)


main()
