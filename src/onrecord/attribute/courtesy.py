"""A courtesy title says the speaker's sex: "Mrs. Obama said" is never the president, though he
is the most named of the surname (round 55, lane surname55: final25's blind audit gave the
first lady's words to Barack Obama, and the continuation rule carried him to the next
quotation). A female title (Mrs., Ms., Miss) never resolves to a man named in full, nor Mr. to
a woman: the one person of the title's sex who shares the surname takes the words; with none
or several, nobody does (a wrong name is worse than none)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Iterable

from .cues import given_sex

# the sex a courtesy title says, as written before a surname (family.py's pronoun tally reads
# it too: one table for both)
_HONORIFIC = MappingProxyType({"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"})


def honorific_sex(word: str) -> str | None:
    """"m" or "f" for a courtesy title ("Mrs.", "Mr"), None for any other word."""
    return _HONORIFIC.get(word.lower())


def title_sex(credit: str) -> str | None:
    """"m" or "f" for a credit written as a courtesy title and one word ("Mrs. Obama")."""
    words = credit.split()
    return honorific_sex(words[0]) if len(words) == 2 else None


def _given_sex(e: Any, surname: str) -> str | None:
    """The sex of the listed given name before ``surname`` in one of ``e``'s full names. Not
    ``e.gender``: "Mrs. Dunmore" clustered with "Ray Dunmore" makes his cluster's gender "f"."""
    pairs = (n.split() for n in e.names)
    sexes = {given_sex(w[0].lower()) for w in pairs if len(w) == 2 and w[-1] == surname} - {None}
    return sexes.pop() if len(sexes) == 1 else None


def titled_member(credit: str, surname: str, e: Any, entities: Iterable[Any]) -> tuple[Any, str | None]:
    """(the entity, None) when the title agrees with ``e``'s sex or says nothing; else (the one
    other person of the title's sex sharing the surname, or None, and why). Only a sex read
    from a listed given name counts."""
    sex = title_sex(credit)
    if sex is None or e.kind == "org" or _given_sex(e, surname) in (None, sex):
        return e, None
    kin = [x for x in entities if x is not e and x.kind != "org" and _given_sex(x, surname) == sex]
    if len(kin) == 1:
        return kin[0], f"'{credit}' is not {e.canonical} (the title's sex): {kin[0].canonical}"
    return None, f"'{credit}' is not {e.canonical} (the title's sex) and no one person of that sex shares the surname"
