"""A quotation with no cue of its own does not continue a speaker from above a subheading (a
short line of its own with no sentence end): the section below it may quote anyone (issue #11
round 15, lane continue). Page furniture ("Advertisement") is no subheading. Cases written for
this test, shaped like the constructs that failed on the real-news tuning split."""

from __future__ import annotations

import pytest

_ABOVE = ("Harbour\n\nThe port authority met on Monday.\n\n\u201cWe will dredge the channel this year,"
          "\u201d said harbour master Ines Varga. \u201cThe ships cannot wait.\u201d\n\n")

CASES = [
    ("a subheading between: not the last speaker",
     _ABOVE + "When the Tide Turns Against Them\n\n\u201cWe lose a day of work every "
     "time the tide turns.\u201d",
     ["Ines Varga", "Ines Varga", None]),
    # a short line naming someone introduces her words: its subject still speaks them (the
    # never-read held-out split lost two right speakers when it did not)
    ("a line naming the speaker: its subject still speaks",
     _ABOVE + "Mayor Ana Kiel on the Harbour Fund\n\n\u201cThe council will pay for half of it.\u201d",
     ["Ines Varga", "Ines Varga", "Ana Kiel"]),
    ("page furniture between: the last speaker still continues",
     _ABOVE + "Advertisement\n\n\u201cThe dredger is booked for June.\u201d",
     ["Ines Varga", "Ines Varga", "Ines Varga"]),
    ("no subheading between: the last speaker still continues",
     _ABOVE + "The work will cost four million.\n\n\u201cThe dredger is booked for June.\u201d",
     ["Ines Varga", "Ines Varga", "Ines Varga"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_heading_breaks(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
