"""A capitalised noun for a person after "the" is a description, not a name (issue 11, round
24, lane wrong8): a nationality noun ("the Dutchman said", "said the Irishman") is the subject
just before, as "the Sale player" is; a title that can also be a surname ("the Bishop said") is
the office holder in focus. Both were read as names "Dutchman", "Bishop" and took the words
(BBC sport and entertainment, fresh5 tuning split and its extension). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a nationality noun after the quotation is the subject just before",
     "Cup win\n\nKestrel manager Pieter Vos praised his side after the 2-0 win.\n\n"
     "\u201cWe were patient and it paid off,\u201d the Dutchman said.\n",
     ["Pieter Vos"]),
    ("a nationality noun after 'said' is the subject just before",
     "Cup win\n\nStriker Sean Doyle scored twice in the second half.\n\n"
     "\u201cIt was not pretty but we got the result,\u201d said the Irishman.\n",
     ["Sean Doyle"]),
    ("a title that is also a surname, after 'the', is the office holder in focus",
     "Book row\n\nThe Bishop of Harlow, the Rt Rev Tom Gale, called the novel \u201clazy "
     "history\u201d. The book has sold well.\n\nWriting in a local paper, the Bishop said: "
     "\u201cThe evidence is very strong.\u201d\n",
     ["Tom Gale", "Tom Gale"]),
]


@pytest.mark.parametrize("label,article,want", CASES, ids=[c[0] for c in CASES])
def test_capital_epithets(speech_of, label, article, want):
    assert [q.speaker for q in speech_of(article)] == want, label


def test_a_surname_that_is_a_title_stays_a_name(speech_of):
    # "Mark Bishop said …" then "Bishop added": no "the", a surname
    art = ("Budget\n\nCouncillor Mark Bishop opened the meeting.\n\n\u201cWe have to cut,\u201d "
           "Bishop said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Mark Bishop"]
