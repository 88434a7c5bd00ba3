"""A present-tense naming verb whose subject is one described person or document ("One expert
calls the numbers “…”", "An analyst describes the deal as “…”", "One ad refers to her rival as
“…”") credits a particular unnamed speaker: speech (GUIDELINES D3), not a term credited to
nobody (issue 11, round 83, lane kind102: the indefinite-source fallback read only "called").
A group ("some call", "critics call", "two aides call") stays a group's term. Snippets
written for this test."""

from __future__ import annotations

import pytest

from onrecord.extract import extract_document
from onrecord.extract.indefinite_namer import one_person_names
from onrecord.read import read_text

L, R = "\u201c", "\u201d"
_OPEN = "Harbour tax\n\nThe harbour board published its figures on Monday. "

# (case, sentence, fragment, expected kind)
CASES = [
    ("one expert calls", f"One expert calls the differing numbers {L}versions of fraud.{R}",
     "versions of fraud", "speech"),
    ("an analyst describes as", f"An analyst describes the levy as {L}a quiet grab{R} on boats.",
     "a quiet grab", "speech"),
    ("one ad refers to as", f"One ad refers to her rival as {L}big spending Jim,{R} and another mocks him.",
     "big spending Jim", "speech"),
    ("one critic calls", f"One critic calls the plan {L}a pier tax.{R}", "a pier tax", "speech"),
    # a group, present tense: its habitual words are not one speaker's
    ("critics call", f"Critics call the plan {L}a pier tax.{R}", "a pier tax", "term"),
    ("some call", f"Some call the plan {L}a pier tax.{R}", "a pier tax", "term"),
]


@pytest.mark.parametrize("case,sentence,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_one_person_namer_kind(case, sentence, fragment, kind):
    doc = extract_document(read_text(_OPEN + sentence, path=case))
    q = next(q for q in doc.quotes if q.text.strip(" ,.") == fragment)
    assert q.kind == kind


# (verb, subject, one person naming)
SUBJECTS = [
    ("calls", "One expert", True),
    ("describes", "an independent analyst", True),
    ("called", "One expert", False),  # the past tense is the older fallback's
    ("call", "two aides", False),
    ("calls", "one in three voters", False),
    ("calls", "Some", False),
    ("calls", "the expert", False),
]


@pytest.mark.parametrize("verb,subject,expected", SUBJECTS, ids=[f"{v} {s}" for v, s, _ in SUBJECTS])
def test_one_person_names(verb, subject, expected):
    assert one_person_names(verb, subject) is expected
