"""A quoted fragment woven into a sentence of narration that names no person and points back to
none ("The study lays the blame for the “…” on “…” because “…”", "voters gave
the following answers: “…,” “…” and “…”") is no continuation of an earlier speaker: the words
are the report's, the poll's or the writer's. The string rules see only the words between two
quotations of such a sentence, find none, and continued the speaker before (round 32, lane
lastspk13: a paper's phrases and a focus group's answers went to the last person quoted in 974
random corpus articles). Called by continuation.py before any route."""

from __future__ import annotations

from typing import Any

from ..lexicon.function_words import SPEAKER_POINTERS
from ..thresholds.attribute import FRAGMENT_MIN_WORDS_BEFORE
from .narrated_continuation import carries_on_named_words


def fragment_in_narration(res: Any, lay: Any, si: int, qi: int) -> bool:
    """Sentence ``si`` weaves quotation ``qi`` into narration that names or points back to no
    person."""
    s, q = lay.sentences[si], lay.quotes[qi]
    before = [t for t in s.tokens if t.end <= q.start and t.is_word and t.text != "X"]
    if len(before) < FRAGMENT_MIN_WORDS_BEFORE or lay.masked[s.start : q.start].rstrip(" “\"‘'").endswith(":"):
        return False
    # (no test of a reporting word: "lays the blame for …" reads as one; a sentence whose
    # reporter is a person or a body names it or points back to it)
    if any(t.lower in SPEAKER_POINTERS for t in s.tokens):
        return False
    if any(m.entity is not None and (m.entity.is_person() or m.entity.person_like())
           for m in res.by_sentence.get(si, [])):
        return False
    # a long clause of words closing the sentence after a named speaker's quotation goes on in
    # that voice (narrated_continuation.py, round 35, lane cont17)
    return not carries_on_named_words(res, lay, si, qi)
