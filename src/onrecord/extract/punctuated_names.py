"""A short name in title case whose closing punctuation sits inside the marks ("the “Harbour
Fishing Rights Coalition,”", "the “Northern Iron Brotherhood.”"): American style puts a comma
or full stop inside the closing mark, which gives a name the shape of a whole sentence. The
title rules' reading of "the" + title case with no work noun (a body, group or era, a term)
skipped such names, and they fell through to a title (corpus audit, lane titles13: 65 of 79
changes right on 250 corpus articles holding the shape; most wrong ones were works one is
"in" or quotes "from": lexicon/work_contexts.py)."""

from __future__ import annotations

from ..lexicon.work_contexts import EVENT_OR_DOCUMENT_HEADS, WORK_BEFORE_THE
from .reading import _Reading


def punctuated_name(r: _Reading) -> bool:
    """Whether the quotation is a short name after "the" whose comma or full stop sits inside
    the marks (not a sentence), outside a work one is in, quotes from or wrote, and not the name
    of an event or a document."""
    if r.text.rstrip()[-1:] not in ",." or r.n > r.opts.term_max_words:
        return False
    if r.words and r.words[-1].strip(",.").lower() in EVENT_OR_DOCUMENT_HEADS:
        return False  # a rally, a newsletter, a briefing: an event or a work
    before = r.left.rstrip().split()
    return not (len(before) >= 2 and before[-2].lower() in WORK_BEFORE_THE)
