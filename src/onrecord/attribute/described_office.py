"""A public office the article has tied to one person by a description ("the chancellor" read as
Gordon Brown) marks that person as the holder of that office, not of another one (issue 11,
round 59, lane after60). BBC politics articles often name neither the prime minister nor the
chancellor with their office; a later "the prime minister said" went to the person in focus, the
one "the chancellor" had already been read as (three fresh14 items, one of them after "the prime
minister" had been read as the right person earlier in the article). Now a focus holding another
office by the article's own descriptions is passed over, for the holder the same office was read
as before, else for no one.

Only plain offices count (lexicon CHECKED_OFFICE_HEADS: "the prime minister", "the chancellor",
"the president", "the governor"), and never a phrase with a qualifier of time or rank ("the
former governor", "the deputy prime minister", "the acting mayor"): one person may hold a
former office and a present one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lexicon.titles import CHECKED_OFFICE_HEADS, RANK_BELOW_WORDS, TITLE_AFFIXES

if TYPE_CHECKING:
    from .entities import Entity

# words that put an office in another time or rank than its holder's present one ("former",
# "acting", "deputy", "vice"), and "then" of "the then prime minister"
_QUALIFIERS = TITLE_AFFIXES | RANK_BELOW_WORDS | {"then"}


def office_phrase(text: str) -> str | None:
    """The office a definite description names ("the prime minister" -> "prime minister"), or
    None when it is no plain public office."""
    words = text.lower().replace(".", "").split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in CHECKED_OFFICE_HEADS:
        return None
    if any(w in _QUALIFIERS or w.split("-")[0] in _QUALIFIERS for w in words[1:]):
        return None
    return " ".join(words[1:])


@dataclass
class DescribedOffices:
    """Who each plain office description was read as in this article, and the offices each
    person was read as holding (by id: entities are not hashable by value)."""

    holders: dict[str, "Entity"] = field(default_factory=dict)
    held: dict[int, set[str]] = field(default_factory=dict)

    def record(self, text: str, e: "Entity") -> None:
        """The description ``text`` was read as the person ``e``; the first reading of an office
        keeps it."""
        office = office_phrase(text)
        if office is not None:
            self.holders.setdefault(office, e)
            self.held.setdefault(id(e), set()).add(office)

    def holds_other(self, e: "Entity", office: str) -> bool:
        """Whether ``e`` was read as holding a plain office headed by another word than
        ``office`` (an ``office_phrase``: "chancellor" for "prime minister")."""
        head = office.split()[-1]
        return any(o.split()[-1] != head for o in self.held.get(id(e), ()))

    def holder(self, office: str) -> "Entity | None":
        """The person the same office (an ``office_phrase``) was read as before, if any."""
        return self.holders.get(office)
