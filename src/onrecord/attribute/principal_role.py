"""A staff role modified by its principal's name ("The <Surname> advisor added", "the <Surname>
campaign counsel's letter") is someone working for that person, never the person: the person
in focus, whose surname it is, cannot be its back-reference (issue 11, round 82, lane desc96:
on draw K a candidate was given his own unnamed adviser's words, and another her campaign
counsel's letter). The possessive form ("the rapper's spokesman") is role_of_body's."""

from __future__ import annotations

from typing import Any

from ..lexicon.heads import PRINCIPAL_STAFF_HEADS


def principal_named(description: str, person: Any) -> bool:
    """True when ``description`` is a definite staff role ("the … adviser") whose capitalised
    modifiers hold ``person``'s surname."""
    words = description.split()
    if len(words) < 3 or words[0].lower() != "the" or words[-1].lower() not in PRINCIPAL_STAFF_HEADS:
        return False
    surname = person.canonical.split()[-1]
    return any(w == surname for w in words[1:-1] if w[:1].isupper())
