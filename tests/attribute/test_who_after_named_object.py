"""A relative clause with "who" on a named person inside a prepositional phrase (issue #11,
round 38, lane clause21): "a tweet from her campaign chairman, NAME, who wrote that …",
"a new book by terrorism experts NAME and NAME who write that …". The parser hangs the clause
on the common noun ("chairman", "experts") and the antecedent rule climbed the phrase to the
document ("a tweet", "the book"), so the words went null with it as the description; "who"
speaks for the person named right before it. Articles written for this test (big, big2)."""

from __future__ import annotations

import pytest


CASES = [
    ("a named person in apposition after 'from'",
     "Strike\n\nThe talks stalled again. The first sign was a post from the union's press officer, "
     "Dana Kettering, who wrote that the offer was “an insult to every nurse on the ward.”",
     ["Dana Kettering"]),
    ("two named authors after 'by'",
     "Rents\n\nRents rose again in May. It is the theme of a new report by housing researchers Lee "
     "Marr and Nina Ashe who write that rents “will keep climbing for a decade.”",
     ["Lee Marr"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_who_after_named_object(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
