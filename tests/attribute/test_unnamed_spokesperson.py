"""An unnamed spokesperson is not the named spokesman of another side (issue #11, round 17, lane
described3): cases written for this test, shaped like the real-news tuning split fresh4, where
"a company spokesperson said", "a network spokeswoman said" and a later "The spokesperson said"
all went to the campaign spokesman the article named further down, and "A ministry spokeswoman
said" went to the opposition's spokesman for that ministry."""

from __future__ import annotations

import pytest


CASES = [
    ("an indefinite spokesperson with a lower-case modifier stays unnamed",
     "Station drops advert\n\nThe station has refused an advert from the Lamb campaign.\n\n"
     "\u201cWe only air adverts whose claims hold up,\u201d a company spokesperson said.\n\n"
     "The Lamb campaign was angry. Spokesman Ivo Brenner told reporters the station "
     "\u201cis protecting our rival\u201d.",
     [None, "Ivo Brenner"]),
    ("the definite spokesperson after an unnamed one stays unnamed",
     "Station drops advert\n\nThe station has refused an advert from the Lamb campaign.\n\n"
     "A company spokesperson said the advert made false claims.\n\n"
     "The spokesperson said the advert was \u201cnot fit to air\u201d.\n\n"
     "The Lamb campaign was angry. Spokesman Ivo Brenner told reporters the station "
     "\u201cis protecting our rival\u201d.",
     [None, "Ivo Brenner"]),
    ("a ministry's spokeswoman is not the opposition's spokesman for the ministry",
     "Records row\n\nDr Clara Voss, the Green spokesman for the Home Ministry, said files were "
     "being shredded.\n\nA Home Ministry spokeswoman said the rule was about \u201cstorage costs\u201d.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_unnamed_spokesperson(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_a_spokesman_named_next_is_still_named(speech_of):
    article = ("Station drops advert\n\nThe station has refused an advert from the Lamb campaign.\n\n"
               "\u201cThe claims do not hold up,\u201d a spokesman for the station said. "
               "Ivo Brenner, the spokesman, added that the decision was final.")
    assert [q.speaker for q in speech_of(article, "named next")] in (["Ivo Brenner"], [None])
