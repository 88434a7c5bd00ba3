"""A he/she after a sentence whose subject is a body's unnamed spokesperson is that unnamed
person, left null: neither the body ("The Ofcom spokesman said …. “…,” he said") nor a person
named earlier ("A spokesman for the ministry criticised it. “…,” he said"). Issue #11 round 13
(attribute/referents.py); cases written for this test, shaped like constructs on the fresh
tuning set."""

from __future__ import annotations

import pytest

CASES = [
    ("the body's spokesman, its name as a modifier",
     "Fares\n\nThe Harbour Board spokesman said the fares would rise in May. \u201cWe have no "
     "other choice this year,\u201d he said.",
     [None]),
    ("an indefinite spokesman for a body after a named minister",
     "Fares\n\nMinister Ola Brandt announced the new fares on Monday. A spokesman for the Harbour "
     "Board criticised the plan later that day. \u201cIt will hurt families,\u201d he said.",
     [None]),
    ("a named spokesman still speaks",
     "Fares\n\nThe Harbour Board spokesman Ivo Sarn said the fares would rise in May. \u201cWe have "
     "no other choice this year,\u201d he said.",
     ["Ivo Sarn"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_body_voice(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
