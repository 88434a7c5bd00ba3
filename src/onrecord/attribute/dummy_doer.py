"""The doer named inside a dummy "it"'s clause (round 80, issue 11, lane wrong91). "It didn't
take long for the president to contradict that, saying '…'", "it seems the columnist first
rested his case on …, as he notes: '…'", "it's when he said: '…'": the "it" names no one
(expletive.py), and the person right after its opening does the saying. Without a person
there ("it's bad enough for a challenger to …") the words stay unnamed, as before."""

from __future__ import annotations

import re
from typing import Any

from ..thresholds.dummy_doer import DUMMY_DOER
from .expletive import dummy_doer_start

_HE_SHE = re.compile(r"(he|she)\b", re.I)
# capitalised words (a title) before the name's mention: "for President Ann Vale to"
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*$")


def dummy_doer(res: Any, it_start: int, sent_idx: int) -> tuple[Any, str] | None:
    """(entity, why) for the person right after a dummy "it"'s opening, or None."""
    text = res.lay.text
    at = dummy_doer_start(text, it_start)
    if at is None:
        return None
    pron = _HE_SHE.match(text, at)
    if pron:  # "it's the first time he has …": whoever the "he" is
        e = res.pronoun(pron.group(1).lower(), at, sent_idx)
        return (e, f"dummy 'it': its clause's '{pron.group(1)}' -> {e.canonical}") if e is not None else None
    for m in res.ents.mentions:
        if not at <= m.start <= at + DUMMY_DOER.title_chars or m.entity is None:
            continue
        if _TITLE_WORDS.fullmatch(text[at : m.start]) and m.entity.is_person() and not m.possessive:
            return m.entity, f"dummy 'it': its clause's doer '{m.name}' -> {m.entity.canonical}"
    return None
