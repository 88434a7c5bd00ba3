"""A bare surname ending like a participle or an adverb opening its sentence ("Speed says she
…", "Healy said") was refused as a participle, so it made no mention and the person's "she"
or "“…,” X said" went null (round 83, lane surname101: draw N). Our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("given, surname, pron, rival", [
    ("Vera", "Speed", "she", "Anna"),
    ("Tom", "Healy", "he", "Alan"),
    ("Ruth", "Downing", "she", "Anna"),
])
def test_a_suffix_surname_opening_a_sentence_carries_its_pronoun(speech_of, given, surname, pron, rival):
    art = (f"Harbour plan\n\n\u201cThe port needs a new pier,\u201d said {given} {surname}, a harbour "
           f"official, at a meeting.\n\nThe council met {rival} Brook about the cost. Brook wants a "
           f"delay.\n\n{surname} says {pron} understands the delay. \u201cBut the boats cannot wait "
           f"another winter,\u201d {pron} said.\n")
    assert [q.speaker for q in speech_of(art)][-1] == f"{given} {surname}"


@pytest.mark.parametrize("opener", ["Speaking", "Surely", "Asked"])
def test_a_participle_opening_a_sentence_stays_a_word(speech_of, opener):
    art = (f"Harbour plan\n\n{opener} at the meeting, the harbour chief was calm. \u201cThe pier "
           "will be built,\u201d said Vera Moss, a harbour official.\n")
    assert [q.speaker for q in speech_of(art)] == ["Vera Moss"]


def test_such_a_surname_opening_a_sentence_is_its_subject(speech_of):
    # the comma after "…, but" made "Speed" read as a participle's introductory phrase: no
    # subject, so her "she" fixed no gender and the next "she said" was left null
    art = ("Harbour plan\n\n\u201cThe port needs a new pier,\u201d said Jordan Speed, a harbour official.\n\n"
           "Tom Vale went on to write, \u201cWe believe the pier is a good thing.\u201d\n\n"
           "Speed says she recognizes the value of the pier to Italian Americans, but there has to be "
           "another way.\n\n\u201cThere are a lot of boats that cannot wait,\u201d she said.\n")
    assert [q.speaker for q in speech_of(art)][-1] == "Jordan Speed"
