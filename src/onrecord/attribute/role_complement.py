"""A definite role the text goes on to tie to a body of its own: "The head of the city teachers
union told me …", "The head of the group's local chapter said …". The phrase reader cuts the
description at "of", so "the head" reached the back-reference rules alone and went to the
person in focus (issue 11, round 81, lane desc94: on draw I a union head's words went to the
school district in focus, a chapter head's to the president the piece was about; 4 of 4
such focus readings wrong). A restrictive clause does the same ("said the Republican who
talks with X", no comma: someone picked out by the clause; 2 of 2 such focus readings on I
wrong), unless the role is a predicate ("X is the mayor who threatened …": the focus himself,
right on I). "of" before a determiner names the holder's own body; a country
("The president of the United States") and a portfolio with no article ("The former
secretary of state") still name the office the focus may hold."""

from __future__ import annotations

import re

from ..lexicon.places import is_place

# "of" then a determiner or possessive pronoun, then the body's words up to a clause break
_OF_BODY = re.compile(r"\s+of\s+(?:the|a|an|his|her|its|their|this|that)\s+([^,;:.“”\"()]{1,80})")
# "who" right after the role, with no comma: a restrictive clause, not an aside
_WHO_CLAUSE = re.compile(r"\s+who\s+([^,;:.“”\"()]{1,80})")
# a copula just before the role makes it a predicate of the one named before it
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+$", re.I)


def role_of_complement(masked: str, end: int) -> str | None:
    """The body a definite role is tied to by "of <determiner> …" right after it (``end`` is
    where the description stops in ``masked``), or None when no such phrase follows or it
    names a country, state or city."""
    m = _OF_BODY.match(masked, end)
    if m is None:
        return None
    caps = re.match(r"(?:[A-Z][\w.'’-]*\s*)+", m.group(1))
    if caps is not None and is_place(caps.group(0).strip()):
        return None  # "The president of the United States said": the office, not another body
    return m.group(1).strip()


def restricted_role(masked: str, start: int, end: int) -> str | None:
    """The restrictive clause right after a definite role ("the Republican who talks with X"),
    or None when none follows or a copula before the role makes it a predicate ("X is the
    mayor who …"); ``start`` and ``end`` bound the description in ``masked``."""
    m = _WHO_CLAUSE.match(masked, end)
    if m is None or _COPULA_BEFORE.search(masked[max(0, start - 12) : start]):
        return None
    return "who " + m.group(1).strip()
