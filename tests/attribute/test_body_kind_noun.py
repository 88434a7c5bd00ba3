"""A body named again by what it is, "the outlet", "the organisation" (attribute/described.py,
``_org_kind_subject``; round 35, lane nulls16). A body that spoke counted as person-like and was
passed over ("Politico reported that … ¶ “…,” the outlet reported" left null on corpus text);
"the organisation" was no kind of body the rule knew ("CENTR, the Council of …, agrees. “…,”
the organisation said" left null). The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an outlet that reported in the sentence before is 'the outlet'",
     "Ferry news\n\nThe harbour board met on Monday to discuss the tender.\n\n"
     "HarbourWatch reported that the ferry owners were \u201cmaking a late attempt to save the "
     "service.\u201d\n\n\u201cCombined with the money Kessel Trust already spent in Dover, the "
     "owners have put in over $4 million,\u201d the outlet reported.",
     ["HarbourWatch", "HarbourWatch"]),
    ("'the organisation' is the body that opened the sentence before",
     "Domain names\n\nBrowsers may soon warn users about mixed alphabets, said Tom Reyes.\n\n"
     "KALDA, the Council of Baltic Domain Registries, agrees. \u201cA rush to block new names "
     "will harm trust,\u201d the organisation said in a statement.",
     ["KALDA"]),
]

GUARDS = [
    ("a person opening the sentence before is not 'the organisation'",
     "Domain names\n\nMarta Olsen, the head of the registry, spoke on Monday. \u201cA rush to "
     "block new names will harm trust,\u201d the organisation said in a statement.",
     [None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_body_kind_noun(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
