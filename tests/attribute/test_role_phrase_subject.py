"""A name standing inside the role phrase that opens a sentence is not that sentence's subject:
the holder of the role is (issue 11, round 47, lane pronoun28). On big2, "The 73-year-old former
<club> chairman sealed the deal …. He said: “…”" gave the club the words, and "A spokesman for
<agency>, <Name>, said …. He told …: “…”" gave the agency the words: the name of the body the role
belongs to became the subject, and the next he/she went to it. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an age and 'former' before the club's name and the role",
     "Harlow buys Wexford\n\nKen Harlow has bought a controlling stake in Wexford Rovers.\n\n"
     "The 61-year-old former Brackley chairman signed the papers late on Tuesday. He said: "
     "\"I have waited a long time for a club like this one.\"",
     "Ken Harlow"),
    ("'former' before the club's name and the role",
     "Oduya joins Stanmore\n\nPeter Oduya has taken over as manager of Stanmore Town.\n\n"
     "The former Kelby coach arrived at the ground on Monday. He said: \"The players here are "
     "hungry and so am I.\"",
     "Peter Oduya"),
    ("a spokesman for an agency, then his name in commas",
     "Cartel case\n\nThree men were convicted of forging software licences.\n\n"
     "A spokesman for Coastal Trade and Licensing, Marcus Feld, said the men were not paid. "
     "He told reporters: \"They wanted to be first, that was the whole game.\"",
     "Marcus Feld"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_role_holder_is_the_subject_not_the_body(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("the role phrase with the holder's name after it",
     "Oduya joins Stanmore\n\nPeter Oduya has taken over as manager of Stanmore Town.\n\n"
     "The former Kelby coach Sam Reyes watched from the stand. He said: \"Peter will do well here.\"",
     "Sam Reyes"),
    ("a spokesman for an agency with no name after it",
     "Cartel case\n\nAnna Ruiz led the inquiry into forged software licences.\n\n"
     "A spokesman for Coastal Trade said the men were not paid. \"They wanted to be first,\" "
     "Ruiz said.",
     "Anna Ruiz"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_named_holder_or_a_plain_name_still_binds(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
