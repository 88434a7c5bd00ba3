"""A speaker named outside the quotations only by a surname takes the full name the article
writes inside a quotation (issue 11: "other forms of a name", real-news tuning split). The
articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the full name written only inside another quotation",
     "Cup tie\n\nThe coach was angry. \u201cThat call and Rafe Dunmore's goal decided it,\u201d he said.\n\n"
     "Dunmore said the goal was fair. \u201cI was onside by a yard,\u201d Dunmore said.",
     ["Rafe Dunmore"]),
    ("two given names before the surname leave the surname alone",
     "Family firm\n\n\u201cAda Brook and Leo Brook built it,\u201d the founder said.\n\n"
     "\u201cWe will not sell,\u201d Brook said.",
     ["Brook"]),
    ("a name written only inside the quotation itself is not its speaker's",
     "Rally\n\n\u201cI am Ivo Karst and I will win,\u201d Karst said.",
     ["Karst"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_full_name_from_a_quotation(speech_of, article, speakers):
    got = [q.speaker for q in speech_of(article)]
    assert got[-len(speakers):] == speakers
