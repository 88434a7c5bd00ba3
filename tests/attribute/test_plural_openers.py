"""A capitalised word that opens a sentence as the subject of "were" or "are" ("Shooters were
aiming at …") is a common plural noun, not a name: it took a senator's "she said" and her
epithet (round 77, an unseen AllSides article). A surname is never the subject of "were", and a
name the article capitalises inside a sentence too stays a name. Our own words."""

from __future__ import annotations

import pytest

ARTICLE = ("Senator urges calm\n\nSen. Ada Brill said the unrest was caused by a few outsiders. "
           "She said videos of smoke are shown \"after shots have been fired.\" Shooters were aiming at \"marchers "
           "and the police,\" and the people hurt were \"not being shot by the police,\" the Ohio Democrat said. "
           "There was too much attention on \"confrontation,\" she said.\n")


@pytest.mark.parametrize("words", ["marchers and the police", "confrontation"])
def test_a_plural_noun_opening_a_sentence_is_no_speaker(quote_of, words):
    q = quote_of(ARTICLE, words)
    assert q.speaker == "Ada Brill", (q.speaker, q.attribution_evidence)


def test_a_named_group_the_article_capitalises_inside_sentences_is_kept(quote_of):
    article = ("Union vote\n\nThe vote was called by Teamsters Local 9 on Monday. Teamsters were angry at the "
               "offer. \"We will not sign this,\" the union said in a statement signed by Teamsters Local 9.\n")
    q = quote_of(article, "We will not sign this")
    assert q.speaker is None or "Teamsters" in q.speaker, (q.speaker, q.attribution_evidence)
