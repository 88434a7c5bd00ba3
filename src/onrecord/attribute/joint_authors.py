""""The authors said", "the study's authors conclude", "the researchers wrote": the two people
the article named as a study's authors before, jointly (eval/real/README: joint authors are
joint speakers). Issue 11, round 51, lane orgdesc51: fresh17's "Authors <A> of <a university>
and <B> of <a school> analyzed …" and a random AllSides article's "<A> and <B>, authors of the
new paper, wrote …" were followed by "the authors said" / "the researchers wrote", left null
(eval/real/audit/orgdesc51-sample.tsv). Only these two introductions; anything else stays null."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.heads import AUTHOR_HEADS
from ..lexicon.places import is_place
from ..thresholds.bodies import BODY_DESCRIPTIONS
from .affiliation import named_person
from ..text.find import alternation

if TYPE_CHECKING:
    from .entities import Entity
    from .mentions import Mention
    from .phrase import Part
    from .resolve import Resolver

_HEADS = alternation(AUTHOR_HEADS)
# "Authors A" / "researchers A": the role right before the first name
_ROLE_BEFORE = re.compile(r"\b(?:[Ss]tudy\s+)?(?:" + _HEADS + r"|Authors|Researchers)\s+$")
# "Authors Marta X" read as one name: the role joined to a first name opening its sentence
_ROLE_JOINED = re.compile(r"(?:Study\s+)?(?:Authors|Researchers|Co-authors)\s+(.+)")
# a person's name: two or three capitalised words
_NAME_SHAPE = re.compile(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}")
# between the two names: "and", or "of <an affiliation> and" (no sentence end, no other comma)
_BETWEEN_FRONTED = re.compile(r"(?:\s+(?:of|at|from)\s+[^,.;:!?]{2,%d}?)?\s+and\s+" % BODY_DESCRIPTIONS.affiliation_chars)
# after "A and B": ", authors of …", ", the researchers who …"
_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?(?:study\s+)?(?:" + _HEADS + r")\b")


def joint_authors(res: "Resolver", part: "Part", pos: int) -> list["Entity | str"] | None:
    """The last pair of people introduced as authors before ``pos`` when ``part`` is "the
    authors" / "the study's authors" / "the researchers"; else None."""
    words = part.text.lower().replace("’", "'").split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in AUTHOR_HEADS:
        return None
    named = sorted((m for m in res.ents.mentions
                    if res.lay.headline_end <= m.start < pos and m.entity is not None
                    and m.entity.kind != "org" and not is_place(m.entity.canonical)), key=lambda m: m.start)
    found = None
    for a, b in zip(named, named[1:]):
        pair = _introduced(res, a, b)
        if pair is not None:
            found = pair
    return found


def _introduced(res: "Resolver", a: "Mention", b: "Mention") -> list["Entity | str"] | None:
    """The two people ``a`` and ``b`` name when written as a study's two authors: "Authors A [of
    X] and B" (the entity layer may join "Authors" to the first name, which opens its sentence)
    or "A and B, authors …"; else None."""
    masked = res.lay.masked
    between = masked[a.end : b.begin]
    role = _ROLE_JOINED.match(a.name)
    first = _person(res, role.group(1)) if role else a.entity if _is_person(a.entity) else None
    second = b.entity if _is_person(b.entity) else None
    if first is None or second is None or first is second:
        return None
    lead = masked[max(0, a.begin - BODY_DESCRIPTIONS.role_before_chars) : a.start]
    fronted = role is not None or _ROLE_BEFORE.search(lead)
    if fronted and _BETWEEN_FRONTED.fullmatch(between):
        return [first, second]
    if re.fullmatch(r"\s+and\s+", between) and _ROLE_AFTER.match(masked, b.end):
        return [first, second]
    return None


def _person(res: "Resolver", name: str) -> "Entity | str | None":
    """The person a name written after a fronted "Authors" is: the article's entity of that name,
    else the name itself when it is two or three capitalised words."""
    e = res.ents.entity_for_name(name)
    if e is not None:
        return e if _is_person(e) else None
    return name if _NAME_SHAPE.fullmatch(name) else None


def _is_person(e: "Entity") -> bool:
    """A person, or a full name with nothing of a body or place (affiliation.named_person, the
    one test of a name; round 66, lane one74a), never the fronted "Authors X" itself."""
    if e.is_person() or e.person_like():
        return True
    return named_person(e) and not _ROLE_JOINED.match(e.canonical)
