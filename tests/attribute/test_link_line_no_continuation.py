"""A quotation in a related-story link line ("More: …") that names no speaker of its own takes
no earlier voice: the line is another story's headline (round 81, lane wrong93: four on 3,000
unseen articles, each given the speaker of the line or paragraph before). A link line that
names its speaker keeps him (link_titles.py). Articles written for the test."""

from __future__ import annotations

import pytest

_OPEN = ("Ferry fares\n\nThe ferry company raised its fares again on Monday.\n\n"
         "\u201cThe rise is a scandal,\u201d said harbour master Carl Banner.\n\n")

CASES = [
    ("a term in a linked headline",
     _OPEN + "More: \u2018Pivot towns\u2019 will be key in the fight for the council\n\n"
     "The vote is next week.",
     "Pivot towns", None),
    ("a group's words in a linked headline",
     _OPEN + "More: Island traders: \u2018We are not on our own,\u2019 despite the rise\n\n"
     "The vote is next week.",
     "We are not on our own,", None),
    ("a linked headline naming its speaker keeps him",
     _OPEN + "More: Carl Banner says the fares \u2018must fall this year\u2019\n\nThe vote is next week.",
     "must fall this year", "Carl Banner"),
    ("a video box's second copy goes on in the first copy's voice",
     _OPEN + "JUST WATCHED Carl Banner on fares: \u2018They must fall this year\u2019 Replay More Videos ... "
     "MUST WATCH Carl Banner on fares: \u2018They must fall this year\u2019 01:39\n\nThe vote is next week.",
     None, "Carl Banner"),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_link_line_takes_no_earlier_voice(case, article, words, expected, speech_of):
    quotes = [q for q in speech_of(article, case) if words is None or q.text.strip(" ,.:") == words.strip(" ,.:")]
    assert quotes and quotes[-1].speaker == expected
