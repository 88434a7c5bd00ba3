"""A document that lays out the quoted words with a verb of showing ("The email indicates that
…", "a petition that begins, “…”", "The announcement signals …, set with “…”") speaks for its
issuer, as a document that "says" does (attribute/document_verbs.py; round 37, lane narr20:
the parse found no verb of saying and left the words null). Guards: a person who "shows" or
"begins" says nothing by it, and a survey's figures stay nobody's. The articles are our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("an email that indicates, its sender named before",
     "Harbour fees\n\nThe Harbour Authority sent an email to the council in May. The email indicates "
     "that the new fees were \"set without any study of the local fishing fleet.\"",
     ["Harbour Authority"]),
    ("a petition that begins, put together by a named group",
     "Harbour fees\n\nThe Fishers Union has put together a petition that begins, \"We the undersigned "
     "ask the council to drop the new harbour fees before the winter season.\"",
     ["Fishers Union"]),
    ("an announcement that signals, after the body's statement",
     "Harbour fees\n\nThe Harbour Authority said in a statement on Friday that it will hold an open "
     "day at the docks in June.\n\nThe announcement signals a bigger event than last year, set with "
     "\"boat tours, a fish market and music for every family in the town.\"",
     ["Harbour Authority"]),
]

GUARDS = [
    ("a person who shows says nothing by it",
     "Harbour fees\n\nTomas Brekke, a retired harbour master, has lived by the docks for forty years. "
     "On Monday Brekke showed visitors the empty berths that were \"full of boats every morning "
     "before the new fees came in.\"",
     [None]),
    ("a survey's figures stay nobody's",
     "Harbour fees\n\nThe Fishers Union asked its members about the fees in May. The survey shows 60 "
     "percent of them \"strongly opposed to any rise in the fees this year or next.\"",
     [None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_document_verbs(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
