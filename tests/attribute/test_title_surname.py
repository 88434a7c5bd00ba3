"""A title word after a known given name is a surname ("Tim Dean, director of the venue, said
…"): issue 11, round 16, the real-news tuning split dropped the whole name as a role, so the
he after it went to the speaker before. "Massachusetts Gov." stays a role. Our own words."""

from __future__ import annotations


def test_given_name_then_title_word_is_a_name(speech_of):
    art = ("Arena row\n\nA minister, Mr Cardew, urged families to stay away. \u201cBurn the "
           "tickets,\u201d Mr Cardew said.\n\nPaul Bishop, manager of the city arena, said sales "
           "had been strong. \u201cThousands of people have already bought seats,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Cardew", "Paul Bishop"]
