"""A storm never speaks: a name opened by "Hurricane", "Typhoon", "Cyclone" or "Tropical Storm"
is shown as no speaker (round 76, lane capgen76: on unseen corpus articles a headline's
"Hurricane X Threatens …" and a storm's name taken by a "she said" were shown as speakers).
The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a headline verb after a storm named with a given name",
     "\u2018Leave Today!\u2019 Hurricane Greta Threatens Coast Towns\n\nThe storm reached the coast on Monday.",
     "Leave Today!", None),
    # the storm is no antecedent (events76): the one person named takes the "she"
    ("a she-pronoun never goes to the storm",
     "Flood warning\n\nTropical Storm Verna is Mayor Ana Ruiz's first storm in office. "
     "Rescue crews worked all night as Tropical Storm Verna stalled.\n\n"
     "\u201cStay home and stay safe,\u201d she said.",
     "Stay home and stay safe", "Ana Ruiz"),
    ("a forecasters' warning after a typhoon's name",
     "Typhoon Marlo likely to be \u2018devastating,\u2019 forecasters warn\n\nThe typhoon strengthened overnight.",
     "devastating", None),
]


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_storm_is_no_speaker(quote_of, article, words, speaker):
    got = quote_of(article, words)
    assert got.speaker == speaker, (got.speaker, got.attribution_evidence)

