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
secretary of state") still name the office the focus may hold, and so does a complement that
names no body ("The leader of the county is …", a pinned test: a place the focus runs)."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.heads import BODY_ROLE_HEADS
from ..lexicon.places import is_place
from ..thresholds.bodies import BODY_DESCRIPTIONS
from ..thresholds.subjects import SUBJECTS

# "of" then a determiner or possessive pronoun, then the body's words up to a clause break
_OF_BODY = re.compile(r"\s+of\s+(?:the|a|an|his|her|its|their|this|that)\s+([^,;:.“”\"()]{1,80})")
# a sentence's end between a name and the role: the name is no heading line over it
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")
# "who" right after the role, with no comma: a restrictive clause, not an aside
_WHO_CLAUSE = re.compile(r"\s+who\s+([^,;:.“”\"()]{1,80})")
# a copula just before the role makes it a predicate of the one named before it
_COPULAS = ("is", "was", "are", "were", "be", "been", "being")
_COPULA_BEFORE = re.compile(rf"\b(?:{'|'.join(_COPULAS)})\s+$", re.I)
# the longest copula with a space on each side: what the predicate test reads before the role
_COPULA_REACH = max(map(len, _COPULAS)) + len("  ")


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
    words = [re.sub(r"['’]s?$", "", w) for w in m.group(1).split()[: BODY_DESCRIPTIONS.role_body_words]]
    if not any(w[:1].isupper() or w.lower() in BODY_ROLE_HEADS for w in words):
        return None  # "The leader of the county is …": a place the focus leads, no body named
    return m.group(1).strip()


def other_body_role(text: str, masked: str, part: Any, focus: Any) -> str | None:
    """The body after "of the" when it makes the definite role at ``part`` another's than the
    person in focus, else None. The focus keeps the role when its surname is in the body's
    words ("the chairman of the Koch …"), when it was shown beside the body's name elsewhere
    ("X, chairman of the Senate Trade Committee"), or when it was named just before as a
    heading line ("4) Sen. X (R-OH) | … the chair of the …"), as role_of_body.py reads them;
    a name ending a sentence just before ("… in support of President X. | The head of the
    NAACP's local chapter said") is no heading (draw I: role_of_body's distance alone kept it)."""
    body = role_of_complement(masked, part.start + len(part.text))
    if body is None or focus.canonical.split()[-1] in body:
        return None
    for m in focus.mentions:
        if 0 <= part.start - m.start <= SUBJECTS.role_heading_reach and not _SENTENCE_END.search(text[m.end : part.start]):
            return None
    name = re.match(r"(?:[A-Z][\w&.'’-]*\s*)+", body)
    if name is not None:
        here = masked.find(body, part.start + len(part.text))  # this writing of the body: not "elsewhere"
        for occ in re.finditer(re.escape(name.group(0).strip()), text):
            if occ.start() != here and any(abs(m.start - occ.start()) <= SUBJECTS.role_body_reach for m in focus.mentions):
                return None
    return body


def restricted_role(masked: str, start: int, end: int) -> str | None:
    """The restrictive clause right after a definite role ("the Republican who talks with X"),
    or None when none follows or a copula before the role makes it a predicate ("X is the
    mayor who …"); ``start`` and ``end`` bound the description in ``masked``."""
    m = _WHO_CLAUSE.match(masked, end)
    if m is None or _COPULA_BEFORE.search(masked[max(0, start - _COPULA_REACH) : start]):
        return None
    return "who " + m.group(1).strip()
