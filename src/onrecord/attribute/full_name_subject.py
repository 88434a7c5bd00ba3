"""Whether a "he" may leave a subject whose gender is only unknown or guessed for a man of sure
gender named beside it.

``Referents._first_in_passes`` lets an antecedent of unknown or guessed gender yield to someone
in reach whose honorific or role makes the pronoun's gender sure ("Senator Oakes equates Ms Vance
with …. In the interview, she …" is Ms Vance's). For a "he" that yield also fired between two
men: "Ivo Marsh, a fellow at a think tank, told me that Mr Kell's plan undercuts the talks. “…,”
he said" went to Mr Kell, whose "Mr" made him sure while Marsh's gender was merely unknown; and
"Don Pell asked his co-host Mr Roe whether …" gave Pell's "he" to Roe. On draw G (round 80, lane
pron91) about a third of the he/she bound to a name that was no sentence subject were wrong,
most of them this yield. A full personal name (a known given name first) that was a sentence
subject in reach keeps its "he" unless the sure man was a subject too; a subject that is no
full personal name ("International Convention", "Google", a lone surname) still yields, as the
sure name is then most often the speaker the parse missed ("As Reid walked in, he told …")."""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.given_names import GIVEN_NAMES
from .entities import Entity
from .mentions import name_tokens


def _subject_in_reach(e: Entity, order: Sequence[tuple[Entity, bool]]) -> bool:
    return any(x is e and sj for x, sj in order)


def full_name_subject(e: Entity, order: Sequence[tuple[Entity, bool]]) -> bool:
    """``e`` is a sentence subject in reach whose fullest name opens on a known given name."""
    toks = name_tokens(e.canonical)
    return len(toks) >= 2 and toks[0].lower().strip(".") in GIVEN_NAMES and _subject_in_reach(e, order)


def he_may_yield(g: str, e: Entity, x: Entity, order: Sequence[tuple[Entity, bool]], own_from: int, pos: int) -> bool:
    """Whether pronoun gender ``g``'s antecedent ``e`` (gender unknown or guessed) may yield to
    ``x`` (sure of ``g``): always for "she"; for "he", not from a full-named subject to a man
    who was no subject in reach, unless the pronoun's own sentence names him before it
    (``own_from``..``pos``): "Rep. Kell (R-Ind.) revived the fight when he moved …" is Kell's,
    whose parenthesis hid him from the subjects."""
    if g != "m" or not full_name_subject(e, order) or _subject_in_reach(x, order):
        return True
    return any(own_from <= m.start < pos for m in x.mentions)
