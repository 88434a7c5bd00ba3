"""A subheading in quotation marks is no continuation of the voice above it (issue 11, round 50,
lane chain50). "… she says. ¶ ‘Eat grits, be happy’ ¶ With few voters undecided, …": a short
line of its own whose quoted words end no sentence (labels.subheading) heads the section below;
it quotes a slogan, a phrase of the writer's, or words said below. Said below, labels.py gives it
that speaker after the article is read; otherwise the continuation gave it the speaker of the
paragraph above (on big, big2 and 300 random unread AllSides articles: a campaign manager for a
panel's "Get off Twitter", an economist for a president's refrain, a militia for a minister's
"talks dead" answer, a candidate for a T-shirt slogan). It keeps the voice above when a
quotation of the paragraphs above holds its words (a subheading echoing the statement before it),
and leaves a line with words of its own around the quotation alone.
"""

from __future__ import annotations

import re

from .labels import norm_words, subheading
from .layout import Layout
from ..thresholds.layout import LABEL

_WORDS = re.compile(r"\w")  # a letter or digit of the line outside the quotation
# "“3. Rename our towns …”": an item of a numbered list of one source's statements, no heading
# (a survey's items on big went null while the items around them kept their author)
_NUMBERED = re.compile(r"\s*\d{1,3}\s*[.)]\s")


def lone_quoted_subheading(lay: Layout, si: int, qi: int) -> bool:
    """Quotation ``qi`` of sentence ``si`` is a subheading whose words no named speech quotation
    of the paragraphs just above holds: no earlier voice goes on in it."""
    q = lay.quotes[qi]
    para = lay.sentences[si].para
    ps, pe = lay.para_of_pos[para]
    if not subheading(lay, q, (ps, pe)) or not _whole_line(lay, q.start, q.end, ps, pe) \
            or _NUMBERED.match(q.text):
        return False
    return not _said_above(lay, qi, para)


def _whole_line(lay: Layout, start: int, end: int, ps: int, pe: int) -> bool:
    """The quotation is all the line holds, marks aside: "Sweden's New ‘McCarthyism’" names its
    topic in the writer's words, and the tuning split credits its quoted word to the man who
    draws the comparison below (a continuation found him; left alone)."""
    return not _WORDS.search(lay.text[ps:start]) and not _WORDS.search(lay.text[end:pe])



def _said_above(lay: Layout, qi: int, para: int) -> bool:
    """A speech quotation with a speaker, within ``LABEL.subheading_paragraphs`` paragraphs
    above, holds the subheading's words ("… refight old arguments …" ¶ ‘Old arguments’)."""
    key = f" {norm_words(lay.quotes[qi].text)} "
    if not key.strip():
        return False
    since = lay.para_of_pos[max(0, para - LABEL.subheading_paragraphs)][0]
    return any(o.kind == "speech" and o.speaker and since <= o.start and key in f" {norm_words(o.text)} "
               for o in lay.quotes[:qi])
