"""A common word glued before a surname only in title lines (round 80, lane names91): a headline's
adjective ("Defiant X vows …", a hyphened "Battle-weary X …"), a video box's "Former X campaign
manager on …", a short subhead's "See X's best moments". The run of capitals took the word as a
given name and the run became the person's shown name over the body's "President X" and "Mr X".
Kept: a given name that is a common word, listed ("Jay X" in a headline over "Gov. X"), and a
common word the body's prose also writes before the surname ("Rocky X, the mayor, said").
"""

from __future__ import annotations

import pytest

from onrecord.attribute.title_line_openers import in_title_line, title_line_word

CASES = [
    ("a headline's adjective before the surname",
     "Defiant Harlan vows the vote will haunt his rivals\n\nPresident Harlan said his rivals were "
     "on a \"march to ruin\" on Wednesday.\n\n\"We did nothing wrong,\" Mr Harlan said.",
     ["Harlan", "Harlan"]),
    ("a hyphened headline adjective",
     "Battle-weary Harlan tees off on his critics\n\nPresident Harlan called his critics "
     "\"sore losers\" on Monday.\n\n\"They have no case,\" Harlan said.",
     ["Harlan", "Harlan"]),
    ("a video box's adjective before a surname used as a modifier",
     "Harlan speaks at her old school\n\nIn a speech at her old school on Friday, Harlan went after "
     "the governor.\n\n\"We were furious about the last election,\" Harlan said.\n\n"
     "JUST WATCHED Former Harlan campaign manager on the race Replay More Videos ... "
     "MUST WATCH Former Harlan campaign manager on the race 04:56\n\n"
     "\"Get to know your officials,\" she said.",
     ["Harlan", "Harlan"]),
    ("a short subhead's verb before a possessive surname",
     "House votes to sue Harlan\n\nThe House voted to sue President Harlan on Wednesday.\n\n"
     "PHOTOS: See Harlan's best moments\n\n\"Stop being mad all the time,\" Mr. Harlan told the crowd.",
     ["Harlan"]),
]

KEPT = [
    ("a listed given name that is a common word, in the headline over the body's title form",
     "Jay Harlan drops out of the race\n\nGov. Harlan ended his campaign on Friday.\n\n"
     "\"It is time to go home,\" Harlan said.",
     ["Jay Harlan"]),
    ("a common word the body's prose writes before the surname too",
     "Rocky Harlan wins the vote\n\nRocky Harlan, the mayor, won the vote on Tuesday.\n\n"
     "\"We did it,\" Harlan said.",
     ["Rocky Harlan"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_title_line_opener_leaves_the_surname(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


_TEXT = ("Defiant Harlan vows to fight\n\nPresident Harlan spoke.\n\n1974: Defiant Harlan\n\n"
         "Then Defiant Harlan said more than a subhead would say in one line of its own.\n\n"
         "JUST WATCHED Former Harlan aide on the race Replay More Videos")


@pytest.mark.parametrize("needle,nth,title", [
    ("Defiant Harlan", 0, True),  # the headline
    ("Defiant Harlan", 1, True),  # a short subhead without a sentence's end
    ("Defiant Harlan", 2, False),  # a sentence of the body
    ("Former Harlan", 0, True),  # after a video box's header
], ids=["headline", "subhead", "prose", "video box"])
def test_in_title_line(needle, nth, title):
    pos = -1
    for _ in range(nth + 1):
        pos = _TEXT.find(needle, pos + 1)
    assert in_title_line(_TEXT, _TEXT.find("\n"), pos) is title


@pytest.mark.parametrize("word,text,found", [
    ("Defiant", "Defiant Harlan vows\n\nMr Harlan spoke.", True),
    ("Defiant", "Defiant Harlan vows\n\nDefiant Harlan spoke at length to the crowd today.", False),
    ("Jay", "Jay Harlan vows\n\nMr Harlan spoke.", False),  # a listed given name
    ("Kessel", "Kessel Harlan vows\n\nMr Harlan spoke.", False),  # no common word
], ids=["headline only", "also in prose", "a given name", "a rare word"])
def test_title_line_word(word, text, found):
    assert title_line_word(word, text, text.find("\n"), "Harlan") is found
