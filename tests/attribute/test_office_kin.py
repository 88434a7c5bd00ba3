"""An office is not the relative of its holder: "President X" beside the article's only full
form "first lady Ann X" joined her cluster, and "the president said" then went to her; with no
one titled, "the president" went to her as the person in focus (round 59, lane office60; the
lead's blind audit had "the president said" given to the first lady three times in one
article). A titled surname does not join a same-surname person the article shows only as
someone's relative, and a definite office does not look back to such a person. Our own words."""

from __future__ import annotations

import pytest

SPLIT = [
    ("the first lady named in full, the president by title and surname",
     "Library\n\nFirst lady Ann Corwin opened the library on Monday. President Corwin arrived "
     "later. \u201cBooks change lives,\u201d the president said.", "Books change lives"),
    ("a wife shown by apposition, the governor by title and surname",
     "Budget\n\nNora Pell, his wife, cut the ribbon at the school. Gov. Pell spoke after her. "
     "\u201cThe budget is balanced at last,\u201d the governor said.", "The budget is balanced at last"),
]


@pytest.mark.parametrize("case,article,words", SPLIT, ids=[s[0] for s in SPLIT])
def test_a_titled_surname_is_not_the_holders_relative(case, article, words, quote_of):
    q = quote_of(article, words, case)
    assert q.speaker is not None and q.speaker not in {"Ann Corwin", "Nora Pell"}


def test_an_office_given_to_no_one_is_not_the_relative_in_focus(quote_of):
    article = ("Library\n\nThe first lady, Ann Corwin, opened the library on Monday. She read to "
               "the children. \u201cBooks change lives,\u201d the president said later.")
    assert quote_of(article, "Books change lives").speaker is None


def test_a_relative_who_holds_the_office_keeps_it(quote_of):
    article = ("Budget\n\nGovernor Nora Pell, the daughter of a banker, spoke on Monday. Gov. Pell "
               "said the budget was \u201cbalanced at last\u201d and left.")
    assert quote_of(article, "balanced at last").speaker == "Nora Pell"
