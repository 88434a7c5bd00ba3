"""A he/she after a sentence whose lone subject is a person named in full (issue 11, round 15):
the subject keeps the pronoun even when its given name says no gender and someone named in
passing ("said Mr. X was …", "Mr. X's conclusion", "defending X") has a sure one; a subject
that is no personal name still yields to the sure person. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the subject who spoke keeps he against a Mr. named in his words",
     "Bridge poll\n\nOrwin Tallis, 64, said Mr. Brandt was the \u201csafer pair of hands.\u201d\n\n"
     "\u201cI never liked the tolls, but the bridge had to be fixed,\u201d he said.",
     ["Orwin Tallis", "Orwin Tallis"]),
    ("the subject keeps she against a Mrs. in an apposition",
     "Clinic row\n\nVesna Okafor, the spokeswoman for a group that backs Mrs. Lindqvist, "
     "accused the board of stalling.\n\n"
     "\u201cThe board has had the report for a year,\u201d she said.",
     ["Vesna Okafor"]),
    ("the subject keeps he against a possessive Mr.",
     "Inquiry\n\nDace Morrow, the committee chair, questioned Mr. Halloran\u2019s reasons at the hearing.\n\n"
     "\u201cYou would have charged anyone else,\u201d he told the director.",
     ["Dace Morrow"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subject_keeps_the_pronoun(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
