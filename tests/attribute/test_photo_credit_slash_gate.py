"""photo_captions.photo_caption asks for the credit's slash (str.find) before its pattern: the
same answer as the pattern alone, for every sentence of paragraphs with a credit, with a slash
that is no credit, and with neither (round 61, lane speed62). Texts written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute import photo_captions as pc
from onrecord.attribute.layout import build_layout
from onrecord.thresholds.layout import PHOTO_CREDIT_TAIL_CHARS

TEXTS = [
    "Harbour vote\n\nThe mayor spoke on Monday. Councillors listened.\n\n"
    "The mayor waves in Port Anselm, May 2, 2019. REUTERS/Jane Doe\n\nShe left at noon.",
    "Harbour vote\n\nThe mayor waves. AFP/Lee Marr/File Photo\n\nThe rate was 3/4 of a point.\n\n"
    "Read more at harbour.example/news and/or the site.",
    "Harbour vote\n\nNo credit anywhere in this one. Nor here.",
]


def _pattern_only(lay, si):
    lo, hi = lay.para_of_pos[lay.sentences[si].para]
    return pc._CREDIT_RE.search(lay.text, max(lo, hi - PHOTO_CREDIT_TAIL_CHARS), hi) is not None


@pytest.mark.parametrize("text", TEXTS)
def test_same_answer_as_the_pattern_alone(text):
    lay = build_layout(text, [])
    got = [pc.photo_caption(lay, si) for si in range(len(lay.sentences))]
    assert got == [_pattern_only(lay, si) for si in range(len(lay.sentences))]


def test_the_credits_are_still_found():
    found = [pc.photo_caption(lay, si) for text in TEXTS[:2]
             for lay in [build_layout(text, [])] for si in range(len(lay.sentences))]
    assert found.count(True) >= 2
