"""A dateline that names a state or country after the city in capitals ("CITY, State – ")
is no name: the parse read the city as the subject of the first clause, and a fragment under
that clause's verb went to the city (attribute/layout.py DATELINE_RE; issue 11, round 64,
lane kind66: fresh17 gave a candidate's "dismissing … as an “…”" to its dateline's city).
The datelines in capitals alone were blanked already. Our own words."""

from __future__ import annotations

import pytest


_BODY = (" Mayor Ilse Dunmore sought to calm the row on Tuesday, dismissing the strike as a "
         "\u201cpassing quarrel\u201d that would end soon.")

DATELINES = [
    ("a city and a one-word state, en dash", "BRAKEWELL, Ohio \u2013"),
    ("a city and a two-word state, en dash", "BRAKEWELL, New Mexico \u2013"),
    ("a city and an abbreviated state, em dash", "PORT ANSELM, N.H. \u2014"),
    ("a city in capitals alone, em dash", "PORT ANSELM \u2014"),
]


@pytest.mark.parametrize("dateline", [c[1] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_the_dateline_city_is_never_the_speaker(dateline, quote_of):
    q = quote_of("Harbour dispute\n\n" + dateline + _BODY, "passing quarrel")
    assert q.kind == "speech", q.kind_evidence
    assert q.speaker == "Ilse Dunmore", (q.speaker, q.attribution_evidence)
