"""A quotation followed by its own cue "“…,” read the headline" (a sign, a banner, a ruling, a
bulletin, a message) is no continuation of the person before it: the words are the text's, left
null (round 32, lane pronoun13: of 44 such continuations in 133 unannotated corpus articles, the
headline, sign and ruling ones all went to a speaker of the paragraph before). Articles written
for this test; a sign someone carried keeps that person, and a statement is left alone."""

from __future__ import annotations

import pytest

_OPEN = ("Depot plan\n\nMayor Ivo Kell said on Monday the sale of the old bus depot would wait. "
         "\u201cThe depot stays until spring,\u201d Kell said.\n\n")

CASES = [
    ("a newspaper headline after the mayor's words",
     _OPEN + "The town's paper was less patient. \u201cMayor stalls again,\u201d read the headline "
     "on Tuesday.",
     ["Ivo Kell"]),  # the headline is a title since round 32 (lane titles13): no speaker at all
    ("a protest sign",
     _OPEN + "Shopkeepers gathered outside the hall. \u201cSell it now,\u201d read one of the signs.",
     ["Ivo Kell", None]),
    ("a court ruling",
     _OPEN + "A judge later sided with the council. \u201cThe mayor may delay a sale,\u201d read the ruling.",
     ["Ivo Kell", None]),
    ("a sign the person carried keeps the person",
     _OPEN + "Councillor Mirela Dobos joined the shopkeepers. \u201cSell it now,\u201d read the sign she carried.",
     ["Ivo Kell", "Mirela Dobos"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_read_cue(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
