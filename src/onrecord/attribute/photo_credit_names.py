"""A photographer credited after the picture, US style: "Name Surname/Agency" closing a caption
paragraph ("… Previous Next Jo Doe/Getty Images", "(Photo: Jo Doe/AP)", "| Jo Doe/AP Photo",
"[ Jo Doe/Reuters]", "toggle caption Jo Doe/NPR Jo Doe/NPR"). The name took pictures; it is
never the antecedent of a he/she in the story after it.

Round 81, lane pron93 (draw I, main's he/she bindings to a name that was no sentence subject):
"“…,” he said" right after a slideshow's "Previous Next <photographer>/Getty Images" went to the
photographer instead of the president the captions were about, and "“…,” he said" after "[
<photographer>/Reuters]" went to the photographer instead of the official quoted above it.
photo_captions.py reads only the agency-first form ("REUTERS/Jane Doe") and skips the whole
paragraph; here only the credited mention is set aside, since such a caption often carries
the story's own sentence before the credit ("When he spoke …, he highlighted …")."""

from __future__ import annotations

import re
from typing import Any

from ..thresholds.layout import PHOTO_CREDIT_TAIL_CHARS

# right after the name: the slash, a capitalised agency word, then only capitalised words,
# another such credit, slashes, a closing bracket or parenthesis up to the paragraph's end
_CREDIT_TAIL_RE = re.compile(r"/[A-Z][\w.&’'-]*(?:[\s/]+[A-Z][\w.&’'-]*)*\s*[)\]]?\s*$")


def credited_name(lay: Any, start: int, end: int) -> bool:
    """The mention at ``start:end`` is a photographer's credit ("Jo Doe/AP") that closes its
    line within PHOTO_CREDIT_TAIL_CHARS characters."""
    text = lay.text
    if end >= len(text) or text[end] != "/":
        return False  # the slash is in every credit: asked first, cheaply
    if len(text[start:end].split()) < 2:
        return False  # a credit gives the full name; "the Trump/Russia probe" is no credit
    hi = text.find("\n", end)
    hi = len(text) if hi == -1 else hi  # the line's end: a caption is a paragraph of its own line
    if hi - end > PHOTO_CREDIT_TAIL_CHARS:
        return False
    return _CREDIT_TAIL_RE.match(text, end, hi) is not None
