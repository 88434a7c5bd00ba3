"""A body named again by what it is, "the outlet" (attribute/described.py, ``_org_kind_subject``;
round 35, lane nulls16): a body that spoke counted as person-like and was passed over
("Politico reported that … ¶ “…,” the outlet reported" left null on corpus text). The
articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an outlet that reported in the sentence before is 'the outlet'",
     "Ferry news\n\nThe harbour board met on Monday to discuss the tender.\n\n"
     "HarbourWatch reported that the ferry owners were \u201cmaking a late attempt to save the "
     "service.\u201d\n\n\u201cCombined with the money Kessel Trust already spent in Dover, the "
     "owners have put in over $4 million,\u201d the outlet reported.",
     ["HarbourWatch", "HarbourWatch"]),
]

GUARDS = [
    ("a person opening the sentence before is not 'the outlet'",
     "Domain names\n\nMarta Olsen, the head of the registry, spoke on Monday. \u201cA rush to "
     "block new names will harm trust,\u201d the outlet reported.",
     [None]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_body_kind_noun(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
