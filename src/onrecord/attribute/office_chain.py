"""A long office title with commas read as joint speakers. "Culture, Media and Sport Secretary
Tessa X who said" and "said Science, Space and Technology Committee Chairman Lamar Y" split on
the comma and the "and" into the speakers "Culture", "Media" and the titled name, and the first
one spoke (real-news tuning split fresh2, round 15; the unannotated corpus writes "Education,
Labor and Pensions Committee", "Banking, Housing and Urban Affairs Committee", "Health and
Human Services Secretary" dozens of times). The words before the titled name are the office's
portfolio when they run straight into it and the article never writes them anywhere else;
"Hollis, Brant and Defence Secretary Mary Z said" keeps its three speakers, since surnames
come back elsewhere in the article."""

from __future__ import annotations

import re

from ..lexicon.titles import TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .cues import ORG_WORDS
from .phrase import Part

# what stands between two portfolio parts: commas, "and", and capitalised portfolio words the
# phrase reader folded into neither part ("Education, Labor and Pensions Committee Chairman X":
# "Labor and" lies between "Education" and the titled name)
_GAP_RE = re.compile(r"(?:\s*,\s*|\s+(?:and|&)\s+|\s*[A-Z][\w’'-]*\s*)+")
_GAP_WORD_RE = re.compile(r"[A-Z][\w’'-]*")


def office_parts(text: str, parts: list[Part]) -> list[Part]:
    """``parts`` without the portfolio words of the last part's office title, if they are."""
    if len(parts) < 2 or any(p.kind != "name" for p in parts):
        return parts
    if not all(text.startswith(p.text, p.start) for p in parts) or not _titled(parts[-1].text):
        return parts
    words: list[str] = []
    for a, b in zip(parts, parts[1:]):
        gap = _GAP_RE.fullmatch(text, a.start + len(a.text), b.start)
        if gap is None:
            return parts
        words += _GAP_WORD_RE.findall(gap.group())
    for p in parts[:-1]:
        own = p.text.split()
        if len(own) > NAME_WORDS.max_portfolio_words or any(w.lower().strip(".") in TITLE_WORDS for w in own):
            return parts
        words += own
    chain_start, chain_end = parts[0].start, parts[-1].start + len(parts[-1].text)
    if any(_written_elsewhere(text, w, chain_start, chain_end) for w in words):
        return parts
    return parts[-1:]


def _titled(name: str) -> bool:
    """A title or a body's word before the last word: "Sport Secretary Tessa X"."""
    return any(w.lower().strip(".") in TITLE_WORDS or w.lower() in ORG_WORDS for w in name.split()[:-1])


def _written_elsewhere(text: str, word: str, start: int, end: int) -> bool:
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])", text):
        if not start <= m.start() < end:
            return True
    return False
