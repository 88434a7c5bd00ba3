"""A role before a name whose last word is a text noun ("the director of analysis, X,") is
still X's role: only a fronted text itself ("According to the indictment, X …") is no role
(round 35, review of lane issuer16, whose test read the role's last word, so "the director
said" lost its holder). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("director of analysis", "Rates\n\nThe bank\u2019s director of analysis, Ann Lee, spoke on "
     "Monday. Markets were calm. \u201cRates will rise by the spring,\u201d the director said.",
     ["Ann Lee"]),
    ("head of data", "Rates\n\nThe head of data, Ann Lee, spoke on Monday. Markets were calm. "
     "\u201cRates will rise by the spring,\u201d the head of data said.",
     ["Ann Lee"]),
    # guard: the fronted indictment is still no role
    ("a fronted indictment", "Charges\n\nDale Corrigan, a builder, was charged on Monday. "
     "According to the indictment, Corrigan lied to the inspectors. The indictment says "
     "Corrigan sent a text that was \u201cmeant to mislead the board about the permits.\u201d",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role_of_a_text_noun(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
