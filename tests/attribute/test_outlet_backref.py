""""The paper" / "the magazine" after an outlet the article named (attribute/kind_backref.py,
issue #11 round 19, lane outlets). Two shapes left null on the fresh tuning sets: a newspaper
named only by its masthead ("The X Times reports …. The paper adds that …": no kind noun
introduced it), and a magazine introduced by its kind in a possessive ("US magazine X's annual
list") several sentences before "the magazine reported". Cases written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a masthead name reports, then the paper adds",
     "Ferries\n\nThe Harbour Gazette reports that the council will cut ferry fares. For now, the "
     "Gazette reports, the council has not decided on freight. The paper adds that lorry fares "
     "are \u201cnot on the table.\u201d",
     ["Harbour Gazette"]),
    ("a magazine introduced in a possessive, named again four sentences later",
     "Earners\n\nThe singer topped the list in US magazine Pop Weekly's annual ranking.\n\nShe "
     "earned $5m from her tour. A rival came second. A duo came third after a comeback.\n\n"
     "\u201cShe returned to the stage after a decade away,\u201d the magazine reported.",
     ["Pop Weekly"]),
    ("two magazines named far before: left null",
     "Earners\n\nThe singer topped the list in US magazine Pop Weekly's annual ranking and came "
     "second in British magazine Chart Monthly's.\n\nShe earned $5m from her tour. A rival came "
     "second. A duo came third after a comeback.\n\n\u201cShe returned to the stage after a "
     "decade away,\u201d the magazine reported.",
     [None]),
    ("a journal of research is not the paper",
     "Tides\n\nA study in the Journal of Coastal Studies looked at tides near the harbour. "
     "\u201cThe sea wall is failing,\u201d the paper says.",
     [None]),
    ("a study the article introduced is the paper, not the newspaper reporting it",
     "Tides\n\nA new paper by coastal engineers finds the sea wall is failing, the Harbour "
     "Gazette reports. \u201cThe wall will not survive another winter,\u201d the paper says.",
     [None]),
    ("a broadcaster's name is not the paper",
     "Ferries\n\nOn Monday, Harbour Radio News reported that the council will cut ferry fares. "
     "The paper adds that lorry fares are \u201cnot on the table.\u201d",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_outlet_backref(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
