"""A piece of a longer name shown as a speaker, and the whole name near the quotation
(attribute/longer_name.py; round 38, lane orgpiece21). Round 36 left such quotations null
("Children" of "Save the Children"); when the whole name is written in the quotation's
paragraph, it is the body that speaks, or the person its credit closes on."""

from __future__ import annotations

import pytest

WHOLE = [
    ("a body's name joined by 'the' speaks",
     "Camps\n\nThe camps are full. On Tuesday, the charity Feed the Villages warned that food was "
     "\u201crunning out within days\u201d, with more families arriving.", "Feed the Villages"),
    ("a possessive body's name speaks",
     "Aid\n\nA nurse was flown home on Sunday. \u201cWe thank everyone who prayed for him,\u201d a "
     "statement from Hartley\u2019s Lantern said. \u201cHe is awake and talking.\u201d",
     "Hartley\u2019s Lantern"),
    ("a body's name with a trailing adverb speaks",
     "Phones\n\nA leak showed new flaws. Privacy group Shield Now said on Monday it was "
     "\u201cnaive to think only friendly agencies\u201d would use them.", "Shield Now"),
    ("the person after a body's office speaks",
     "Voters\n\nChurchgoers are split. \u201cEvery family here cares about the schools,\u201d said "
     "Watch on the Hills Senior Vice President Tom Haverford. \u201cThat will not change.\u201d",
     "Tom Haverford"),
    ("the person after a body's possessive speaks",
     "Phones\n\nInvestors cheered the change. \u201cThis could open the market wide,\u201d added "
     "Brill and Otter's Nadia Kerrigan.", "Nadia Kerrigan"),
    ("the person after a committee's name speaks",
     "Summit\n\nCritics spoke out. Ranking Member of the House Budget Committee Adam Loring said "
     "that the remarks were a \u201cgreen light\u201d for more cuts.", "Adam Loring"),
]


@pytest.mark.parametrize("case,article,expected", WHOLE, ids=[c[0] for c in WHOLE])
def test_whole_name_speaks(case, article, expected, speech_of):
    said = speech_of(article, case)
    assert said and said[0].speaker == expected


NOT_WHOLE = [
    ("a paper the story was taken to is not its speaker",
     "Claims\n\nIn a statement, the senator's office said the same woman had taken the "
     "\u201cfalse\u201d story to The Harbor Ledger.", "The Harbor Ledger"),
    ("a group noun after the name: the officials speak, no one named",
     "Border\n\nArrests rose in June. Parks and Wildlife Protection officials said they were "
     "\u201cwatching the trails closely\u201d and blamed poachers.", "Parks and Wildlife Protection"),
    ("a name written in another paragraph is no credit",
     "Relief\n\nVolunteers opened a centre at Bellmont Arena, access Gate 9, for families.\n\n"
     "The mayor's office offered \u201cdeep sympathy\u201d to the families.", "Gate 9"),
    ("a name in a sentence before the credit is no credit",
     "Books\n\nThe model for the author is Wren of Harlow, the healer who ran the valley's clinic. "
     "\u201cWren both served the town and came to stand for it,\u201d the magazine editor writes.",
     "Wren of Harlow"),
    ("a thing a body owns is not its speaker",
     "Rules\n\nThe vote was close. The Assembly\u2019s Code of Ethics requires members to "
     "\u201cact at all times with honour.\u201d", "The Assembly\u2019s Code of Ethics"),
    ("a common word opening the sentence is no part of a name",
     "Party\n\nThe party has changed, perhaps. Perhaps the Hallorans played that down to look "
     "\u201cmore modern,\u201d and so won.", "Perhaps the Hallorans"),
]


@pytest.mark.parametrize("case,article,wrong", NOT_WHOLE, ids=[c[0] for c in NOT_WHOLE])
def test_whole_name_not_taken(case, article, wrong, speech_of):
    said = speech_of(article, case)
    assert all(q.speaker != wrong for q in said)
