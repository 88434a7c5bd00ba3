"""A quotation inside the clause of someone's claim, assertion or comment ("X's assertion that
the scheme was “…”"), in a sentence with no reporting verb: the owner of the claim is the one
whose words are quoted (issue 11, round 15, lane narration: nulls of the no-reporting-verb
family). Articles written for this test; an unowned claim and a verdict on a claim stay null."""

from __future__ import annotations

import pytest

_OPEN = ("Depot plan\n\nCouncillor Mirela Dobos wants the old bus depot sold. Mayor Ivo Kell "
         "said on Monday the sale would wait. \u201cThe depot stays until spring,\u201d Kell said.\n\n")

CASES = [
    ("a named owner's assertion, the object of a narrating verb",
     _OPEN + "The treasurer did dispute, however, Dobos's assertion that the depot was "
     "\u201ccosting the town a fortune every winter.\u201d",
     ["Ivo Kell", "Mirela Dobos"]),
    ("a pronoun owner's comment, the object of a preposition",
     _OPEN + "Dobos has not changed her mind. That is the background to her comment that the "
     "depot is \u201cmostly pigeons and puddles.\u201d",
     ["Ivo Kell", "Mirela Dobos"]),
    ("a named owner's claim set off by a dash, the subject of the clause",
     _OPEN + "Now the town will learn whether Dobos\u2019s claim\u2014that \u201ca buyer is waiting "
     "for the keys\u201d\u2014holds up.",
     ["Ivo Kell", "Mirela Dobos"]),
    ("an unowned claim stays null",
     _OPEN + "The treasurer did dispute, however, the claim that the depot was "
     "\u201ccosting the town a fortune every winter.\u201d",
     ["Ivo Kell", None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_claim_owner(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
