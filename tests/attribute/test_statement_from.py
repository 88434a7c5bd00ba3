""""“…,” a statement from spokesperson X said" and "“…,” said the statement from X, the
agency's under secretary" (issue 11, round 32, lane nulls13: a random sample of null speech in
unannotated corpus text): the document and its sender made one description, which matched no
role, and the words went null. A statement from a named sender is the sender's. Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("before the verb, a role and a name",
     "\u201cWe are not leaving,\u201d a statement from spokesperson Yang Min said.",
     ["Yang Min"]),
    ("inverted, with an apposition",
     "\u201cThe minister stays in office,\u201d said the statement from Ed Zorn, under secretary "
     "for public affairs.",
     ["Ed Zorn"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_statement_from_a_named_sender(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_a_letter_from_many_has_no_one_sender(speech_of):
    article = ("\u201cThe department must step in,\u201d said the letter from 12 Republicans and "
               "9 Democrats.")
    assert [q.speaker for q in speech_of(article)] != ["Republicans"]
