""""The <Surname> advisor added: “…”": a staff role modified by its principal's surname is
someone working for that person, never the person in focus whose surname it is (issue 11,
round 82, lane desc96: on draw K a candidate took his unnamed adviser's words). Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("an adviser named by the candidate's surname",
     "Caucus night\n\nCandidate Pete Dorran led in the early count. \"We are ready,\" Dorran "
     "said.\n\nA member of the Dorran campaign said the numbers were good. The Dorran advisor "
     "added: \"The best sign is that we lead with new voters.\"",
     ["Pete Dorran", None]),
    ("a campaign spokeswoman named by the candidate's surname",
     "Caucus night\n\nCandidate Pete Dorran led in the early count. \"We are ready,\" Dorran "
     "said.\n\n\"We expect to win the county by a wide margin tonight,\" the Dorran campaign "
     "spokeswoman said.",
     ["Pete Dorran", None]),
]
GUARDS = [
    ("a role no name modifies: the focus",
     "Caucus night\n\nSenator Pete Dorran led in the early count. \"We are ready,\" Dorran "
     "said.\n\n\"We expect to win the county by a wide margin tonight,\" the senator said.",
     ["Pete Dorran", "Pete Dorran"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_principal_staff_role(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
