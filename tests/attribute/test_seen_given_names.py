"""Given names no census list holds (lexicon/given_names._SEEN_*, SHORT_FORM_NAMES; round 82,
lane given95): a role word before one is no part of the name, and a clearly one-sex name
settles a he/she as a census name does. The articles are our own words."""

from __future__ import annotations

import pytest

_TWO_SPEAKERS = ("Markets\n\n\u201cThe recovery is fragile and a trade fight could halt the rally,\u201d said "
                 "Morgan Tessaro, a strategist at Larch Capital.\n\nStocks have drifted higher since the spring "
                 "lows.\n\n\u201cThe tension brings back a risk the market had set aside,\u201d {given} Marlow, chief "
                 "investor at Northgate Wealth, told reporters.\n\n\u201cWe expect these tensions to add to the "
                 "swings,\u201d {pronoun} said.")

CASES = [
    ("a role before a seen given name is no part of the name",
     "Tolls\n\nPodcaster Jerrold Orlov said the plan was late.\n\n"
     "\u201cNobody asked the drivers,\u201d Podcaster Jerrold Orlov said.",
     ["Jerrold Orlov"]),
    ("a role before a short form is no part of the name",
     "Tolls\n\nPodcaster Matt Orlov said the plan was late.\n\n"
     "\u201cNobody asked the drivers,\u201d Podcaster Matt Orlov said.",
     ["Matt Orlov"]),
    ("a seen woman's name settles a she between two speakers",
     _TWO_SPEAKERS.format(given="Kayleigh", pronoun="she"),
     ["Morgan Tessaro", "Kayleigh Marlow", "Kayleigh Marlow"]),
    ("a seen man's name settles a he between two speakers",
     _TWO_SPEAKERS.format(given="Dmitry", pronoun="he"),
     ["Morgan Tessaro", "Dmitry Marlow", "Dmitry Marlow"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_seen_given_names(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
