"""Forms of a name that are not the speaker's name as written (issue 11, round 11 of
docs/attribution-errors.md, the tuning extension): an employer's possessive before a person
("said Sky Networks' Sophie Turner Laing" went to the network) and a one-word brand that opens
the names of several of its own channels ("Sky said …" beside "Sky News", "Sky Movies" and
"Sky Travel" went to Sky News), and a station's number ("BBC Radio 1", "Radio 1 said" became
"BBC Radio" and a description that named nobody). Each rule is a small pure function over names the article
has already collected: no rescan of the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

# "Sky Networks' Sophie Turner Laing", "Radio 1's Andy Parfitt": the owner, its possessive
# mark, then the person's name
_OWNER_POSSESSIVE = re.compile(r"^(.+?)[’']s?\s+([A-ZÀ-Þ]\S*(?:\s+[A-ZÀ-Þ]\S*)+)$")


def employer_dropped(name: str, entity_for_name: Callable[[str], Any]) -> str:
    """The person after an employer's possessive, when the article knows that person by a name
    of two or more words and not as an organisation; else ``name`` unchanged. A possessive
    inside a body's own name ("the Pilots' Guild", "People's Assembly") keeps the name whole:
    one word after it, or no person of that name."""
    m = _OWNER_POSSESSIVE.match(name)
    if m is None:
        return name
    person = m.group(2)
    e = entity_for_name(person)
    if e is None or getattr(e, "kind", "org") == "org":
        return name
    return person


def parent_brand(word: str, orgs: Sequence[Sequence[Sequence[str]]]) -> bool:
    """``word`` opens the names of two or more different organisations (each given as the
    token lists of its names): it names the parent they share ("Sky" beside "Sky News" and "Sky
    Movies"), not the one of them most often named."""
    return sum(any(len(n) >= 2 and n[0] == word for n in names) for names in orgs) >= 2


# Heads whose number is part of the name: "BBC Radio 1", "Channel 4", "Radio 5's".
_NUMBERED_HEADS = frozenset({"radio", "channel"})
_STATION_NUMBER = re.compile(r"\d{1,2}(?:[’']s)?")


def numbered_station(last_word: str, token: str) -> bool:
    """``token`` (a number, maybe possessive) continues a name that ends in "Radio" or "Channel"."""
    return last_word in _NUMBERED_HEADS and _STATION_NUMBER.fullmatch(token) is not None


def owner_acronym_dropped(a: str, b: str) -> bool:
    """One organisation's name is the other's without its owner's all-capital acronym ("Radio 1"
    and "BBC Radio 1"), in at least two words."""
    short, long_ = (a.split(), b.split()) if len(a.split()) < len(b.split()) else (b.split(), a.split())
    return len(short) >= 2 and len(long_) == len(short) + 1 and long_[1:] == short \
        and long_[0].isupper() and 2 <= len(long_[0]) <= 5
