"""A definite office ("the prime minister") and another person the article shows with it
(issue 11, round 40, lane office23). These pin what main already does, found while sizing the
class on big + big2: a holder shown with the title BEFORE the role ("Prime Minister Tony Vale
…. the prime minister said") is matched by the description itself (Resolver._description), so
the narrow rule "exactly one other shown holder takes the office" had nothing left to fix in
_unresolved_role; a holder shown only AFTER ("President Castro then mocked …" below the
visiting president's words) must not take the focus's office. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the one other holder shown with the title before",
     "Police warning\n\nPrime Minister Tony Vale defended the new powers on Monday.\n\nSir Ralph "
     "Dunn, the city's police chief, warned of attacks. Sir Ralph spoke at a briefing. "
     "Later the prime minister said: \"These are difficult choices for any government.\"",
     ["Tony Vale"]),
]
GUARDS = [
    ("the focus is shown with the title",
     "Budget row\n\nPrime Minister Tony Vale spoke in the Commons. Opposition leader Ann Cole "
     "attacked him. Mr Vale replied at length.\n\nThe prime minister said: \"We will not cut.\"",
     ["Tony Vale"]),
    ("a foreign holder shown only after the visitor's words",
     "State visit\n\nMr. Ames flew to Lisbon on Monday. Mr. Ames met students and toured a "
     "harbour.\n\n\"My message to the people here is one of friendship,\" the president said in "
     "Lisbon.\n\nPresident Soares later mocked Mr. Ames at a dinner.",
     ["Ames"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_office_other_holder(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
