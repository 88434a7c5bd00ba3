"""A sign, a banner or a button as the subject of "read" or "say", with a phrase between the
noun and its verb ("banners at the pier read “…”", "a button, handed out by the union, that
said “…”") or none ("The placard reads “…”"), bears a slogan: a term, not a work's title
(round 67, lane title75: four tuning items typed title by their title case or by the title
cue "banner"; the gold types the words a carrier bears term). A person after the carrier's
phrase is the speaker, and a verb the sign does not govern leaves the words alone. The
articles are written for this test."""

from __future__ import annotations

import pytest

CASES = [
    # (case, article, fragment, expected kind; None = anything but term)
    ("banners with a place phrase read", "Harbour\n\nTall banners at the ferry rally read \u201cSave "
     "The Quay.\u201d Boats sounded their horns.", "Save The Quay.", "term"),
    ("banners with a participle read, colon", "Harbour\n\nBanners hanging over the dock gates read: "
     "\u201cOpen Port Now.\u201d The police watched.", "Open Port Now.", "term"),
    ("a button with an aside that said", "Harbour\n\nHe wore a button, handed out by the pilots\u2019 union, "
     "that said \u201cAsk Me Twice.\u201d He was turned away.", "Ask Me Twice.", "term"),
    ("the placard reads, a sentence", "Harbour\n\nThe placard reads \u201cthere are no pirates, only "
     "pilots\u201d. Nobody took it down.", "there are no pirates, only pilots", "term"),
    ("a shirt, which read", "Harbour\n\nThe shop sold out of its best shirt, which read: \u201cPilots "
     "Know Best.\u201d The owner ordered more.", "Pilots Know Best.", "term"),
    ("a person after the carrier speaks", "Harbour\n\nNear the banners at the gate, Ada Okafor said "
     "\u201cwe will not sell the ferry to anyone at any price.\u201d",
     "we will not sell the ferry to anyone at any price.", None),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_carrier_as_subject(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind)
