"""Round 41, lane termspeech25: the targeted corpus check's articles. Every AllSides and BBC
article outside the splits, the audit lists, big, big2 and ``draws.taken_article_ids()`` that
holds (a) a slogan's carrier with a verb of proclaiming right before marks ("a poster
trumpeting “…”", "T-shirts emblazoned with “…”"), or (b) two or three words in marks right
before a lowercase word after a concessive ("even though … “…” policy"), a comma-participle
(", many waving “…” signs") or a plural noun that a headline's verb could be read as ("clarifies
‘…’ comments"); shuffled with seed 20261405: every (a) article (the rare construct) and the
first 150 (b) articles written to OUT_DIR/carrier and OUT_DIR/modifier.
Usage: python termspeech25-targeted.py OUT_DIR
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import taken_article_ids, targeted_articles  # noqa: E402

_Q = r"[\"\u201c\u2018'][^\"\u201d\u2019'\n]{2,40}[\"\u201d\u2019']"
_CARRIER = re.compile(r"\b(?:signs?|placards?|banners?|posters?|billboards?|t-shirts?|shirts?|hats?|caps?|stickers?"
                      r"|flags?|buttons?|mugs?)(?:,? including one)? (?:proclaiming|declaring|trumpeting|bearing"
                      r"|emblazoned with|with the words?|(?:that|which) (?:proclaimed|declared|proclaims|declares"
                      r"|bore|bears))[,:]? " + _Q, re.IGNORECASE)
_MODIFIER = re.compile(r"(?:\b(?:even though|although|though|whereas|despite)\b[^.\n]{0,80}"
                       r"|,\s+(?:many|some|most|several|others)?\s*[a-z]+ing\s+(?:[^.\n]{0,40}\s)?)"
                       + r"[\"\u201c\u2018]\w+[ -]\w+(?: \w+)?[\"\u201d\u2019] [a-z]")


def main(out: str) -> None:
    taken = taken_article_ids()
    for name, pattern, n in (("carrier", _CARRIER, 1000), ("modifier", _MODIFIER, 150)):
        held, hits = targeted_articles(lambda text: bool(pattern.search(text)), 20261405, n + 200)
        hits = [(i, t) for i, t in hits if i not in taken][:n]
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        for doc_id, text in hits:
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        print(name, held, "held;", len(hits), "written", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
