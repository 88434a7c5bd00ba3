""""X issued a statement following a conference call saying: “…”" and "X, who spent the weekend
at his club in the hills, tweeted: “…”" (issue 11, round 30, lane nullsC): the parse hung the
reporting verb on the object of a preposition, an occasion or a place that cannot speak; that
noun became the speaker's description and the words went null. The clause's own speaker
speaks. A person's noun there ("sided with protesters chanting") keeps the old reading. Our
own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a relative clause about a place, then the verb",
     "Korea\n\nTarrant, who is spending a long weekend at his oceanfront Mar-a-Vista club in Palm "
     "Beach, Florida, tweeted on Sunday: \u201cObviously I didn\u2019t say that.\u201d",
     ["Tarrant"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_participle_on_a_place_or_occasion(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
