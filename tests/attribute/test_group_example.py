"""A group subject with one named example ("Residents like NAME, …, said …"): the named one
speaks (issue #11, round 38, lane clause21; shaped like big and big2 cases, own words)."""

from __future__ import annotations

import pytest


CASES = [
    ("a named example with an apposition after commas",
     "Road\n\nThe council voted on Tuesday. Residents like Owen Tully, a retired teacher who has lived "
     "on the street for forty years, said the new road was “a disaster waiting to happen.”",
     ["Owen Tully"]),
    ("a named example with an apposition between dashes",
     "Cuts\n\nThe budget lands next week. Economists like Priya Nandal — a lecturer at the Harbour "
     "Business School — told the Ledger that the cuts would “bite hardest in the north.”",
     ["Priya Nandal"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_group_example(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_people_like_us_stay_a_group(speech_of):
    article = ("Fares\n\nFares rise in May. Commuters like us said the rise was “one more kick in the teeth.”")
    assert [q.speaker for q in speech_of(article)] == [None]
