"""A photographer credited after the picture, US style, behind a marker ("(Photo: Jo Doe/AP)",
"Photograph: Jo Doe/EPA", "| Jo Doe/AP Photo", "[ Jo Doe/Reuters]", "Previous Next Jo Doe/Getty
Images", "toggle caption Jo Doe/NPR"; lexicon/furniture.PHOTO_CREDIT_MARKERS). The name took
pictures; it is never the antecedent of a he/she in the story after it.

Round 81, lane pron93 (draw I, main's he/she bindings to a name that was no sentence subject):
"“…,” he said" right after a slideshow's "Previous Next <photographer>/Getty Images" went to the
photographer instead of the president the captions were about, and "“…,” he said" after "[
<photographer>/Reuters]" to the photographer instead of the official quoted above it.
photo_captions.py skips a whole paragraph that ends on a credit, agency first ("REUTERS/Jane
Doe") or after a caption marker; here only the credited mention is set aside, since a
slideshow's caption carries the story's own sentences before the credit ("When he spoke …, he
highlighted …"), and skipping those paragraphs left the president's words to nobody."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.furniture import PHOTO_CREDIT_MARKERS
from ..thresholds.layout import PHOTO_CREDIT_BEFORE_CHARS, PHOTO_CREDIT_NAME_WORDS, PHOTO_CREDIT_TAIL_CHARS

# a credit closing its line: two to four capitalised words, the slash, then only capitalised
# words, slashes or another such credit ("Jo Doe/NPR Jo Doe/NPR"), and a closing bracket
US_CREDIT_RE = re.compile(r"\b[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)"
                          rf"{{1,{PHOTO_CREDIT_NAME_WORDS - 1}}}"
                          r"/[A-Z][\w.&’'-]*(?:[\s/]+[A-Z][\w.&’'-]*)*\s*[)\]]?\s*$")

# the credit just before another, name and agency, up to the next name ("Jo Doe/NPR ")
_CREDIT_BEFORE_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)"
                               rf"{{1,{PHOTO_CREDIT_NAME_WORDS - 1}}}/[A-Z][\w.&’'-]*$")


def marked_credit(text: str, start: int, markers: tuple[str, ...] = PHOTO_CREDIT_MARKERS) -> bool:
    """``start`` opens a credit after one of ``markers`` (a space or none between)."""
    lo = max(0, start - PHOTO_CREDIT_BEFORE_CHARS)
    before = text[lo:start].rstrip()
    if before.lower().endswith(markers):
        return True
    # or right after such a credit: NPR prints it twice ("toggle caption Jo Doe/NPR Jo Doe/NPR")
    prev = _CREDIT_BEFORE_RE.search(before)
    return prev is not None and marked_credit(text, lo + prev.start(), markers)


def credited_name(lay: Any, start: int, end: int) -> bool:
    """The mention at ``start:end`` is a photographer's credit ("Jo Doe/AP") that closes its
    line within PHOTO_CREDIT_TAIL_CHARS characters, behind a marker."""
    text = lay.text
    if end >= len(text) or text[end] != "/":
        return False  # the slash is in every credit: asked first, cheaply
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi  # the line's end: a caption is a paragraph of its own line
    if hi - end > PHOTO_CREDIT_TAIL_CHARS or not marked_credit(text, start):
        return False
    m = US_CREDIT_RE.search(text, start, hi)
    return m is not None and m.start() == start
