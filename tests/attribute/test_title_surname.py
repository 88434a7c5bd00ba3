"""A title word after a known given name is a surname ("Tim Dean, director of the venue, said
…"): issue 11, round 16, the real-news tuning split dropped the whole name as a role, so the
he after it went to the speaker before. "Massachusetts Gov." stays a role. Our own words."""

from __future__ import annotations

import pytest


def test_given_name_then_title_word_is_a_name(speech_of):
    art = ("Arena row\n\nA minister, Mr Cardew, urged families to stay away. \u201cBurn the "
           "tickets,\u201d Mr Cardew said.\n\nPaul Bishop, manager of the city arena, said sales "
           "had been strong. \u201cThousands of people have already bought seats,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Cardew", "Paul Bishop"]


def test_title_looking_given_name_opening_a_two_word_name(speech_of):
    """"Dean Hollis said …": a title-looking given name opening a run of two words is the given
    name (357 "Dean X" in the corpora: Heller 139, Baquet 54, Obeidallah 25 …; the speaker was
    the surname alone; twelfth session, corpus read)."""
    art = ("Budget vote\n\nDean Hollis voted against the bill. \u201cIt spends money we do not have,\u201d "
           "Hollis said on Tuesday.")
    assert [q.speaker for q in speech_of(art)] == ["Dean Hollis"]


def test_title_word_before_given_name_and_surname_stays_a_title(speech_of):
    art = ("Campus row\n\nDean Marta Hollis closed the library. \u201cIt was unsafe,\u201d Hollis said.")
    assert [q.speaker for q in speech_of(art)] == ["Marta Hollis"]


@pytest.mark.parametrize("opening", [
    "Republican Rep. Will Hollis of Texas spoke on Monday.",
    "The plan was opposed by Will Hollis, a Texas Republican.",
    "Will Hollis, a Texas Republican, opposed the plan.",
    "Will Hollis opposed the plan on Monday.",
])
def test_will_as_a_given_name(opening, speech_of):
    """"Will Hurd": a given name the modal verb list stopped, so the speaker was the surname
    alone (about 60 "Will Hurd" and 200 other "Will X" names in the corpora; twelfth session)."""
    art = f"Border plan\n\n{opening} \u201cWe need a wall of technology,\u201d Hollis said."
    assert [q.speaker for q in speech_of(art)] == ["Will Hollis"]


def test_will_opening_a_question_is_no_name(speech_of):
    art = ("Border plan\n\nBen Hollis spoke on Monday. Will Congress pass the plan? "
           "\u201cWe need a wall of technology,\u201d Hollis said.")
    assert [q.speaker for q in speech_of(art)] == ["Ben Hollis"]


@pytest.mark.parametrize("article,expected", [
    ("Advice row\n\nLord Hallam gave his advice in March.\n\nThe cabinet met.\n\nHallam said the war "
     "was \u201clegal\u201d and he added: \u201cIt is clear.\u201d", ["Lord Hallam", "Lord Hallam"]),
    ("Advice row\n\nFormer minister Lord Hallam spoke.\n\n\u201cIt will not work,\u201d he said.",
     ["Lord Hallam"]),
    ("Advice row\n\nBaroness Orkney told peers the bill was \u201ca muddle\u201d.", ["Baroness Orkney"]),
])
def test_peer_title_is_the_name(article, expected, speech_of):
    """A peer's title before a lone name is the name ("Lord Goldsmith"; the gold's fullest
    name the article writes, as fresh4's "Baroness Scotland"): the speaker was the bare
    "Goldsmith" with the role "Lord" (about 100 quotations in 200 corpus articles with peers)."""
    assert [q.speaker for q in speech_of(article)] == expected
