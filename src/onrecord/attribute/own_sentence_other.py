"""A he/she inside a sentence whose own subject is sure to be of the other gender: the one person
of the pronoun's gender named before it in that sentence is the antecedent, not the last
speaker of an earlier sentence. "Clinton also criticized Trump's remarks about US generals, who
he said had been “…”" went to the man quoted the sentence before (the tuning splits' embedded
reported speaker, round 58, lane wrong58: fresh14, two quotations); ``Referents._antecedents``
ranks the earlier sentence's subject before this sentence's other mentions, which is right when
the own subject could be the pronoun, and wrong when the sentence has just set up a second
person of the other gender. Two candidates of the pronoun's gender: no choice is made here."""

from __future__ import annotations

from typing import Any

from .passing import sentence_mentions


def other_person_of_sentence(res: Any, g: str, pos: int, sent_idx: int, barred: list[Any]) -> Any | None:
    """The lone person known to be of gender ``g`` named before ``pos`` in sentence ``sent_idx`` when that
    sentence's own subject has the other gender for sure; None otherwise."""
    own = res._own_subject(pos, sent_idx)
    if own is None or not own.gender_sure or own.gender in (None, g):
        return None
    found: list[Any] = []
    for m in sentence_mentions(res, sent_idx, pos):
        e = m.entity
        if e is own or any(e is f for f in found) or not res._could_be(e) or not res._compatible(e, g):
            continue
        if e.gender != g:
            # a person of unknown gender is no evidence: "Trump’s history of praising Putin also
            # “…,” she argued" (a "Trump" not yet a "he" there) took the woman's words (tuning check)
            continue
        found.append(e)
    if len(found) != 1 or any(found[0] is b for b in barred) or not found[0].substantial():
        return None
    return found[0]
