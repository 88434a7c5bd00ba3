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
    return head if head in EPITHET_HEADS else None


def named_subject_before(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | None":
    """The one person the sentence before names as its subject, for a definite epithet; else None."""
    head = epithet_head(part)
    if head is None or sent_idx < 1 or unnamed_before(res.lay.masked, head, pos):
        return None
    subj = res.subj.get(sent_idx - 1) or []
    if len(subj) != 1:
        return None
    e = subj[0]
    if e.kind == "org" or e.modifier or not e.person_like():
        return None
    if not any(m.entity is e for m in res.by_sentence.get(sent_idx - 1, [])):
        return None  # the subject before was a pronoun (or read from further back): not written there
    before = res.lay.sentences[sent_idx - 1]
    if _QUESTION_QUOTED.search(res.lay.text, before.start, before.end):
        return None
    return e
