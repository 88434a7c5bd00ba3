""""“…,” a statement on her website said" and "said a post on its official account" (issue 11,
round 33, lane docs14: a judged sample of null speech near documents on random corpus text):
a document on someone's own website, account or page speaks for that owner, whom the
pronoun names; the description was left unresolved and the words null. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("her website, after the verb",
     "Varek to skate again\n\nSkater Anna Varek will compete again in March after her injury.\n\n"
     "\u201cAnna has trained hard all winter,\u201d a statement on her website said.",
     ["Anna Varek"]),
    ("a tweet from its official account",
     "League attacks police\n\nThe Northern Defence League clashed with police on Wednesday.\n\n"
     "\u201cThe country is waking up,\u201d said a tweet from its official account.",
     ["Northern Defence League"]),
    ("its official account, inverted",
     "Rowers lose final\n\nThe Harbour Rowing Club said on Sunday that it had lost its final.\n\n"
     "\u201cWe will be back next season,\u201d said a post on its official account.",
     ["Harbour Rowing Club"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_document_on_the_owners_channel(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_a_website_of_no_one_stays_unnamed(speech_of):
    article = ("Varek to skate again\n\nSkater Anna Varek will compete again in March.\n\n"
               "\u201cThe rink reopens in May,\u201d a statement on a website said.")
    assert [q.speaker for q in speech_of(article)] == [None]


def test_a_channel_whose_owner_reads_as_a_place_stays_unnamed(speech_of):
    # "its" would resolve to the city named last, whose website it is not (the place guard in
    # document_parts had no test: round 33, second review)
    article = ("Cup run\n\nThe team flew to Denver on Monday. \u201cWe are ready,\u201d a statement "
               "on its website said.")
    assert [q.speaker for q in speech_of(article)] == [None]
