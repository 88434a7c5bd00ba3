"""An "it" stands for one body only when that body opens its clause or the sentence before, or
was credited there; a body named in passing does not get the words (round 77 wave 2, lane it77).
A caption between the body and its words, or a sentence before that opens with "it" or "he",
leaves the older passes' reading. Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Mine dispute\n\nThe Senate Resources Committee will hold hearings on the Harlow mine "
         "in March. \u201cWe want answers,\u201d committee chair Ruth Alden said.\n\n")

CASES = [
    ("a body named in passing before a description's 'it said': no one",
     _OPEN + "The annual bulletin of the river towns praised the Valley Water Board for its work. "
     "\u201cThe water is cleaner than ever,\u201d it said.",
     ["Ruth Alden", None]),
    # unchanged: the body that opens the sentence before, or was credited there, keeps "it"
    ("a company opening the sentence before keeps 'it said'",
     _OPEN + "Harlow Mining Ltd released a statement on Friday. \u201cWe will appeal,\u201d it said.",
     ["Ruth Alden", "Harlow Mining Ltd"]),
    ("a company credited in the sentence before keeps 'it added'",
     _OPEN + "\u201cWe have done nothing wrong,\u201d Harlow Mining Ltd said in a statement. "
     "\u201cWe will appeal,\u201d it added.",
     ["Ruth Alden", "Harlow Mining Ltd", "Harlow Mining Ltd"]),
    ("a body whose capitals the quotation's credit did not read keeps 'it adds'",
     _OPEN + "The World Health Organization posted a page of answers. "
     "\u201cThe river is safe,\u201d WHO says on its website. \u201cDrink the water,\u201d it adds.",
     ["Ruth Alden", None, "World Health Organization"]),
    ("a run of 'It said … It told …' keeps the body at its start",
     _OPEN + "Harlow Mining Ltd issued a long statement. It said the river was safe. It told "
     "residents to \u201cignore the rumours about the water.\u201d",
     ["Ruth Alden", "Harlow Mining Ltd"]),
    ("a body's description opening the sentence before keeps 'it added'",
     _OPEN + "Harlow Mining Ltd hired a new chief in May. Later the Valley Water Board wrote to "
     "the mine's owners.\n\nThe company said on Friday that the river was safe. "
     "\u201cWe will appeal,\u201d it added.",
     ["Ruth Alden", "Harlow Mining Ltd"]),
    ("a photo caption between the body and its words is skipped",
     _OPEN + "Harlow Mining Ltd said the dispute was a misunderstanding.\n\nA truck drives past "
     "the mine gate in Harlow, May 3, 2019. REUTERS/Jane Doe\n\n\u201cWe will appeal,\u201d it said.",
     ["Ruth Alden", "Harlow Mining Ltd"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_it_body(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
