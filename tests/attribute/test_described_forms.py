"""Descriptions of a speaker the article named (issue #11, round 17, lane described2): cases
written for this test, shaped like constructs the real-news tuning split fresh3 left null or
gave to the wrong person."""

from __future__ import annotations

import pytest


CASES = [
    ("a body named inside a person's role is not that person",
     "Island vote\n\nThe island parliament met on Monday. On Sunday the speaker of the outgoing "
     "parliament, Dana Whitlock, said the members would sit until the handover.\n\nLater the newly "
     "elected parliament described the ferry firms as \u201creckless operators\u201d in a short notice.",
     [None]),
    ("the role before the preposition still names its holder",
     "Island vote\n\nThe speaker of the outgoing parliament, Dana Whitlock, spoke on Sunday.\n\n"
     "\u201cWe will sit until the handover,\u201d the speaker said.",
     ["Dana Whitlock"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_described_form(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
