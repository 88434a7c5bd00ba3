"""A headline written twice, the second time as the body's first line (headline_copy.py): the
first copy takes the body's credit of its words, the second was read as a body sentence and
left null. Invented articles of the shapes draw G showed (round 80, lane null91)."""

from __future__ import annotations

import pytest

from paired_quotes import attribute

pytest.importorskip("spacy")

_BODY = "\n\nSenator Ana Vale said on Monday the harbour works were “dead” and would not restart."
CASES = [
    ("copy_of_a_headline_the_body_credits",
     "Harbour chief says works are ‘dead’\n\nHarbour chief says works are ‘dead’" + _BODY, 1, "Ana Vale"),
    ("copy_with_more_words_after_it",
     "Harbour works likely ‘dead’\n\nHarbour works likely ‘dead’ Presented by" + _BODY, 1, "Ana Vale"),
    # kept null: the headline's name is only the one the headline holds, not the body's credit
    ("copy_of_a_headline_that_only_holds_a_name",
     "Farm leaders say the vote is about ‘water and land’, not Vale’s record\n\n"
     "Farm leaders say the vote is about ‘water and land’, not Vale’s record\n\n"
     "Senator Ana Vale spoke in Ames on Monday about the farm bill.", 1, None),
]


@pytest.mark.parametrize("text, index, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_headline_copy(text, index, speaker):
    quotes = attribute(text)
    assert quotes[index].speaker == speaker
