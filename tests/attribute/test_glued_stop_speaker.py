"""A lost space after a full stop glued a capitalised word to the next sentence's first word
(round 59, lane glued60): the credit after the words took that word into the speaker's name
("said Marr.But" gave "Marr.But", "Reyes.The" gave "Ann K. Reyes.The"). With the glued token
cut (attribute/layout.py), the name ends at the stop. The third case (an outlet glued to the
next subject) passed before the rule too and guards it. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the next sentence's opener glued to the credit's surname",
     "Bridge\n\nIlse Marr, the county engineer, inspected the span on Monday. \u201cThe crossing "
     "must close until the spring,\u201d said Marr.But the work must not cut the town in two, "
     "said Marr, who grew up beside the river.",
     "Ilse Marr"),
    ("the credit's name with an initial, then the next sentence's opener",
     "Bridge\n\n\u201cWe will not comment on the survey while it is under review,\u201d said "
     "county spokeswoman Ann K. Reyes.The survey was ordered last spring after the flood.",
     "Ann K. Reyes"),
    ("an outlet glued to the next sentence's subject",
     "Bridge\n\nThe engineers met the council on Tuesday. Tom Hale, the mayor, was there. "
     "\u201cWe have asked for the money twice,\u201d he said, according to Harbour Radio.Hale, "
     "however, doubted the county. \u201cThey have never paid for anything in this town,\u201d "
     "Hale said.",
     "Tom Hale"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_glued_stop_speaker(speech_of, article, expected):
    got = [q.speaker for q in speech_of(article)]
    assert got and all(s == expected for s in got), got
