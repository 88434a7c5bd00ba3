"""A carrier credited with words its sentence gives to someone else (issue 11, round 63, lane
carrier64): "according to <outlet>" where the words' own clause has a verb of saying or naming
written before them with a named subject. The subject spoke, the outlet only carries the report,
wherever the parse hung "according to" (a relative clause of the main clause, a "while" clause,
a subject the parse left across a comma). With no such clause, or a subject that names nobody,
the outlet keeps the words. Our own words."""

from __future__ import annotations

import pytest

_HEAD = "Parks\n\nOwen Tarrant and Ruth Amory sit on the council. "

CASES = [
    ("a relative clause of the main clause holds the naming verb",
     _HEAD + "According to the Harbor Ledger, Friday's vote marked the third time this year that "
     "Tarrant had called the plan a \u201cgiveaway to the unions.\u201d",
     ["Owen Tarrant"]),
    ("a while clause's reporting verb, the outlet hung inside the reported clause",
     _HEAD + "While Amory said in March that the levy was \u201cnot something we would ever "
     "consider,\u201d according to Harbor Ledger interviews with her aides, by June the council "
     "had approved it.",
     ["Ruth Amory"]),
    ("a subject the parse left across a comma",
     _HEAD + "According to the Harbor Ledger, the row grew sharper – that under questioning from "
     "the board during Friday's budget hearing, Tarrant, revealed the fund “had a hole of two "
     "million dollars.”",
     ["Owen Tarrant"]),
    # guards: the outlet keeps its own report
    ("a plural description urging: the outlet's words",
     _HEAD + "Officials are urging residents to vote early because, according to the Harbor "
     "Ledger, \u201cthe polling machines may fail on the day.\u201d",
     ["Harbor Ledger"]),
    ("no verb of saying in the words' clause",
     _HEAD + "According to the Harbor Ledger, Tarrant was \u201cfurious\u201d about the vote.",
     ["Harbor Ledger"]),
    ("the verb is inside the words",
     _HEAD + "According to the Harbor Ledger, Tarrant \u201cwarned the board twice before the "
     "vote.\u201d",
     ["Harbor Ledger"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_carrier_clause(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
