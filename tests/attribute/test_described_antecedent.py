"""A he/she whose nearest subject before it is a definite description of a person (an epithet,
a nationality, an office) is that description's person, not the last name written before the
description; a pronoun of the other gender, or a name between, leaves the search as it was.
Round 68, lane desc76. Our own words."""

from __future__ import annotations

import pytest

_COACH = ("Cup preview\n\nBrenner said the holders would rest two players. \"We have a long week,\" "
          "Brenner said. Brenner's own captain Tomas Lind is back in training, but the Swede "
          "conceded he had not picked a side yet.\n\n")

CASES = [
    ("a nationality after the coach's player",
     _COACH + "\"Tomas wants to start, and that is a good sign,\" he said.", "Olaf Brenner"),
    ("an office in a concessive clause, the reporter named before it",
     "Border tensions\n\nState television showed Chancellor Ivo Marek touring the border on Monday, "
     "correspondent Dana Voss reports. Though the chancellor decided not to close the crossing, he "
     "kept up his warnings, saying the neighbours were \"playing with fire\".", "Ivo Marek"),
    ("a former office, a caption name between",
     "Aid debate\n\nFormer President Carl Ostrow said on Friday the plan was sound. \"It is the right "
     "way,\" Ostrow said.\n\n(PHOTOS: Sen. Rick Hale tours the camps)\n\nThe former president also "
     "said he was surprised by the fuss over remarks which he said were \"a late answer to a late "
     "question\".", "Carl Ostrow"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_after_described_subject(speech_of, article, expected):
    quote = speech_of(article)[-1]
    assert quote.speaker is not None and quote.speaker.endswith(expected.split()[-1])


def test_a_she_is_not_the_described_man(speech_of):
    article = ("Briefing\n\nPresident Ray Tolland spoke at noon, and he took questions. Reporter Ana "
               "Brill asked about the tariffs. After the president answered, she pressed on, saying the answer was \"not "
               "an answer at all\".")
    assert speech_of(article)[-1].speaker != "Ray Tolland"


def test_an_unnamed_spokesman_is_not_the_leader_in_focus(speech_of):
    article = ("Bus fares\n\nJohn Kerr, the Eastline leader, opposed the rise.\n\n"
               "The Eastline spokesman said the motion had failed. \u201cWe will bring it back,\u201d he said.")
    assert speech_of(article)[-1].speaker is None
