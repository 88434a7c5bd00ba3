"""A nationality adjective used as a noun for one person, alone after "the" ("“…,” said the
American", "the German said") is the player or speaker the
sentence before wrote about, as "the Dutchman" is; the adjective was dropped as a name and the
words left null (round 37, lane weak20: 4 of 100 nulls drawn from big2, all BBC sport). A people
("the French") or a newspaper ("The Australian") is no one's epithet. Cases in our own words."""

from __future__ import annotations

import pytest


CASES = [
    ("said the German: the loser the sentence before wrote about",
     "Open final\n\nAnna Kovacs beat Lena Moritz 6-3 6-4 in the final on Sunday. \"I felt strong "
     "all week,\" said Kovacs. Moritz served well but could not match her opponent's speed. \"It was "
     "my first final, and I learned a lot,\" said the German. \"I will be back next year.\"\n",
     ["Anna Kovacs", "Lena Moritz", "Lena Moritz"]),
    ("said the American after a sentence whose subject he is",
     "Open final\n\nIvo Marsh lost to Tom Brandt again. And Marsh, who struggled with his backhand, "
     "said Brandt was the best player on the tour. \"A lot of players fear him now,\" said the "
     "American. \"He is very strong.\"\n",
     ["Ivo Marsh", "Ivo Marsh"]),
    ("the Brazilian said: the verb of saying after the noun",
     "Cup tie\n\nRui Costa scored twice as his side won 3-1. Costa was booked late on for a "
     "challenge on the keeper. \u201cI did not mean to hurt him,\u201d the Brazilian said.\n",
     ["Rui Costa"]),
    ("the adjective and an office stay a description of the named holder",
     "Summit\n\nGerman Chancellor Greta Vogel met the Russian president on Monday. \"We will talk "
     "again,\" the German chancellor said.\n",
     ["Greta Vogel"]),
    ("The Australian is a newspaper: never a player's epithet",
     "Papers\n\nThe Australian reported that the minister would resign. \"He has lost the room,\" "
     "the Australian said.\n",
     [None]),
]


@pytest.mark.parametrize("label,article,expected", CASES, ids=[c[0] for c in CASES])
def test_nationality_noun_is_the_person_before(speech_of, label, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
