"""A name after "in", "on" or "from" closing a speaker phrase says where, not who (issue 11).

The string readers take the last run of capitals in a speaker phrase as the name and the words
before it as its role. When a lower-case "in", "on" or "from" stands before that run, the run is
the outlet the words appeared in, the platform they were posted on or the place the speaker is
("writes Nora Pell in the Ledger", "issued a statement on Twitter saying", "a statement from
the army command in Harwick read"): GUIDELINES S2, the speaker is never the medium or outlet
that carries the words. Round 72 (lane place82) found these on the tuning sets: an outlet after
"writes X in", a platform after "a statement on", a city after "the command in".

An organisation's own name may hold the preposition ("the Committee on Farm Policy", "War on
Want"): an organisation's head noun right before it, or capitals on both sides with no "the"
after it, keep the run; so do a date after it ("late on Thursday") and a possessive in the run
("War on Want's John Hill", whose name follows).
"""

from __future__ import annotations

from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..lexicon.function_words import WHERE_PREPOSITIONS
from .cues import BODY_ON_HEADS, ORG_DESCRIPTORS
from .layout import Token

# lower-case words a place's or outlet's name may hold ("the Isle of Wight", "Fish and Game")
_INSIDE_NAME = frozenset({"of", "and", "the", "&"})


def where_cut(g: list[Token]) -> int | None:
    """The index of the preposition before the name closing ``g`` when that name says where
    (see the module's doc), else None: ``g[:index]`` is then the speaker phrase."""
    for i in range(len(g) - 2, 0, -1):
        if g[i].text not in WHERE_PREPOSITIONS:
            continue
        if g[i - 1].lower in BODY_ON_HEADS or g[i - 1].lower in ORG_DESCRIPTORS:
            return None  # part of a body's name: "Committee on Farm Policy"
        tail = g[i + 1 :]
        if tail[0].lower == "the":
            tail = tail[1:]
        elif g[i - 1].text[:1].isupper():
            return None  # between capitals with no "the": one name ("War on Want")
        if any(u.lower in MONTHS or u.lower in WEEKDAYS or u.text.endswith(("’s", "'s")) for u in tail):
            return None  # a date ("late on Thursday"), or the possessor of a name after it
        if tail and tail[-1].text[:1].isupper() \
                and all(u.text[:1].isupper() or u.lower in _INSIDE_NAME for u in tail):
            return i
        return None
    return None
