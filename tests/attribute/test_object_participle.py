"""A participle of saying hung by the parse on the object of the subject's verb ("the firm backed
the plan saying “…”", "the senator disputed the governor's claim, saying “…”"): the object is what
the speaker spoke about, not the speaker (issue 11, round 20, lane describe: in the unannotated
corpus the object became the speaker's description, "the proposals", and the quotation went
null). A person or group as the object keeps the participle ("quoted a diplomat saying").
Articles written for the test."""

from __future__ import annotations

import pytest

_OPEN = ("Toll road\n\nThe county wants a toll on the coast road. \u201cIt pays for repairs,\u201d "
         "county engineer Tomas Vrelan said.\n\n")

CASES = [
    ("an organisation backed the plan saying",
     _OPEN + "The haulage firm Castmoor Freight also backed the plan saying \u201cOur drivers lose "
     "hours on that road every week.\u201d",
     ["Tomas Vrelan", "Castmoor Freight"], [None, None]),
    ("a person welcomed the move, saying",
     _OPEN + "Councillor Anya Berrow welcomed the decision, saying \u201cWe waited ten years for "
     "this.\u201d",
     ["Tomas Vrelan", "Anya Berrow"], [None, None]),
]


@pytest.mark.parametrize("case,article,expected,descs", CASES, ids=[c[0] for c in CASES])
def test_object_participle(case, article, expected, descs, speech_of):
    got = speech_of(article, case)
    assert [q.speaker for q in got] == expected
