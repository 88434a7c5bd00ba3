"""A quotation that itself quotes a question or a sentence ("I asked him ‘are you ready?’. He
nodded. I said ‘go’,” said Poll.): the inner words' question mark or full stop does not end the
outer quotation's sentence, so the credit after the outer closing mark still reaches it (issue
11, round 19, lane nulls: on the fresh tuning splits the outer words were left null, their
sentence cut at the inner question mark, and the credit went to the inner ‘go’ alone). Our own
words."""

from __future__ import annotations


def test_credit_after_a_quotation_that_quotes_a_question(speech_of):
    art = ("Late goal\n\nReferee Ann Lisle defended her call on Sunday. The home side were not "
           "ready, which angered their coach. \"Nothing in the rules needs a whistle. I asked the "
           "striker 'are you ready?'. He was polite. I said 'go',\" said Lisle. \"I follow the "
           "rules.\"\n")
    outer = [q for q in speech_of(art) if q.text.startswith("Nothing")]
    assert [q.speaker for q in outer] == ["Ann Lisle"]


def test_credit_after_a_quotation_that_quotes_a_full_sentence(speech_of):
    art = ("Pay talks\n\nUnion leader Omar Tesfaye met the board on Friday. The talks ran late. "
           "\u201cThey told us \u2018the offer is final.\u2019 We told them to think again,\u201d "
           "Tesfaye said.\n")
    outer = [q for q in speech_of(art) if q.text.startswith("They told")]
    assert [q.speaker for q in outer] == ["Omar Tesfaye"]
