"""Words inside a ", with X saying/telling/calling …" clause are X's, not the main clause's
subject's (issue 11, round 35, lane big2: on new corpus text "Paris was more subdued, with its
finance minister telling parliament: “…”" gave the words to the city, and a network anchor's
phrase after "with NAME on DATE calling it …" went to the subject of the sentence). The parse
reads most such clauses; these are shapes it missed. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a colon after the with-clause's verb, the main subject a body",
     "Pay deal\n\nThe union was furious, with its leader Tom Reed telling members: \"This is theft.\"",
     ["Tom Reed"]),
    ("a date between the name and the verb, two quotations",
     "Coverage row\n\nThey eagerly lavished airtime on the row, with TV9 fill-in anchor Dana Reyes "
     "on May 4 calling it proof of \"deep anger\" over the plan to \"gut\" the fund.",
     ["Dana Reyes", "Dana Reyes"]),
]
GUARDS = [
    ("the parse already reads plain with-clauses",
     "Budget rules eased\n\nVienna welcomed the decision, with finance minister Eva Gruber saying it "
     "showed the bank saw Austria was \"on the right track\". However Madrid was more subdued, with "
     "finance minister Luis Ortega telling parliament: \"We must keep saving.\"",
     ["Eva Gruber", "Luis Ortega"]),
    ("an opening with-phrase: the main clause's speaker stands",
     "Vote looms\n\nWith the vote looming, Senator Al Brook said: \"We are ready.\"",
     ["Al Brook"]),
    ("an unnamed member in the with-clause: nobody is named",
     "Vote looms\n\nThe caucus met for hours, with one member telling reporters the plan was "
     "\"dead on arrival.\"",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_with_x_saying(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_with_x_saying_apposition_keeps_the_name(speech_of):
    """'with one senator, Jo Lang saying': the description is the name's apposition, not a
    second speaker who could resolve to another senator of the article."""
    article = ("Test kits\n\nSenator Ed Marsh opened the hearing. Lawmakers were angry, with one "
               "senator, Jo Lang saying: \"We have a long way to go.\"")
    assert [q.speaker for q in speech_of(article)] == ["Jo Lang"]
