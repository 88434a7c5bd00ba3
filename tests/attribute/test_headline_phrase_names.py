"""A title-case headline's run of words is no speaker's name (round 66, lane junk73): the run is
written nowhere but in the headline (or the page's repeat of it), and a word of it after the
first is one the article writes in lower case."""

from __future__ import annotations

import pytest

CASES = [
    ("a headline's topic before 'Go Public'",
     "'A Grave Duty': Tariff Hearings Go Public\n\nThe committee opened the first public tariff "
     "hearings on Wednesday, and the chair spoke first.",
     None),
    ("a headline's 'Family' before a colon label",
     "Crash Victim's Family: 'Too Many Questions'\n\nThe uncle of Lena Osei said the family had "
     "\"too many questions\" after the police report.",
     None),
]

KEPT = [
    ("a person named in the headline and in the body",
     "Mayor Pike Says Budget Is 'Balanced'\n\nMayor Dana Pike told the council the budget was "
     "\"balanced\" on Monday.",
     "Dana Pike"),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_headline_phrase_gives_no_speaker(case, article, expected, speech_of):
    assert speech_of(article, case)[0].speaker == expected
