"""An office or party epithet the name finder took as the speaker's name, with its holder named
right after it in apposition ("The top Senate Democrat, Ana Ruiz, said", "said CLF
President and CEO, Linda Olsen."): the holder, not the person in focus nor no one. A list after
the office ("…, Ana Ruiz and Bo Lee said") names no one holder. Round 66, lane desc71. Our own
words."""

from __future__ import annotations

import pytest

_BEFORE = ("Veto fight\n\nLawmakers reacted on Friday to the veto of the border bill.\n\n"
           "Republican Senator Tom Hale backed the decision.\n\n")

CASES = [
    ("a party epithet with its holder apposed",
     _BEFORE + "The most senior Senate Democrat, Ana Ruiz, said in a statement that the veto "
     "\"ignores the law entirely\".",
     "Ana Ruiz"),
    ("an office and a second title with the holder apposed",
     "Blood rule eased\n\nThe agency eased the rule on Thursday.\n\n\"Our voices won out over a "
     "plain injustice,\" said CLF President and CEO, Linda Olsen. \"This is a start.\"",
     "Linda Olsen"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_apposed_holder(quote_of, article, expected):
    words = "ignores the law entirely" if "veto" in article else "Our voices won out over a plain injustice"
    assert quote_of(article, words).speaker == expected


def test_a_list_after_the_office_is_no_one_holder(quote_of):
    article = (_BEFORE + "The most senior Senate Democrats, Ana Ruiz and Bo Lee, said the veto "
               "\"ignores the law entirely\".")
    assert quote_of(article, "ignores the law entirely").speaker != "Ana Ruiz"
