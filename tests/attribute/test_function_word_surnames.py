""""George Will", "Liu He": a name whose last word is a stop-list word ("Will", "He") is read
whole, and a bare "Will said" is that person's surname (issue 11, round 60, lane who61: the
names were cut to "George" and "Liu", and the bare "Will said" opened no name). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a columnist surnamed Will, named in full then bare",
     "Columnist quits\n\nThe veteran columnist Nora Will said on Monday she had \u201cleft the "
     "club for good\u201d after the vote.\n\nWill, speaking on a radio show, said the doubts began "
     "in spring. \u201cThat was the end of it for me,\u201d Will said.",
     ["Nora Will", "Nora Will"]),
    ("a Chinese surname first, the given name He",
     "Trade talks\n\nThe talks were led by Vice Premier Zhao He.\n\nZhao, speaking to "
     "reporters on his arrival, said he had \u201ccome in good faith.\u201d",
     ["Zhao He"]),
    ("a bare surname after the words, another speaker between",
     "Columnist quits\n\nThe veteran columnist Nora Will left the club on Monday. Club chair Tom "
     "Reyes said he was \u201csorry to see her go.\u201d\n\n\u201cThe club has lost its "
     "way,\u201d Will said on Wednesday.",
     ["Tom Reyes", "Nora Will"]),
    # guards: the modal and the pronoun keep their readings
    ("the modal after a name in a title-case headline",
     "Mayor Reyes Will Sign the Budget\n\n\u201cThe budget is ready,\u201d Mayor Tom Reyes "
     "said on Friday.",
     ["Tom Reyes"]),
    ("a bare modal question opening the sentence is no name",
     "Budget vote\n\nTom Reyes backed the plan. Will the council pass it? \u201cI hope so,\u201d "
     "Reyes said.",
     ["Tom Reyes"]),
    ("the pronoun after a full stop stays a pronoun",
     "Budget vote\n\nThe plan came from Tom Reyes. He said it was \u201cthe best we can do.\u201d",
     ["Tom Reyes"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_function_word_surnames(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
