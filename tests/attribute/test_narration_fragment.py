"""A quoted fragment woven into a sentence of narration that reports no speech, names no person
and points back to none is no continuation of the speaker before (round 32, lane lastspk13: in
974 random corpus articles a paper's phrases and a focus group's answers went to the last person
quoted). Articles written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Depot plan\n\nMayor Ivo Kell said on Monday the sale of the old bus depot would wait. "
         "\u201cThe depot stays until spring,\u201d Kell said.\n\n")

CASES = [
    ("a study's phrases between other quotations",
     _OPEN + "And the county study that the council leaned on lays the blame for the \u201cslow "
     "market\u201d on \u201ca chronic lack of buyers for old garages\u201d because \u201cmost buyers "
     "want new sites.\u201d",
     ["Ivo Kell", None, None]),
    ("a sentence that points back with a pronoun keeps him",
     _OPEN + "In his view the county study lays the blame for the \u201cslow market\u201d on "
     "\u201ca chronic lack of buyers for old garages\u201d because \u201cmost buyers want new sites.\u201d",
     ["Ivo Kell", "Ivo Kell", "Ivo Kell"]),
    ("a sentence with 'it' or 'its' (an opinion, a body) keeps the speaker",
     "Depot ruling\n\nJustice Ada Marr wrote the court's opinion on Monday. "
     "\u201cThe sale serves the town,\u201d Marr wrote.\n\n"
     "And there is no bar to it here, since \u201can empty depot serves nobody\u201d and a "
     "\u201cclear public interest of the town,\u201d whatever its age.",
     ["Ada Marr", None, "Ada Marr"]),
    ("a whole quoted sentence still continues",
     _OPEN + "\u201cNobody will lose a job over this.\u201d",
     ["Ivo Kell", "Ivo Kell"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_narration_fragment(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
