""""the Center on Budget and Policy Priorities": a body's head, its "of"/"for"/"on", a field
and "and" with one or two more capitalised words is one body's name, not two (issue 11, round
60, lane who61: the body was shown cut at "and"). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a centre on two fields, after the words",
     "Poverty\n\nIndeed, according to the Center on Housing and Rural Priorities, it is "
     "\u201csimply not true\u201d that the programmes failed.",
     ["Center on Housing and Rural Priorities"]),
    ("a foundation for two aims, before the words",
     "Poverty\n\nThe Foundation for Accountability and Civic Renewal said the board must "
     "\u201cact now.\u201d",
     ["Foundation for Accountability and Civic Renewal"]),
    # guards: a second body or a person after "and" is not part of the name
    ("a second body after and",
     "Poverty\n\nThe Department of Harbors and Congress met on Monday. \u201cWe will look "
     "again,\u201d the Department of Harbors said.",
     ["Department of Harbors"]),
    ("a titled person after and",
     "Poverty\n\nThe Council on Rivers and Senator Dana Whitcombe met on Monday. \u201cThe river "
     "is dying,\u201d Whitcombe said.",
     ["Dana Whitcombe"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_body_and_name(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
