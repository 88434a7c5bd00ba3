""""the director of the CDC told …": a definite role of a named body is no back-reference to a
person in focus who is not shown with that body.

``Resolver._unresolved_role`` reads "the director", "the head", "the leader" as the person in
focus. With "of <a body>" after it the role names whose office it is: on new corpus text "the
director of the CDC told a hearing" went to Anthony Fauci (of another institute), "the head of
the Addiction Policy Forum" and "the head of the National Weather Service" to Trump, and "the
owner of a gun range" to the gunman (round 35, lane big2: 6 of 11 such roles in big2 and big
resolved to the wrong person; the 5 right ones were written beside the body's name, "Bob
Corker, chairman of the Senate Foreign Relations Committee")."""

from __future__ import annotations

import re
from typing import Any

from ..thresholds.subjects import SUBJECTS

_OF_BODY = re.compile(
    r"\s+of\s+(?:(?P<indef>an?\s)|(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w&.'’-]*)){0,6}))")
_BODY_TAIL = re.compile(r"(?:\s+(?:of|for|and|on))+$")


def role_of_other_body(text: str, part: Any, person: Any) -> bool:
    """True when the description at ``part`` goes on "of a/an …" (someone unnamed) or "of
    <Body>" and ``person`` is never mentioned near that body's name nor carries it."""
    end = part.start + len(part.text)
    if text[part.start:end] != part.text:
        return False
    m = _OF_BODY.match(text, end)
    if m is None:
        return False
    if m.group("indef"):
        return True  # "the owner of a gun range": one of many, unnamed
    body = _BODY_TAIL.sub("", m.group("body"))
    if person.canonical.split()[-1] in body:
        return False  # "the chairman of Koch Industries" for Charles Koch
    if any(0 <= part.start - mm.start <= SUBJECTS.role_heading_reach for mm in person.mentions):
        # "4) Sen. Bob Corker (R-TN) | On Sunday evening, the chair of the Senate Foreign
        # Relations Committee put out a statement": named just before, as a heading
        return False
    reach = SUBJECTS.role_body_reach
    for occ in re.finditer(re.escape(body), text):
        if occ.start() != m.start("body") and any(abs(mm.start - occ.start()) <= reach for mm in person.mentions):
            return False  # "Bob Corker, chairman of the Senate Foreign Relations Committee"
    return True
