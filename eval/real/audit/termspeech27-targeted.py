"""Round 44, lane termspeech27: the targeted corpus check's articles. Every AllSides and BBC
article outside the splits, the audit lists, big, big2 and ``draws.taken_article_ids()`` that
holds four to six words in double marks right after a determiner and right before a lowercase word that
is no function word or "said" ("a “mend it, don't end it” approach"); shuffled with seed 20261503, the first 120 written to
OUT_DIR (ids listed in termspeech27-targeted-articles.txt by the lane).
Usage: python termspeech27-targeted.py OUT_DIR
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from draws import taken_article_ids, targeted_articles  # noqa: E402

# double marks only: a word inside may hold an apostrophe ("don’t"), which single marks share
_W = r"[^\s\"\u201c\u201d]+"
_SHAPE = re.compile(r"\b(?:a|an|the|this|these|those|his|her|its|their|our|my|your)\s+[\"\u201c]"
                    + _W + r"(?:\s+" + _W + r"){3,5}(?<=[A-Za-z0-9])[\"\u201d]\s+"
                    r"(?!(?:said|says|he|she|they|it|and|or|but|to|in|of|for|on|at|by|with|from|as|that|is|was"
                    r"|are|were|the|a|an|will|would|has|have|had)\b)[a-z]")


def main(out: str) -> None:
    taken = taken_article_ids()
    held, hits = targeted_articles(lambda text: bool(_SHAPE.search(text)), 20261503, 320)
    hits = [(i, t) for i, t in hits if i not in taken][:120]
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in hits:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    print(held, "held;", len(hits), "written", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
