"""A definite epithet of standing, wealth or trade is the person the sentence before names as
its subject (issue 11, round 47, lane epithet28). "Mr. X pointed to Chicago …. “…,” the real
estate mogul said", "X bashed Y over his claim. “…,” the Democratic front-runner said", "…, Mr
X keeps a strict routine. Between tasks, this remarkably active senior citizen reveals …":
onrecord left these null (description unresolved), since the heads (lexicon EPITHET_HEADS) are
no office the person in focus could hold and no stage role the subject-before rule reads.

The rule names someone only where the lane's sample showed it nearly always right: the subject
must be one person written by name in the sentence just before (a "he" there may be anyone:
round 29 saw "the 2016 Republican presidential hopeful" go to the interviewer by a pronoun), the
epithet must not have been introduced unnamed ("a retired veteran … the veteran"), and the
sentence before must not put a question (its subject asked it; the epithet answers)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.heads import EPITHET_HEADS
from .cues import FOCUS_ROLES
from .role_of_body import unnamed_before

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# the evidence marker speakers.py reads to cap the confidence (thresholds EPITHET_SUBJECT_CONFIDENCE)
EPITHET_SUBJECT_MARK = "(epithet_subject)"

# a question closed by a quotation mark: "“Will you release them?” pressed X"
_QUESTION_QUOTED = re.compile(r"\?\s*[”\"’']")


def epithet_head(part: "Part") -> str | None:
    """The head of a definite ("the", "this") description when it is an epithet the rule reads."""
    words = part.text.split()
    if len(words) < 2 or words[0].lower() not in {"the", "this"}:
        return None
    head = words[-1].lower()
    return head if head in EPITHET_HEADS or head in FOCUS_ROLES else None


def named_subject_before(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | None":
    """The one person the sentence before names as its subject, for a definite epithet; else None."""
    head = epithet_head(part)
    if head is None or sent_idx < 1 or unnamed_before(res.lay.masked, head, pos):
        return None
    before = res.lay.sentences[sent_idx - 1]
    if _QUESTION_QUOTED.search(res.lay.text, before.start, before.end):
        return None
    named = {m.entity for m in res.by_sentence.get(sent_idx - 1, [])}
    subj = res.subj.get(sent_idx - 1)
    if not subj:
        # no subject read ("At his house in X, where …, Mr Y keeps …"; "… is high, thanks to
        # Y"): the one person the sentence names, if it names only one
        people = [e for e in named if _person(e) or _may_be_person(e)]
        return people[0] if len(people) == 1 and _person(people[0]) else None
    if len(subj) != 1 or not _person(subj[0]):
        return None
    # a subject the sentence before does not write by name was a pronoun or came from further
    # back: "he" there may be anyone
    return subj[0] if subj[0] in named else None


def _person(e: "Entity") -> bool:
    return e.kind != "org" and not e.modifier and e.person_like()


def _may_be_person(e: "Entity") -> bool:
    """A full name with no evidence either way ("… thanks to X and Pavel Green"): a second
    person the epithet may be; a lone word without evidence ("Osaka", "Buddhist") is not."""
    return e.kind != "org" and not e.modifier and e.place_evidence == 0 and len(e.canonical.split()) >= 2
