""""The head of the city teachers union told me …": a definite role the text goes on to tie to
a body of its own ("of the …") names another holder, not a back-reference to the person in
focus (issue 11, round 81, lane desc94: on draw I the words of a union head went to the
school district in focus, and a local chapter head's to the president the piece was about);
so is one a restrictive clause picks out ("said the Republican who talks with X").
Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the head of another body, after the focus spoke",
     "School fight\n\nSuperintendent Lena Ortiz defended the plan on Monday. \"The cuts are "
     "fair,\" Ortiz said.\n\nThe school board will vote on the plan in May. The head of the city teachers union told me last week that the plan "
     "was \"a betrayal of every teacher in this town and of the children we teach.\"",
     ["Lena Ortiz", None]),
    ("the head of a chapter, the focus a president",
     "Rally row\n\nPresident Tom Greer spoke in the town on Friday. \"We will win,\" Greer "
     "said.\n\nThe head of the group's local chapter said the visit was \"a slap in the face to "
     "everyone who lives here and works here.\"",
     ["Tom Greer", None]),
    ("a restrictive clause picks out someone else",
     "Campaign worries\n\nManager Brad Dunn ran the campaign from the capital. \"We are on "
     "track,\" Dunn said.\n\n\"It matters to have someone in there who has run a race before,\" "
     "said the Republican who talks with the governor.",
     ["Brad Dunn", None]),
]
GUARDS = [
    ("of a country: the office the focus holds",
     "Summit\n\nPresident Tom Greer met the envoys on Friday. \"We will win,\" Greer "
     "said.\n\nThe president of the United States said the talks were \"a good start for "
     "everyone at the table and for the region.\"",
     ["Tom Greer", "Tom Greer"]),
    ("an office written with its portfolio, no article",
     "Campaign trail\n\nCandidate Rita Vance toured the state on Friday. \"We will win,\" Vance "
     "said.\n\nThe former secretary of state said the race was \"a fight for every vote in every "
     "county of this state.\"",
     ["Rita Vance", "Rita Vance"]),
    ("a predicate role with its clause is the focus",
     "Mayor's order\n\nMayor Ben Cole spoke on Friday. \"We will act,\" Cole said.\n\nCole is "
     "the city mayor who threatened to close \"every building that defies the order, and close "
     "it for good.\"",
     ["Ben Cole", "Ben Cole"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_role_of_complement(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
