"""A credit read next to a quotation whose speaker phrase ends in a preposition, an article or
a conjunction ("“…” funding for towns, adding", "the rival camp chose to", "the aide in
question “…”") names nobody: the words there are a clause running on, not a noun phrase
(issue 11, round 46, lane with28: on big/big2 every such credit was wrong, 18 of 18, most
left as a nonsense description like "funding for"). Our own words."""

from __future__ import annotations

import pytest

HEAD = "Budget row\n\n"
CASES = [
    ("after the words: a clause ending in 'by', then asking",
     "The Reed campaign later accused its rivals of \"gaming\" the count by asking for a "
     "recount, arguing that the \"whole point\" of it was delay.", "the count by"),
    ("after the words: a clause ending in 'as'",
     "\"We have no money left for the roads,\" the paper quotes her as saying.", "the paper quotes her as"),
    ("after the words: a clause ending in 'to'",
     "After the mayor mocked him as \"Little Len,\" the rival camp chose to reply the same day.",
     "the rival camp chose to"),
    ("before the words: a phrase ending in 'in'",
     "The Ledger named an aide. But the aide in question \"denied every claim when asked by the "
     "Ledger.\"", "the aide in"),
]
GUARDS = [
    # a real description and a real name still credit the words
    ("a description after the words", "\"The plan is dead,\" a council source said.", "a council source"),
    ("a name after the words", "\"The plan is dead,\" Ada Quill said.", None),
    # "of his" closes a noun phrase (a possessive standing alone), it runs on into nothing:
    # the review of round 46 found the credit dropped and the words handed to the man talked
    # about ("he" -> the missing fisherman)
    ("'a friend of his' after the words",
     "The fisherman Jon Berg went missing on Sunday. \"He knew those waters better than anyone,\" "
     "a friend of his said.", "a friend of his"),
    ("'a friend of his' before the words",
     "The fisherman Jon Berg went missing on Sunday. A friend of his said \"he knew those waters "
     "better than anyone.\"", "A friend of his"),
]


@pytest.mark.parametrize("body,bad", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_open_ended_phrase_is_no_description(speech_of, body, bad):
    assert all(q.speaker_description != bad for q in speech_of(HEAD + body))


@pytest.mark.parametrize("body,desc", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_noun_phrase_credits_kept(speech_of, body, desc):
    q = speech_of(HEAD + body)[-1]
    assert q.speaker_description == desc
    assert q.speaker is not None or desc is not None
