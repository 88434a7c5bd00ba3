"""A sentence opening on an owned role with the person's name in apposition ("His friend, Ada X,
a councillor, blames …") is about that person, not the owner (attribute/referents.py, issue #11
round 17, lane continue2): a cue-less quotation after it, or a "he said" after it, went to the
owner. Cases written for this test."""

from __future__ import annotations

import pytest

_BEFORE = "Vote\n\nMayor Tom Reddick spoke at the hall on Monday. \u201cWe will win,\u201d Tom Reddick said. "

CASES = [
    ("a cue-less quotation continues the person in apposition",
     _BEFORE + "His friend, Ada Mirren, a county councillor, blames the weather for the turnout.\n\n"
     "\u201cPeople stayed at home.\u201d",
     "Ada Mirren"),
    ("a pronoun after the apposition is the person named",
     _BEFORE + "His deputy, Lewis Carno, disagreed with the plan.\n\n\u201cThe money is not there,\u201d he said.",
     "Lewis Carno"),
    ("an owned thing, no person named, leaves the owner the subject",
     _BEFORE + "His voice, hoarse from the rally, carried well.\n\n\u201cPeople stayed at home.\u201d",
     "Tom Reddick"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_owned_apposition(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert qs and qs[-1].speaker == expected, [(q.text, q.speaker, q.attribution_evidence) for q in qs]
