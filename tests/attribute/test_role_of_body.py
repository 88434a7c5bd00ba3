""""the director of <a body>" refers back to the person in focus only when the article shows
that person with that body (issue 11, round 35, lane big2: on new corpus text "the director of
the CDC told a hearing: “…”" went to the scientist of another institute the article was about,
and "the head of <a forum>" to the president). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the director of another body",
     "Testing gaps\n\n\"The system is not ready,\" said Dr Lena Ortiz of the National Health "
     "Institute. Dr Ortiz told lawmakers that testing was slow and that labs lacked staff and "
     "swabs.\n\nThe agency was also criticised. Earlier this week, the director "
     "of the Disease Control Agency told a hearing: \"We have underinvested in labs.\"",
     ["Lena Ortiz", None]),
    ("the owner of an indefinite shop",
     "Gunman's past\n\nPolice said Carl Vance had bought two rifles. Vance had no record.\n\nThe "
     "owner of a shooting range told reporters: \"He seemed odd to me.\"",
     [None]),
]
GUARDS = [
    ("the person named as a heading just before the role",
     "Where senators stand\n\n4) Sen. Jo Pratt (R-OH)\n\nOn Sunday, the chair of the Senate Trade "
     "Committee called the order \"badly drafted\" in a statement.",
     ["Jo Pratt"]),
    ("the person was shown with the body",
     "Budget fight\n\nSenator Bob Crane, chairman of the Budget Committee, opened the hearing. "
     "Crane spoke for an hour.\n\nLater the chairman of the Budget Committee said: \"We will act.\"",
     ["Bob Crane"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_role_of_body(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
