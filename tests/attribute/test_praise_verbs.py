"""Verbs of scorning that quote the subject's words ("a probe that he derided as a “…”", "X
bemoaned the “…”"), and the British spelling of "labelling": reporting verbs the
attribution list lacked (issue 11, round 15, lane narration: in the unannotated corpus such
quotations were left null as narration with no reporting verb). Articles written for the test."""

from __future__ import annotations

import pytest

_OPEN = ("Depot plan\n\nCouncillor Mirela Dobos wants the old bus depot kept. \u201cIt is ours,\u201d "
         "Dobos said.\n\n")

CASES = [
    ("derided as, in a relative clause",
     _OPEN + "The sale, which Mayor Ivo Kell has repeatedly derided as a \u201cgarage sale,\u201d "
     "goes to a vote in May.",
     ["Mirela Dobos", "Ivo Kell"]),
    ("bemoaned, a main verb after another clause",
     _OPEN + "The council backed the sale, while the Harbour Gazette bemoaned the \u201cquiet end of "
     "a town's last open ground.\u201d",
     ["Mirela Dobos", "Harbour Gazette"]),
    ("labelling, the British spelling",
     _OPEN + "Critics were less kind, with the Harbour Gazette labelling it a \u201ctired idea "
     "dressed up as a plan\u201d.",
     ["Mirela Dobos", "Harbour Gazette"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_praise_verbs(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
