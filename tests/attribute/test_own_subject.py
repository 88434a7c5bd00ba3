"""A quotation inside a sentence whose own subject is someone else does not continue the
subject of the sentence before (attribute/breaks.py, issue #11 round 15, lane continue): "X
said …. The campaign, however, added that it has a “good relationship” with him" is the
campaign's or nobody's, never X's. Cases written for this test."""

from __future__ import annotations

import pytest

_BEFORE = "Harbour\n\nHarbour master Ines Varga has served the port for a decade. "

CASES = [
    ("a body that issued a statement is its own sentence's subject",
     _BEFORE + "The Harbour Trust in a statement called the report a \u201cpreliminary\u201d analysis "
     "that should not be used.",
     None),
    ("a person the sentence is about, with an aside crediting someone else",
     _BEFORE + "Fisherman Tomas Brek, Varga's deputy said, is believed to have presented with "
     "\u201cno symptoms\u201d earlier.",
     None),
    ("a quotation opening its sentence still continues the previous subject",
     "Harbour\n\nHarbour master Ines Varga said the dredging would start in June. \u201cThe "
     "ships cannot wait.\u201d",
     "Ines Varga"),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_own_subject(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert qs and qs[-1].speaker == expected, [(q.text, q.speaker, q.attribution_evidence) for q in qs]
