"""A one-word name the article gives a title is that person, never a body whose name holds the
word (thirteenth session, lead's corpus read of 1,000 articles: "Ms. White, 42, said" went to
the White House; "President Obama … Obama said" to "the Obama White House", "Trump said" to
"the Trump White House", 21 quotations). An untitled word still finds its body. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a courtesy title beside a body holding the surname",
     "Voters\n\nThe White House said on Monday that the race was close.\n\n\u201cI may vote "
     "for a third party,\u201d Ms. White, 42, said after the rally.", "White"),
    ("an office title beside 'the X White House'",
     "Cabinet\n\nPresident Obama met his cabinet. Staff in the Obama White House were tired.\n\n"
     "\u201cWe have work to do,\u201d Obama said on Monday.", "Obama"),
    ("an untitled word still names its body",
     "Results\n\nLumen Metrics posted its results on Monday.\n\n\u201cIt was a strong year,\u201d "
     "Lumen said.", "Lumen Metrics"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_titled_word_is_the_person(case, article, expected, speech_of):
    said = speech_of(article, case)
    assert said and said[-1].speaker == expected
