"""A reply turn of a quoted exchange (issue 11, round 49, lane exchange28): a quotation that
opens right after a quoted question in the same paragraph, nothing but the marks and spaces
between them, is another voice answering ("“Are you afraid of being fired?” “No, I am not,
Congressman.”" in a hearing's transcript). Without a cue of its own it must not go on in the
asker's voice, which is what the continuation rules gave it; the text does not say who
answers, so it is left null. A question right after a question is left alone: the asker going
on ("“Is that a no?” “Is that a yes?”") is as likely there as a new voice."""

from __future__ import annotations

import re
from typing import Any

# the close of one quotation and the open of the next, with only spaces or tabs between
# (a paragraph break or any word between is not a bare turn)
_BARE_GAP_RE = re.compile(r"[\u201d\u2019\"'][ \t]+[\u201c\u2018\"']")


def reply_turn(lay: Any, qi: int) -> bool:
    """Quotation ``qi`` answers the quoted question right before it, with nothing between."""
    if qi <= 0:
        return False
    q, prev = lay.quotes[qi], lay.quotes[qi - 1]
    if q.nested or prev.nested or prev.end > q.start:
        return False
    if not prev.text.rstrip().endswith("?") or q.text.rstrip().endswith("?"):
        return False
    return _BARE_GAP_RE.fullmatch(lay.text, prev.end, q.start) is not None
