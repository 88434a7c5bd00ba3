"""A "they" that speaks for one body only when that body is the subject of the pronoun's clause
or the sentence before ("CBO did a study …. They found …", "The Times is not satisfied. In
fact, they write …"), or the one credited there ("…,” Fox News said. They added …").

The general passes (referents.py) give a "they" the first subject of a sentence in reach that
is an organisation, and the subject they read is the first name of the sentence: "The public
health deans had warned that the CIA's program …. “…,” they said" went to the CIA, "In their
letter, the three senators cited a Washington Post editorial …. “…,” they wrote" to the Post,
"Hussain's family expressed …" to a police unit named before. The antecedent there is a plural
description or a list of people the article does not join into one speaker, so the words are
left unnamed rather than given to a body named in passing (round 77, lane pron77: of the
unseen corpus's "they" credited to one body, most were such).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .it_they_subject import antecedent_clause

if TYPE_CHECKING:
    from .entities import Entity
    from .resolve import Resolver


def they_body_subject(res: "Resolver", part: Any, sent_idx: int, e: "Entity") -> bool:
    """Whether a "they" may stand for the single body ``e``: True when its antecedent clause
    opens with ``e`` (after at most "the"), when that sentence credited its words to ``e``, or
    when no antecedent clause is readable (the older passes decide, as before)."""
    where = antecedent_clause(res, part.start, sent_idx)
    if where is None:
        return True
    si, toks, c0 = where
    if any(x is e for x in res.speakers_at.get(si, [])):
        return True
    t0 = toks[c0]
    ms = sorted((m for m in res.by_sentence.get(si, []) if m.entity is not None and m.start >= t0.start),
                key=lambda m: m.start)
    if not ms or ms[0].entity is not e or ms[0].start > part.start:
        return False
    lead = res.lay.masked[t0.start : ms[0].begin].split()
    return [w.lower() for w in lead] in ([], ["the"])
