"""Bands, groups and bodies as speakers (issue 11, round 11 of docs/attribution-errors.md, the tuning
extension): the name written right after "band", and a pronoun that is never the body its own
sentence names after it, a jury named by its body, a name between commas after a description. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the name right after the noun for the band speaks, not another band named later",
     "Tour off\n\nChart-topping rock band Wrecked have confirmed that they plan to \u201cstep back for "
     "a year\u201d, after talk of a split.\n\nA statement from their label said singer Kit Ray would "
     "spend the time with his other band, Marrow.",
     0, "Wrecked"),
    ("a pronoun is never the band its own clause names: left null",
     "Tour off\n\nIndie band Wolves have confirmed that they will \u201cstep back for a year\u201d.\n\n"
     "A note from the band's label Fenwick said singer Kit Ray would spend time with his other band, "
     "Marrow. But they said that Wolves would \u201cplay again next spring\u201d.",
     -1, None),
    ("a jury named by its body speaks for the body",
     "Films of the year\n\nThe Northern Film Institute (NFI) named its ten films of the year on Monday.\n\n"
     "Of one director, the nine-member NFI jury wrote that \u201cshe changed what a western can be\u201d.",
     -1, "Northern Film Institute"),
    ("a body's staff speak for the body too (one panel list, lexicon.groups.BODY_PANELS)",
     "Films of the year\n\nThe Northern Film Institute (NFI) named its ten films of the year on Monday.\n\n"
     "\u201cShe changed what a western can be,\u201d the NFI staff said.",
     -1, "Northern Film Institute"),
    ("a name between commas after a description is the speaker",
     "Play banned\n\nThe council banned the play on Friday.\n\n\u201cThis is a sad day for the stage,\u201d "
     "the festival's director in Kampala, Amina Okello, told reporters.",
     -1, "Amina Okello"),
    ("a description with an 'of' phrase before the name between commas",
     "New shows\n\nThree hosts will share the late slot on the station.\n\nRadio 5's head of music, "
     "Piet Aalders, said: \u201cEach of them loves new music and will bring it to the air.\u201d",
     -1, "Piet Aalders"),
]


@pytest.mark.parametrize("article,index,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_band_speakers(speech_of, article, index, speaker):
    got = speech_of(article)[index]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)
