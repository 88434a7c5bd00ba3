""""So-called" before a name in marks that a law, rule, provision or side noun follows ("the
so-called “…” law", "the so-called “…” camp") introduces the name the thing goes by, a term
(the real-news gold's ruling on a neutral "so-called"; round 38, lane terms21: on big and
big2, "so-called “stand-your-ground” laws", "the so-called “no budget, no pay” provision",
"the so-called “Leave” camp" were scare quotes). One plain lower-case word stays the
writer's doubt ('the so-called “reform” plan'). Articles written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

L, R = "\u201c", "\u201d"

# (case, article, fragment, expected kind)
CASES = [
    ("hyphenated word, laws", f"Port\n\nThe council will review so-called {L}pay-at-the-pier{R} rules next spring.",
     "pay-at-the-pier", "term"),
    ("phrase with a comma, provision", f"Port\n\nBut the so-called {L}no ticket, no berth{R} provision has drawn complaints from crews.",
     "no ticket, no berth", "term"),
    ("capitalised side", f"Port\n\nMost in the so-called {L}Stay{R} camp want the ferry kept running.", "Stay", "term"),
    # one plain lower-case word: the writer's doubt
    ("plain word, plan", f"Port\n\nThe mayor's so-called {L}reform{R} plan cuts the harbour budget again.", "reform", "scare"),
    ("no noun after", f"Port\n\nThe so-called {L}experts{R} were wrong about the tides.", "experts", "scare"),
    # guards (round 38, review30: each fails with its guard switched off): a clause in marks
    # and a sentence's end punctuation are the writer's distance, not a rule's name
    ("a clause before the noun", f"Port\n\nThe board backs the so-called {L}we will pay{R} pledge.", "we will pay", "scare"),
    ("end punctuation before the noun", f"Port\n\nThe board backs the so-called {L}Pay now!{R} pledge.", "Pay now!", "scare"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_so_called_before_policy(case, article, fragment, kind):
    r = extract_document(read_text(article, path=case))
    attribute_results([r])
    (q,) = [q for q in r.quotes if q.text.rstrip(".,") == fragment]
    assert q.kind == kind, q.kind_evidence
