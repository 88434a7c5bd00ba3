""""… would back a “…”, according to a Gallup poll released in May" and "“…,” a Fox News
headline says" (issue 11, round 33, lane docs14: a judged sample of null speech near documents
on random corpus text): an indefinite poll, survey, study or headline whose modifier is a
body's name speaks for that body (eval/real/README: a poll for its named authors); read as
"one more unnamed member of a named body", the words went null. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a poll released in a month",
     "Voters\n\nFewer than half of voters would back a \u201cqualified candidate who is a "
     "socialist,\u201d according to a Gallup poll released in May.",
     ["Gallup"]),
    ("a news agency's headline",
     "Campaign\n\nThe senator said the rumour was false. \u201cSenator Denies Claim,\u201d an "
     "Associated Press headline said on Monday.",
     ["Associated Press"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_named_bodys_finding_speaks_for_it(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_a_member_of_a_named_body_stays_unnamed(speech_of):
    article = ("Campaign\n\nThe senator said the rumour was false. \u201cThe claim has no "
               "basis,\u201d a Gallup researcher said on Monday.")
    assert [q.speaker for q in speech_of(article)] == [None]


@pytest.mark.parametrize("article", [
    "Poll\n\nVoters in Ohio went to the polls in May. \u201cVoters are tired,\u201d an Ohio poll released "
    "in June found.",
    "Poll\n\nMayor Dana Whitlock spoke on Monday. \u201cVoters are tired,\u201d a Whitlock poll found.",
])
def test_a_poll_named_for_a_place_or_a_person_stays_unnamed(speech_of, article):
    # a poll of a state or about a candidate is neither's finding (the guards in
    # described.body_finding had no test: round 33, second review)
    assert [q.speaker for q in speech_of(article)] == [None]
