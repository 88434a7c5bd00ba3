"""A chamber's or a party's members in the plural ("House Republicans said", "Democrats wrote",
"Senate Democrats complained") are a description of a group, not a name: the gold leaves them
null (fresh2: "State House Democrats said" has no speaker; the fresh6 ruling: party members named
by their role are a description). onrecord gave such quotations the group as a named speaker,
and a journalist read "House Republicans" as a person-like credit (round 33, lane short14: two of
160 short quotations, 36 named quotations on 974 random corpus articles). A British party named
as a body ("the Conservatives said", "the Lib Dems") keeps its name, as the gold does. Articles
written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a chamber's party members in a letter",
     "Budget fight\n\nIn a letter to the governor on Monday, House Republicans said they "
     "\u201ccannot back the plan\u201d as written.",
     [None]),
    ("a party's members on one occasion",
     "Vote delayed\n\nDemocrats complained on Tuesday that the vote was \u201crushed through "
     "at night.\u201d",
     [None]),
    ("a chamber's caucus as a subject before its words",
     "Pipeline\n\nSenate Democrats wrote to the agency this week. \u201cThe permit ignores the "
     "river entirely,\u201d they wrote.",
     [None]),
    ("a named member of the group keeps the name",
     "Budget fight\n\nHouse Republicans met on Monday. Rep. Alma Voigt said the plan was "
     "\u201cdead on arrival.\u201d",
     ["Alma Voigt"]),
    ("a British party as a body keeps its name",
     "Election\n\nThe Conservatives said the pledge was \u201cuncosted and unfair\u201d.",
     ["Conservatives"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_party_groups(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]


def test_the_group_is_kept_as_the_description(speech_of):
    art = ("Budget fight\n\nIn a letter to the governor on Monday, House Republicans said they "
           "\u201ccannot back the plan\u201d as written.")
    (q,) = speech_of(art)
    assert q.speaker is None and q.speaker_description == "House Republicans"


def test_the_british_liberal_democrats_keep_their_name(speech_of):
    # corpus check: "Liberal Democrats" is a British party's name, not liberal members of one
    art = ("Budget\n\nLiberal Democrats said on Monday: \u201cThis cut is unfair to pensioners "
           "and it must go.\u201d")
    assert [q.speaker for q in speech_of(art)] == ["Liberal Democrats"]
