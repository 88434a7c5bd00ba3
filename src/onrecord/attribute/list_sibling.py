"""A quotation listed right after another of its own sentence ("the court upheld the law as
serving the state's interest in “…” and “…”"; "participants gave these answers: “…,” “…” and
“…”") shares that quotation's lack of a name: when the first was left null by its own reading
(narration that names nobody, an unnamed group or voice), the next is no continuation of an
earlier speaker. Round 48, lane unnamed28: a lower court's and a focus group's listed words
went to the last person quoted paragraphs up, because a person named in the sentence (the
plaintiff, the pollster) kept narration_fragment.py from reading them as narration. Called by
continuation.py before any route."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import LIST_JOINERS


def null_list_sibling(lay: Any, si: int, qi: int) -> Any | None:
    """The quotation of sentence ``si`` listed just before ``qi`` (or holding it) when it is
    speech already left with no speaker, else None."""
    s = lay.sentences[si]
    pos = s.quotes.index(qi) if qi in s.quotes else -1
    if pos <= 0:
        return None
    prev = lay.quotes[s.quotes[pos - 1]]
    if prev.kind != "speech" or prev.speaker or prev.speakers:
        return None
    if prev.start <= lay.quotes[qi].start < prev.end:
        # a quotation inside that one ("“I just said, ‘…’”" after an unnamed employee's words):
        # the inner words are the same unnamed voice's (the targeted check's one such item)
        return prev
    joint = re.sub(r"[\s\u201c\u201d\u2018\u2019\"',]+", " ", lay.masked[prev.end : lay.quotes[qi].start]).strip()
    # between two listed items, with the marks, spaces and commas taken out: nothing, "and", "or"
    return prev if not joint or joint.lower() in LIST_JOINERS else None
