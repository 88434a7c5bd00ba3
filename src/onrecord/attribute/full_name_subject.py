"""Whether a "he" may leave a subject whose gender is only unknown or guessed for a man of sure
gender named beside it.

``Referents._first_in_passes`` lets an antecedent of unknown or guessed gender yield to someone
in reach whose honorific or role makes the pronoun's gender sure ("Senator Oakes equates Ms Vance
with …. In the interview, she …" is Ms Vance's). For a "he" that yield also fired between two
men: "Despite a call from Mr. Dale Morrow, Ferris said he is staying in the race. “…,” he said"
went to Morrow, whose "Mr" made him sure while Todd Ferris's "m" was a census guess; and
"Don Pell asked his co-host Mr Roe whether …" gave Pell's "he" to Roe. On draw G (round 80, lane
pron91) about a third of the he/she bound to a name that was no sentence subject were wrong,
several of them this yield. A subject in reach whose gender is a census guess of "m" keeps its
"he" unless the sure man was a subject too or the pronoun's own sentence names him: the guess
agrees with the pronoun, so the sure gender elsewhere is no better evidence. A subject of
unknown gender still yields (an actress of unknown gender "is the choice of Sam Orr, an
editor … he said" is Orr's: tuning set fresh2), and so does a non-name ("International
Convention", "Google"), whose sure rival is most often the speaker the parse missed."""

from __future__ import annotations

from collections.abc import Sequence

from .entities import Entity
from .word_name_sex import word_given_sex


def _subject_in_reach(e: Entity, order: Sequence[tuple[Entity, bool]]) -> bool:
    return any(x is e and sj for x, sj in order)


def full_name_subject(e: Entity, order: Sequence[tuple[Entity, bool]]) -> bool:
    """``e`` is a sentence subject in reach whose given name the census reads as a man's (his
    gender a guess that agrees with "he", not an unknown: "Imelda Vane is the choice of Sam
    Orr, an editor. … he said" is Orr's, and her unknown gender must still yield; fresh2)."""
    return e.census_sex and e.gender == "m" and _subject_in_reach(e, order)


def word_named_subject(e: Entity, order: Sequence[tuple[Entity, bool]]) -> bool:
    """``e`` is a sentence subject in reach whose "f" comes from a given name that is also a
    word ("Sally X", word_name_sex.py): it agrees with "she" as a census man's "m" with "he"."""
    return e.census_sex and e.gender == "f" and word_given_sex(e.names) == "f" and _subject_in_reach(e, order)


def he_may_yield(g: str, e: Entity, x: Entity, order: Sequence[tuple[Entity, bool]], own_from: int, pos: int) -> bool:
    """Whether pronoun gender ``g``'s antecedent ``e`` (gender unknown or guessed) may yield to
    ``x`` (sure of ``g``): for "he" (and a "she" whose subject has a word name's "f"), not from a full-named subject to a man
    who was no subject in reach, unless the pronoun's own sentence names him before it
    (``own_from``..``pos``): "Rep. Kell (R-Ind.) revived the fight when he moved …" is Kell's,
    whose parenthesis hid him from the subjects."""
    # a "she" only from a woman whose given name is a word: a villager "Sally X" of every "she"
    # in the story kept it from "a woman" she spoke of (word_name_sex.py; draw I, lane pron94)
    keeps = full_name_subject(e, order) if g == "m" else word_named_subject(e, order)
    if not keeps or _subject_in_reach(x, order):
        return True
    return any(own_from <= m.start < pos for m in x.mentions)
