""""An Acme spokesman, Ned X, said …. According to a Globex spokesperson, …. The spokesperson
said “…”": the definite spokesperson is the unnamed one introduced since Ned X, not Ned X
(issue 11, round 54, lane unnamed54; attribute/spokespeople._unnamed_one_since). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a named spokesman of one firm, then an unnamed one of another",
     "Search ads\n\nA Tallybook spokesman, Ned Farrow, said the figures \u201care simply wrong.\u201d\n\n"
     "According to a Brightfind spokesperson, Tallybook\u2019s ads break no rule. The spokesperson said the "
     "firm asks every advertiser to show \u201cthe terms of any free offer.\u201d",
     ["Ned Farrow", None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unnamed_spokesperson_since_the_named_one(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


GUARDS = [
    ("the named spokesman again, no other spokesperson between",
     "Search ads\n\nA Tallybook spokesman, Ned Farrow, said the figures \u201care simply wrong.\u201d\n\n"
     "The firm has sold ads for years. The spokesman said it would \u201cfix every listing.\u201d",
     ["Ned Farrow", "Ned Farrow"]),
    ("the named spokesman's own apposition is no new voice",
     "Search ads\n\n\u201cThe figures are simply wrong,\u201d said Ned Farrow, a spokesman for "
     "Tallybook.\n\nThe firm has sold ads for years. The spokesman said it would \u201cfix every "
     "listing.\u201d",
     ["Ned Farrow", "Ned Farrow"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_named_spokesperson_kept(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
