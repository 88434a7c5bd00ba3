"""A dash credit that opens with the speaker's age ("“…” — 68-year-old Dana X of Y", "“…” —
77-year-old retiree Lionel Y on the mayor") names a person; the digit had it read as a
dateline ("— 28 June, Monessen") and the pull-quote was left null (issue 11, round 82, lane
null95: two on draw K). A dateline proper still credits nobody. Our own words."""

from __future__ import annotations

import pytest

_ABOVE = "The mayor spoke on Friday.\n\n\u201cIt is bigger than one man. It is the town.\u201d \u2014 "
_BELOW = "\n\nThe vote is Tuesday.\n"


@pytest.mark.parametrize("credit, speaker", [
    ("68-year-old Dana Whitcomb of Millbrook", "Dana Whitcomb"),
    ("77-year-old retiree Lionel Ferraro on the mayor", "Lionel Ferraro"),
    ("28 June, Millbrook, Ohio", None),
])
def test_an_age_opening_a_dash_credit_names_a_person(speech_of, credit, speaker):
    assert [q.speaker for q in speech_of(_ABOVE + credit + _BELOW)] == [speaker]
