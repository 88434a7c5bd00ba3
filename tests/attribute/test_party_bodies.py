"""A British party named as a body with "the" ("The Conservatives also said …", "The Liberal
Democrats have warned …", "The Tories say …") is the party speaking, as the gold has it
(fresh14: "The Conservatives also said … a “black hole”" was left null as a group; tuning
splits give "the Conservatives", "Tories", "Lib Dems" as speakers). When no entity of that name
had been found, the description was read as the generic group "conservatives" or left
unresolved. Lower case ("the conservatives") and the American parties stay groups (the gold
leaves "Democrats said" null). Articles written for this test (round 42, lane census25s)."""

from __future__ import annotations

import pytest

CASES = [
    ("the party with an adverb before its verb",
     "Budget\n\nMr Hale spoke first. The Conservatives also said the chancellor would have to "
     "fill a \u201c\u00a39bn hole\u201d in the accounts after polling day.",
     ["Conservatives"]),
    ("a two-word party name",
     "Schools\n\nMs Marsh set out her plans. The Liberal Democrats have warned that the scheme "
     "is \u201ca tax on learning\u201d for poorer families.",
     ["Liberal Democrats"]),
    ("the party's nickname",
     "Budget\n\nThe minister spoke. The Tories say the plan is \u201ca stealth tax on "
     "savers\u201d and should be dropped.",
     ["Tories"]),
    ("lower case: people of that leaning, no party",
     "Radio\n\nThe host spoke for an hour. Many of the conservatives also said the show was "
     "\u201cfar too soft on the mayor and on everyone who works for him\u201d.",
     [None]),
    ("an American party in the plural stays a group",
     "Senate\n\nThe vote was close. The Democrats also said the bill was \u201ca giveaway to "
     "insurers\u201d before it passed.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_party_bodies(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]
