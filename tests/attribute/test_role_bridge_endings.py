"""An inverted credit whose role word ends in -ant or -ent ("said veteran Harbour Party
consultant Ivo Marten", "said Lakeside University student Mia Torvald"): the role word was no
bridge to the name after it, so the capitals before it (the party, the university) became the
speaker (issue 11, round 20, lane describe: reached when doubled closing marks stopped hiding
such credits; "California GOP", "UC Berkeley", "Democratic" in the unannotated corpus).
Articles written for the test."""

from __future__ import annotations

import pytest

_OPEN = "Ferry fares\n\nThe ferry company raised its fares again on Monday.\n\n"

CASES = [
    ("a party consultant",
     _OPEN + "\u201cThe party will pay for this in May,\u201d said veteran Harbour Party consultant "
     "Ivo Marten.",
     ["Ivo Marten"]),
    ("a university student",
     _OPEN + "\u201cI cannot afford the trip home now,\u201d said Lakeside University student Mia "
     "Torvald.",
     ["Mia Torvald"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_role_bridge_endings(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
