"""A text whose modifier names the body that put it out speaks for that body (issue 11, round 66,
lane doc71): "according to the <Agency> guidelines", "The <Paper> write-up notes", "according
to a <Body> fact sheet", "The <Body> reports say". The nouns are none of the document readers'
(guidelines, write-up, sheet, a plural), so the phrase was read as a description nothing
resolves and the words were left null though the body is named in it.
Guards: a place before the noun issues nothing, and a text with no modifier stays with the rules
that read it before. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an agency's guidelines after according to",
     "Clinic rules\n\nThe Harbor Health Agency opened its first clinic in March. Staff were told "
     "to keep masks on, and according to the Harbor Health Agency guidelines, \u201conly a "
     "nurse may hand out the test kits.\u201d",
     ["Harbor Health Agency"]),
    ("a newspaper's write-up as the subject of notes",
     "Dam vote\n\nThe council voted on the dam on Monday. The Coastal Ledger covered the vote. "
     "The Coastal Ledger write-up notes that the plan is \u201cfar over its first budget.\u201d",
     ["Coastal Ledger"]),
    ("a trust's fact sheet, one lower-case word between",
     "Housing\n\nThe plan was sent to the council on Monday. Renters must \u201cregister with "
     "the city before they sign a lease,\u201d according to a Housing Trust fact sheet.",
     ["Housing Trust"]),
    ("a transit body's plural reports as the subject of say",
     "Night trains\n\nThe Transit Authority cut the night trains in May. The Transit Authority "
     "reports say the line was \u201cnever worth its cost.\u201d",
     ["Transit Authority"]),
    ("a place before the noun issues nothing",
     "Farm rules\n\nThe new rules came into force on Monday. Farmers in Ohio were unhappy, and "
     "according to the Ohio guidelines, \u201conly two wells may be dug on each farm.\u201d",
     [None]),
    ("guidelines with no modifier name no one",
     "Clinic rules\n\nThe clinic opened in March.\n\n\u201cOnly a nurse may hand out the "
     "kits,\u201d the guidelines say.",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_body_named_text(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
