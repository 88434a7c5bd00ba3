"""Bands, groups and bodies as speakers (issue 11, round 11 of docs/attribution-errors.md, the tuning
extension): the name written right after "band", and a pronoun that is never the body its own
sentence names after it, a jury named by its body. The articles are our own words."""

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
]


@pytest.mark.parametrize("article,index,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_band_speakers(speech_of, article, index, speaker):
    got = speech_of(article)[index]
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)
