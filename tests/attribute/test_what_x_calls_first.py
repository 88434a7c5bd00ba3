"""The words right after "what X called/described as" are X's even when a credit follows them
("what Dunn called a “…,” Fisher said that …"): the credit after the words took them (issue 11,
round 35, lane wrong16: random corpus text gave a host's phrase to his guest and a website's
phrase to the press briefing named after it). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a credit after the words names another speaker",
     "Talk show clash\n\nPressed by host Gil Dunn about the deal with what Dunn called a \"ruthless "
     "strongman,\" Rita Fisher said the governor was not siding with anyone.",
     "Gil Dunn"),
    ("capitals after the words read as a credit",
     "Briefing row\n\nIn what Newsline described as a \"tense back and forth\" during the Monday "
     "City Hall Press Briefing, the reporter pressed spokesman Al Ortega on the budget.",
     "Newsline"),
]
GUARDS = [
    ("no 'what X calls': the credit after the words stands",
     "Talk show clash\n\nThe deal was a \"ruthless bargain,\" Rita Fisher said on Sunday.",
     "Rita Fisher"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_what_x_calls_before_a_credit_after(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == [expected]
