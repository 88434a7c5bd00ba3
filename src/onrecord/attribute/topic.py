"""A topic change before a quotation with no cue of its own: "The newspaper's Byron X reported,
in a letter, inspector general Michael Y wrote the whistleblower showed “…”" went to the last
speaker of the article, a paragraph back (real-news tuning split, round 11). When the
quotation's own sentence names another person outside its quotations, the last speaker is no
longer the one talking: left null, not guessed (a wrong speaker is worse than none)."""

from __future__ import annotations

from typing import Any

from .entities import Entity


def names_someone_else(res: Any, lay: Any, si: int, speakers: list[Any]) -> Entity | None:
    """A person-like entity named in sentence ``si`` outside its quotations, not one of
    ``speakers`` (the last speaker's), or None. Reads the sentence's mentions only."""
    spans = [(q.start, q.end) for q in lay.quotes]
    for m in res.by_sentence.get(si, []):
        e = m.entity
        if e is None or any(e is x for x in speakers) or not e.is_person() or not e.substantial():
            continue
        if any(a <= m.start < b for a, b in spans):
            continue
        return e
    return None
