"""A nation's leading office written by the nation's adjective or possessive ("the Cuban leader",
"New Zealand's premier", "the Israeli prime minister") is the one person the article titles with
that nation and an office of the same kind ("Cuban President X", "New Zealand's leader X"),
wherever the title is written (issue 11, round 66, lane desc71).

The description's own words hold no name and its head ("leader", "premier") is often not the
title the article gives ("President"), so ``Referents.description`` found no one and the office
went back to the person in focus: "the <nation> leader" closing a paragraph about the visiting
president was left null (fresh24), "<Country>'s premier" in a lede that names "<Country>'s
leader X" further down was left null (fresh23), and "the <nation> leader said" after a sentence
on the host president went to the host.

Only a head of state or government is read ("leader", "ruler" and the like stand for any of
them; two named offices must agree: "Iran's supreme leader" is not "Iranian President X"), only
a title carrying the same nation, never a former or deputy holder, and only when exactly one
person holds such a title."""

from __future__ import annotations

import re
from typing import Any, Iterable

from ..lexicon.places import COUNTRIES, NATION_ADJECTIVES
from ..lexicon.titles import (NATION_LEADER_OFFICES, NATION_LEADER_WORDS, NATION_OFFICE_SYNONYMS,
                              RANK_BELOW_WORDS, TITLE_AFFIXES)

# "New Zealand's premier", "Cuba’s leader": a country's possessive, then the office
_POSSESSIVE = re.compile(r"^(?P<nation>[a-z][a-z .]*?)['’]s\s+(?P<office>.+)$")
# a former or lower holder: "former Cuban President", "ex-president", "Deputy Prime Minister"
_NOT_HOLDER_WORDS = RANK_BELOW_WORDS | (TITLE_AFFIXES - {"elect", "acting"})


def _nation_office(text: str) -> tuple[str, str] | None:
    """(country, office) of a nation's office written "[the] <Adjective> <office>" or
    "<Country>'s <office>", lower case; None for any other shape."""
    words = text.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    m = _POSSESSIVE.match(" ".join(words))
    if m and m.group("nation") in COUNTRIES:
        return m.group("nation"), m.group("office")
    for n in (2, 1):
        nation = NATION_ADJECTIVES.get(" ".join(words[:n]))
        if nation is not None and len(words) > n:
            return nation, " ".join(words[n:])
    return None


def _leads(office: str) -> str | None:
    """The office as one of a nation's leading offices (its synonym folded), "*" for a word that
    names any of them ("leader"), None for any other office."""
    office = NATION_OFFICE_SYNONYMS.get(office, office)
    if office in NATION_LEADER_WORDS:
        return "*"
    return office if office in NATION_LEADER_OFFICES else None


def _agree(a: str, b: str) -> bool:
    return a == b or "*" in (a, b)


def _held_office(role: str) -> tuple[str, str] | None:
    """(country, leading office) a role title gives its holder, or None."""
    words = role.lower().replace("-", " ").split()
    if any(w in _NOT_HOLDER_WORDS for w in words):
        return None
    found = _nation_office(" ".join(words))
    if found is None:
        return None
    office = _leads(found[1])
    return (found[0], office) if office else None


def national_holder(text: str, people: Iterable[Any]) -> Any | None:
    """The one person titled with the nation and leading office that description ``text``
    names, or None."""
    wanted = _nation_office(text) if text.lower().split()[:1] not in (["a"], ["an"]) else None
    office = _leads(wanted[1]) if wanted else None
    if wanted is None or office is None:
        return None
    holders = []
    for e in people:
        if e.kind == "org":
            continue
        for _, role in e.roles + e.shown_roles:
            held = _held_office(role)
            if held and held[0] == wanted[0] and _agree(held[1], office):
                holders.append(e)
                break
    return holders[0] if len(holders) == 1 else None
