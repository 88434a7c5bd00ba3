"""A definite description ("the police chief", "the senators", "the retired general") read as the
person in focus only when that person can be the one it names: never a plural office, never a
name the article shows as no person (a network, a report), never the person the same sentence
names before it as an owner or an object ("In a letter to X, the chief called …"), never a
spokesman for "the president" (round 66, lane wrong69: the addressee, the spokesman, a justice
and a report took the words). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("plural office is no one person",
     "Court letter\n\nJustice Ana Sotel spoke at a law school on Monday. Two senators wrote to the "
     "court asking for cameras. \"Let the public see,\" the senators concluded.",
     [None]),
    ("plural ministers after one minister",
     "Missile talks\n\nBritish Foreign Secretary Alan Hart said the group had \"committed ourselves\" "
     "to act. In a statement after the meeting, the G-8 foreign ministers said the threats will "
     "\"only isolate\" the regime.",
     ["Alan Hart", None]),
    ("a spokesman is not the president",
     "Policy fight\n\nWhite House spokesman Ed Shultz said on Friday the bill was unwise.\n\nThe "
     "president had called this a \"season of repair\" on the issue.",
     [None]),
    ("the addressee of the letter is not the chief",
     "Officer fired\n\nThe city police department fired officer Brent Hale on Tuesday. In a letter to "
     "Hale, the police chief called his conduct \"a disgrace to the badge.\"",
     [None]),
    ("the owner of the book is not the bishop",
     "Book row\n\nDespite enjoying Tom Grey's thriller, the bishop said there was \"no evidence at "
     "all\" for its claims.",
     [None]),
    ("a network is no retired general",
     "Speech fees\n\nCNN has reported that the speech was paid for by the network Russia Today.\n\n"
     "In his filing, the retired general said the fee was \"a private matter\" and gave no sum.",
     [None]),
    ("kept: the focus is the subject of the same sentence",
     "Mill visit\n\nSenator Lia Monk toured the mill, and the Maine Democrat said the jobs were "
     "\"coming back.\"",
     ["Lia Monk"]),
    ("kept: the focus named in the sentence before",
     "Rally\n\nKane Dorsey spoke at the rally. \"We will win,\" the Ohio Republican said.",
     ["Kane Dorsey"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_focus_not_holder(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
