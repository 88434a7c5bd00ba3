"""An inverted credit naming one unnamed person whose description holds a capitalised word
before its head noun: "“…,” said a top Vale ally in the South", "said a longtime Vale
associate". The name run stopped at the lower-case head, and the description "a top Vale" was
matched to a person the article names with "Vale" in a role ("Tom Reed, a Vale adviser"), or to
a scraped run ending in the name (round 81, lane unnamed93: three quotations on an unseen draw,
all the unnamed person's). The description now runs to its person noun: someone unnamed (D1,
D2). Cases in our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an ally described by the candidate's name",
     "Vale eyes the north\n\nJo Vale needs the state badly.\n\n\"They have to get it together up "
     "there,\" said a top Vale ally in the South. \"If he loses it, I would worry.\"\n\nTom Reed, a "
     "Vale adviser working on the convention, called the worry \"overblown.\"",
     [None, None, "Tom Reed"]),
    ("an associate described by the candidate's name",
     "Money race\n\nDonors met Jo Vale in Reno on Monday.\n\n\"He has to accept that the fund matters "
     "as much as the campaign,\" said a longtime Vale associate.",
     [None]),
]

KEPT = [
    ("a role noun after the name stays a role ('said a Vale spokesman')",
     "Money race\n\nJo Vale spoke in Reno.\n\n\"We raised a lot,\" said a Vale spokesman.",
     [None]),
    ("a named person before the role keeps the words",
     "Money race\n\nJo Vale spoke in Reno.\n\n\"We raised a lot,\" said Tom Reed, a Vale ally.",
     ["Tom Reed"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_an_unnamed_holder_is_no_one_named(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


@pytest.mark.parametrize("case,article,expected", KEPT, ids=[c[0] for c in KEPT])
def test_named_and_role_credits_are_kept(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
