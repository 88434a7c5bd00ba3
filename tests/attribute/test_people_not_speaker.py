"""A people or a group of many written with a capital ("Americans said", "Many Americans feel",
"Critics say" opening a sentence) is no named speaker: the words are a description's or scare,
never shown as "Americans" (round 78, lane wrong88: 15 quotations of 3,000 unseen articles). A
body whose name opens with the word keeps it ("Americans for Prosperity"). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a people after a share",
     "Poll\n\nNearly half of working Americans said, \"things have changed too fast for us.\"",
     [None]),
    ("a people as the subject",
     "Unrest\n\nAcross the state, ordinary Americans sent a message to the mayor: \"Come clean now.\"",
     [None]),
    ("a group opening the sentence",
     "Plan\n\nCritics said on Tuesday that the plan was \"a slow disaster for the valley.\"",
     [None]),
    ("kept: a body named with the word",
     "Group\n\nAmericans for Prosperity, a conservative group, said the bill was \"a disaster.\"",
     ["Americans for Prosperity"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_people_not_speaker(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
