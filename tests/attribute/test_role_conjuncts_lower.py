"""A place or body, a lower-case role, "and", then a second role of several lower-case words
before the name, after an inverted verb: the person is the speaker (attribute/after_quote
._second_role; round 44, lane wrongname27). "said <City> lawyer and former federal prosecutor
X" gave the city and "said <Company> president and chief executive X" the company: the second
role's first word ("former", "chief") was read as its last. Sentences written for this test."""

from __future__ import annotations

import pytest

LEAD = "Farm trade\n\nThe markets fell sharply on Monday.\n\n"

CASES = [
    ("a city, a role, and an adjective before the second role",
     "\u201cThe charge will not stand in any court,\u201d said Denver lawyer and former county "
     "prosecutor Nadia Korver.",
     ["Nadia Korver"]),
    ("a company, an office, and a two-word office",
     "\u201cOur accounts are now in order,\u201d said Kestrel Foods president and chief executive "
     "Drew Altmore.",
     ["Drew Altmore"]),
    ("a party's role and a one-word second role still joins",
     "\u201cThe debate went well,\u201d said Republican strategist and commentator Alan Castor.",
     ["Alan Castor"]),
]


@pytest.mark.parametrize("label,body,want", CASES, ids=[c[0] for c in CASES])
def test_role_conjuncts_lower(speech_of, label, body, want):
    got = [q.speaker for q in speech_of(LEAD + body)]
    assert got == want, (label, got)
