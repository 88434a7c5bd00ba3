"""A news agency's photo caption set into a story: a paragraph that ends on the agency's credit
and its photographer ("… in Brussels, Belgium April 11, 2019. REUTERS/Jane Doe", "…
REUTERS/Jane Doe/File Photo", "… AFP/Jane Doe"). It describes a picture, not the story: no one
in it, photographer or pictured, is the antecedent of a he/she in the story after it.

Round 44, lane wrongname27 (big2 sample and a scan of big + big2): "“…,” she added" right after
a caption went to its photographer instead of the prime minister the paragraph before is about,
and "“…,” he told Reuters" went to the photographer of a file photo placed between an oil
official and his words. The pronoun search skips such a paragraph as it skips a byline."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.furniture import CAPTION_CREDIT_MARKERS
from ..thresholds.layout import PHOTO_CREDIT_NAME_WORDS, PHOTO_CREDIT_TAIL_CHARS
from .photo_credit_names import US_CREDIT_RE, marked_credit

# the credit closing the paragraph: an agency in capitals, a slash, a capitalised name, and
# optionally "/File Photo" or "/Pool"
_CREDIT_RE = re.compile(r"\b(?:REUTERS|AFP|AP|EPA|Getty Images)/[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)"
                        rf"{{0,{PHOTO_CREDIT_NAME_WORDS - 1}}}"
                        r"(?:/(?:File Photo|File|Pool|Handout))?\s*$")


def photo_caption(lay: Any, si: int) -> bool:
    """Sentence ``si`` lies in a paragraph that ends on a news agency's photo credit."""
    lo, hi = lay.para_of_pos[lay.sentences[si].para]
    lo = max(lo, hi - PHOTO_CREDIT_TAIL_CHARS)
    # the credit's slash first, by str.find: asked for each sentence a he/she looks back over
    # (7,595 times on the 500 BBC articles), the search found a credit in none; the slash is
    # in every credit, so the answers are the same (0.012 -> 0.002 s; round 61, lane speed62)
    return lay.text.find("/", lo, hi) != -1 and (_CREDIT_RE.search(lay.text, lo, hi) is not None
                                                 or _marked_caption(lay.text, lo, hi))


def _marked_caption(text: str, lo: int, hi: int) -> bool:
    """The paragraph ends on a photographer's credit, US order, after a caption's marker ("(Photo:
    Jo Doe/AP)", "Photograph: Jo Doe/EPA", "| Jo Doe/AP Photo"). Round 81, lane pron93 (draw I):
    "“…,” he said" after a caption of a grieving fiancée ending "(Photo: <photographer>/AP)" went
    to the photographer, and with him set aside (photo_credit_names.py) to the fiancée pictured,
    not the union head quoted above. Unmarked credits ("… in Baltimore. (Jo Doe/CQ Roll Call)")
    do not make a caption: skipping those lost a candidate's and a reporter's words on draw I."""
    m = US_CREDIT_RE.search(text, lo, hi)
    return m is not None and marked_credit(text, m.start(), CAPTION_CREDIT_MARKERS)
