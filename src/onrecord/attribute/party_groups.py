"""American party members in the plural as a speaker ("House Republicans said they “…”",
"Democrats complained that …", "Senate Democrats wrote …") are a group described, not a
person or body named: the gold leaves such quotations null with the group as the description
(fresh2: "State House Democrats said"; fresh6's ruling on party members named by their role).
The cascade resolved the plural to an entity of that name, so every such letter, complaint and
its continuations showed "House Republicans" where a journalist expects a person (round 33, lane
short14: 2 of 160 short quotations; 36 named quotations on the 974 random corpus articles, none
a person's). After the cascade, such a speaker is left null and kept as the description; a
British party named as a body ("the Conservatives said") is a name and stays."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.groups import BRITISH_PARTY_BODIES, PARTY_GROUP_PREFIXES, US_PARTY_PLURALS
from ..thresholds.attribute import CONFIDENCE as C


def is_party_group(name: str) -> bool:
    """"Democrats", "House Republicans", "State House Democrats", "Other Republicans"."""
    words = name.lower().split()
    return bool(words) and words[-1] in US_PARTY_PLURALS and all(w in PARTY_GROUP_PREFIXES for w in words[:-1])


_THE_CAPITALISED = re.compile(r"[Tt]he\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def party_body(description: str) -> str | None:
    """The party's name when ``description`` is a British party named as a body, capitalised
    after "the" ("The Conservatives", "the Lib Dems"), else None: "The Conservatives also said
    … “black hole”" was read as the generic group "conservatives" and left null (fresh14)."""
    m = _THE_CAPITALISED.fullmatch(description.strip())
    if m is None or m.group("name").lower() not in BRITISH_PARTY_BODIES:
        return None
    return m.group("name")


def unname_party_groups(lay: Any) -> None:
    """Leave null each speech quotation whose only speaker is a party group, its description
    the group."""
    for q in lay.quotes:
        if q.kind != "speech" or not q.speaker or len(q.speakers or [q.speaker]) != 1:
            continue
        if not is_party_group(q.speaker):
            continue
        group = q.speaker
        q.speaker, q.speakers, q.speaker_description = None, [], group
        q.confidence = C.nobody
        q.attribution_evidence = [*(q.attribution_evidence or []),
                                  f"'{group}' is party members described, no name: left null"]
