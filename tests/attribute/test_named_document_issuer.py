"""A bare "the memo" / "the statement" / "the report" after the article wrote that document with its
issuer's name before the noun ("an internal Coastal Watch field memo …. “…,” the memo reads") speaks
for that issuer (GUIDELINES S9, S10: a document speaks for the issuer the article names). Issue 11,
round 70, lane null78: the tuning set fresh17 left such a memo's four quotations null. Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("an issuer's name and a modifier before 'memo', then the memo",
     "Border\n\nMore families are crossing the river, according to an internal Coastal Watch field memo "
     "seen by reporters.\n\n\"Most of those stopped said relatives had urged them to come,\" the memo "
     "reads.",
     "Coastal Watch"),
    ("an issuer's name before 'statement' two sentences back, then the statement",
     "Flood\n\nThe river rose overnight, a Harbour Police statement said on Monday. Roads to the coast "
     "were shut. Schools stayed open.\n\n\"Drivers should stay away from the quay until the water falls,\" "
     "the statement added.",
     "Harbour Police"),
]

GUARDS = [
    ("a memo introduced without a name stays unnamed",
     "Border\n\nMore families are crossing the river, according to an internal memo seen by reporters."
     "\n\n\"Most of those stopped said relatives had urged them to come,\" the memo reads.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS],
                         ids=[c[0] for c in CASES + GUARDS])
def test_a_document_named_with_its_issuer_speaks_for_it(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
