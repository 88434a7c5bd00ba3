"""A "they" stands for one body only when that body opens its clause or the sentence before,
or was credited there; a plural description ("the three county doctors", "the two senators")
leaves the words unnamed rather than giving them to a body named in passing or further back
(round 77, lane pron77: the unseen corpus's "they" credited to one body were mostly such).
Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Mine dispute\n\nThe Senate Resources Committee will hold hearings on the Harlow mine "
         "in March. \u201cWe want answers,\u201d committee chair Ruth Alden said.\n\n")

CASES = [
    ("a plural description before, a company in its object: no one",
     _OPEN + "The three county doctors had warned last year that the Harlow Mining Ltd plan could "
     "poison the river. \u201cThe water is not safe to drink,\u201d they said.",
     ["Ruth Alden", None]),
    ("senators citing a paper's editorial: not the committee named earlier",
     _OPEN + "In their letter, the two senators cited a Valley Herald editorial on the mine. "
     "\u201cThe owners must pay,\u201d they wrote.",
     ["Ruth Alden", None]),
    # unchanged: the body that opens the sentence before, or was credited there, keeps "they"
    ("a company opening the sentence before keeps 'they said'",
     _OPEN + "Harlow Mining Ltd released a statement on Friday. \u201cWe will appeal,\u201d they said.",
     ["Ruth Alden", "Harlow Mining Ltd"]),
    ("a company credited in the sentence before keeps 'they added'",
     _OPEN + "\u201cWe have done nothing wrong,\u201d Harlow Mining Ltd said in a statement. "
     "\u201cWe will appeal,\u201d they added.",
     ["Ruth Alden", "Harlow Mining Ltd", "Harlow Mining Ltd"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_they_body(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
