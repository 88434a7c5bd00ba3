"""A wire dateline with its agency in brackets ("Columbia, South Carolina (CNN) …", "PORT ANSELM,
Ohio (Reuters) - …") opens the story's first paragraph: the place is no one who speaks. It was
read as a name, and the parse gave the place the first verb of saying (round 66, lane who70:
real-news fresh24 and fresh14, a candidate's words given to the dateline's city). Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("a mixed-case city and state before a bracketed agency",
     "Candidate grilled over old interview\n\n"
     "Columbia, South Carolina (CNN) Walter Brisk admitted Monday that he \u201cmight have\u201d backed "
     "the plan in a 2002 interview.\n\n"
     "\u201cIt was the first time anyone asked me,\u201d the front-runner told the audience.",
     ["Walter Brisk", "Walter Brisk"]),
    ("a capitalised city, a state and an agency with a dash",
     "Rivals trade barbs\n\n"
     "EL PASO, Texas (Reuters) - Walter Brisk toured the border fence on Monday and called the "
     "wall \u201ca must for this city.\u201d\n\nHis rival Ana Ruiz spoke later.",
     ["Walter Brisk"]),
    ("a known city alone before the agency",
     "Budget talks\n\n"
     "Washington (CNN) Senator Ana Ruiz said on Friday that the deal was \u201cdead on arrival.\u201d",
     ["Ana Ruiz"]),
    # not a dateline: a person's party in brackets, or a person before an outlet's name
    ("a name with a party label in brackets stays the speaker",
     "Budget talks\n\n"
     "Senator Ana Ruiz (D) said on Friday that the deal was \u201cdead on arrival.\u201d",
     ["Ana Ruiz"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_agency_dateline(case, article, expected, speech_of):
    got = [q.speaker for q in speech_of(article, case)]
    assert got == expected
